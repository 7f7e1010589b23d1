/**
 * One row per quotation and per mention of an article: the flat records every corpus question
 * (stats, exports, the corpus view) is answered from. Pure: the caller reads the files.
 */
import type { ArticleView } from '../article/view';
import type { Actor, Anchor, Annotations, Quotation } from '../model';
import { codePointIndex, type CodePointIndex } from './codePoints';

/** Free key/value fields of an actor (gender, role, party…), when the caller knows some. */
export type ActorProperties = Readonly<Record<string, string>>;

/** Where a row sits in its article; absent for a stored quotation the text no longer holds. */
export interface RowOffsets {
  /** UTF-16 code units (JavaScript string indices), end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The same span in Unicode code points. */
  readonly startCodePoint: number;
  readonly endCodePoint: number;
}

interface RowBase {
  /** The article's path as the caller names it (relative to where the command runs). */
  readonly article: string;
  /** The covered text (for an orphan quotation: the text the sidecar stores). */
  readonly text: string;
  readonly offsets?: RowOffsets;
  /** The actor: the one mentioned, or the quotation's speaker when it is an actor. */
  readonly actorId?: string;
  readonly actorName?: string;
  readonly actorType?: string;
  /** The actor's external identifier (a Wikidata QID…), when it has one. */
  readonly externalId?: string;
  /** The actor's properties (empty when it has none or is no actor). */
  readonly properties: ActorProperties;
}

export interface QuotationRow extends RowBase {
  readonly kind: 'quotation';
  /** Position of the quotation in the sidecar's list (0-based): a stable id within the article. */
  readonly index: number;
  /** The speaker as shown: the actor's name, the free-text speaker, or absent. */
  readonly speaker?: string;
  /** Direct when the quotation is enclosed in quotation marks, the way the brat export says it. */
  readonly quoteKind: 'direct' | 'indirect';
  readonly cue?: string;
  readonly topics: readonly string[];
  readonly note?: string;
  /** The anchor the sidecar stores, for a quotation the text no longer holds (no offsets). */
  readonly stored?: Anchor;
}

export interface MentionRow extends RowBase {
  readonly kind: 'mention';
  readonly offsets: RowOffsets;
  readonly actorId: string;
  readonly actorName: string;
  readonly actorType: string;
  /** A match of the actor's name or alias, or a hand-added span. */
  readonly source: 'name' | 'added';
}

export type CorpusRow = QuotationRow | MentionRow;

export interface ArticleRows {
  readonly quotations: readonly QuotationRow[];
  readonly mentions: readonly MentionRow[];
}

export interface RowOptions {
  /** The properties of an actor (the workspace's shared actors: `propertiesLookup` in core/actors); default none. */
  readonly propertiesOf?: (actor: Actor) => ActorProperties | undefined;
}

const NO_PROPERTIES: ActorProperties = Object.freeze({});
/** A quotation is direct unless its sidecar says `kind: indirect` (as the brat export reads it). */
export function quoteKindOf(quotation: Pick<Quotation, 'kind'>): 'direct' | 'indirect' {
  return quotation.kind === 'indirect' ? 'indirect' : 'direct';
}

/** The rows of one article's view: its quotations in sidecar order, its mentions in text order. */
export function articleRows(article: string, view: ArticleView, options: RowOptions = {}): ArticleRows {
  const points = codePointIndex(view.text);
  const propertiesOf = (actor: Actor | undefined): ActorProperties => (actor && options.propertiesOf?.(actor)) || NO_PROPERTIES;
  const placedQuotations = new Map<number, { start: number; end: number }>();
  const placedCues = new Map<number, { start: number; end: number }>();
  for (const placed of view.placed) {
    if (placed.resolution.kind === 'orphan') continue;
    if (placed.ref.kind === 'quotation') placedQuotations.set(placed.ref.index, placed.resolution.span);
    else if (placed.ref.kind === 'cue') placedCues.set(placed.ref.index, placed.resolution.span);
  }
  const quotations = view.annotations.quotations.map((quotation, index): QuotationRow => {
    const span = placedQuotations.get(index);
    const cue = placedCues.get(index);
    return quotationRow(article, quotation, index, span, cue, view, points, propertiesOf);
  });
  const mentions = view.mentions.map((mention): MentionRow => {
    const actor = view.actorsById.get(mention.actorId);
    return {
      kind: 'mention',
      article,
      text: view.text.slice(mention.start, mention.end),
      offsets: offsetsOf(mention, points),
      actorId: mention.actorId,
      actorName: actor?.name ?? mention.actorId,
      actorType: actor?.type ?? 'misc',
      ...(actor?.externalId !== undefined ? { externalId: actor.externalId } : {}),
      properties: propertiesOf(actor),
      source: mention.source,
    };
  });
  return { quotations, mentions };
}

function quotationRow(
  article: string,
  quotation: Quotation,
  index: number,
  span: { start: number; end: number } | undefined,
  cue: { start: number; end: number } | undefined,
  view: ArticleView,
  points: CodePointIndex,
  propertiesOf: (actor: Actor | undefined) => ActorProperties,
): QuotationRow {
  const text = span ? view.text.slice(span.start, span.end) : quotation.anchor.text;
  const { actor, fields } = speakerOf(quotation, view.actorsById);
  return {
    kind: 'quotation',
    article,
    index,
    text,
    ...(span ? { offsets: offsetsOf(span, points) } : { stored: quotation.anchor }),
    ...fields,
    properties: propertiesOf(actor),
    quoteKind: quoteKindOf(quotation),
    ...(quotation.cue ? { cue: cue ? view.text.slice(cue.start, cue.end) : quotation.cue.text } : {}),
    topics: quotation.topics,
    ...(quotation.note !== undefined ? { note: quotation.note } : {}),
  };
}

/** What a quotation row says of its speaker, and the speaker's actor when there is one. */
function speakerOf(quotation: Quotation, actorsById: ReadonlyMap<string, Actor>) {
  const { speaker } = quotation;
  const actor = speaker && 'actor' in speaker ? actorsById.get(speaker.actor) : undefined;
  const fields =
    speaker === undefined
      ? {}
      : 'actor' in speaker
        ? { speaker: actor?.name ?? speaker.actor, actorId: speaker.actor, ...(actor ? { actorName: actor.name, actorType: actor.type } : {}), ...(actor?.externalId !== undefined ? { externalId: actor.externalId } : {}) }
        : { speaker: speaker.text };
  return { actor, fields };
}

/** The fields of a quotation row that the groupings (aggregations.ts) read: who speaks, and where. */
export type SpeakerRow = Pick<QuotationRow, 'kind' | 'article' | 'index' | 'speaker' | 'actorId' | 'actorName' | 'actorType' | 'externalId' | 'properties' | 'quoteKind'>;

/**
 * The quotations of an article as {@link SpeakerRow}s, from its annotations alone: the same
 * fields {@link articleRows} gives them (when `annotations` are the view's), without placing a
 * span or matching a name, so that `stats --by` need not build every article's view.
 */
export function speakerRows(article: string, annotations: Pick<Annotations, 'actors' | 'quotations'>, options: RowOptions = {}): SpeakerRow[] {
  const actorsById = new Map(annotations.actors.map((a) => [a.id, a]));
  return annotations.quotations.map((quotation, index): SpeakerRow => {
    const { actor, fields } = speakerOf(quotation, actorsById);
    return { kind: 'quotation', article, index, ...fields, properties: (actor && options.propertiesOf?.(actor)) || NO_PROPERTIES, quoteKind: quoteKindOf(quotation) };
  });
}

function offsetsOf(span: { start: number; end: number }, points: CodePointIndex): RowOffsets {
  return { start: span.start, end: span.end, startCodePoint: points.toCodePoint(span.start), endCodePoint: points.toCodePoint(span.end) };
}
