import { resolveAnchors, type Resolution } from '../anchoring';
import { buildActorNameIndex, deriveMentions, findNames, type Mention, type NameIndex, type NameMatch } from '../matching';
import type { Actor, Annotations, Quotation, Span } from '../model';
import { firstIndexNotBefore } from '../spans';
import { collectAnchors, refKey, type StoredAnchor, type StoredSpanRef } from './anchors';
import { ChunkedText } from './chunkedText';
import { SpanBlocks } from './spanBlocks';

/** A stored span placed in the current text (or not: an orphan). */
export interface PlacedAnchor extends StoredAnchor {
  readonly resolution: Resolution;
}

export type { Mention } from '../matching';

/**
 * An article's annotations placed in its text: what every view (decorations, tree, providers,
 * CLI) reads. Immutable; edits produce a new view (see edit.ts).
 */
export interface ArticleView {
  readonly text: string;
  readonly annotations: Annotations;
  readonly placed: readonly PlacedAnchor[];
  /** Every mention, sorted by start (hand-added spans may overlap each other). */
  readonly mentions: readonly Mention[];
  /** The name/alias matches before exclusions and additions; kept for incremental updates. */
  readonly nameMatches: readonly NameMatch[];
  readonly nameIndex: NameIndex;
  readonly actorsById: ReadonlyMap<string, Actor>;
}

/** A placed stored span in the live structure: `id` is its index in {@link LiveState.stored}. */
export interface PlacedItem extends Span {
  readonly id: number;
}

/**
 * What live edits work on: the text in chunks and the placed spans, name matches and mentions
 * in blocks that shift by an edit (see spanBlocks.ts), so a keystroke costs the edit and the
 * blocks it reaches, not every span. The arrays of {@link ArticleView} are made from it on demand.
 */
export interface LiveState {
  readonly text: ChunkedText;
  /** Every stored anchor, in the fixed order of collectAnchors (its index is its id). */
  readonly stored: readonly StoredAnchor[];
  /** By id: how each anchor is placed; the span of a placed one is the one in `spans`. */
  readonly resolutions: readonly Resolution[];
  readonly spans: SpanBlocks<PlacedItem>;
  /** Ids of the orphans. */
  readonly orphans: readonly number[];
  /** The longest context (before or after) of any stored anchor: how far an edit can make one stale. */
  readonly contextReach: number;
  readonly names: SpanBlocks<NameMatch>;
  readonly mentions: SpanBlocks<Mention>;
}

interface Materialised {
  readonly text: string;
  readonly placed: readonly PlacedAnchor[];
  readonly mentions: readonly Mention[];
  readonly nameMatches: readonly NameMatch[];
}

/**
 * The view behind {@link ArticleView}: holds the arrays (a view just built) or the live state
 * (a view after edits), and makes either from the other on first use, once. The arrays are
 * own enumerable getters, so that `{ ...view }` still copies every field as it did when views
 * were plain objects.
 */
class LiveArticleView implements ArticleView {
  declare readonly text: string;
  declare readonly placed: readonly PlacedAnchor[];
  declare readonly mentions: readonly Mention[];
  declare readonly nameMatches: readonly NameMatch[];
  #text: string | undefined;
  #placed: readonly PlacedAnchor[] | undefined;
  #mentions: readonly Mention[] | undefined;
  #names: readonly NameMatch[] | undefined;
  #state: LiveState | undefined;

  constructor(
    readonly annotations: Annotations,
    readonly nameIndex: NameIndex,
    readonly actorsById: ReadonlyMap<string, Actor>,
    contents: { readonly materialised: Materialised } | { readonly state: LiveState },
  ) {
    if ('state' in contents) this.#state = contents.state;
    else {
      this.#text = contents.materialised.text;
      this.#placed = contents.materialised.placed;
      this.#mentions = contents.materialised.mentions;
      this.#names = contents.materialised.nameMatches;
    }
    Object.defineProperties(this, {
      text: { enumerable: true, get: () => (this.#text ??= this.state.text.toString()) },
      placed: { enumerable: true, get: () => (this.#placed ??= placedOf(this.state)) },
      mentions: { enumerable: true, get: () => (this.#mentions ??= this.state.mentions.toArray()) },
      nameMatches: { enumerable: true, get: () => (this.#names ??= this.state.names.toArray()) },
    });
  }

  get state(): LiveState {
    this.#state ??= liveStateOf(this);
    return this.#state;
  }
  /** Whether the live state exists already (queries use it then, else the arrays). */
  get isLive(): boolean {
    return this.#state !== undefined;
  }
}

/**
 * Places every stored anchor in `text` and derives the mentions.
 * `hints` are the last known starts of stored spans (by refKey), from a previous view.
 */
export function buildArticleView(text: string, annotations: Annotations, hints?: ReadonlyMap<string, number>): ArticleView {
  const stored = collectAnchors(annotations);
  const resolutions = resolveAnchors(
    text,
    stored.map((s) => s.anchor),
    hints ? { hints: stored.map((s) => hints.get(refKey(s.ref))) } : undefined,
  );
  const placed = stored.map((s, i) => ({ ...s, resolution: resolutions[i]! }));
  const nameIndex = buildActorNameIndex(annotations.actors);
  const nameMatches = findNames(nameIndex, text);
  const actorsById = new Map(annotations.actors.map((a) => [a.id, a]));
  const mentions = mentionsOf({ text, annotations, placed, nameMatches, nameIndex });
  return new LiveArticleView(annotations, nameIndex, actorsById, { materialised: { text, placed, mentions, nameMatches } });
}

/** A view made from a live state (edit.ts), with the annotations, names and actors of `like`. */
export function viewOfState(like: ArticleView, state: LiveState): ArticleView {
  return new LiveArticleView(like.annotations, like.nameIndex, like.actorsById, { state });
}

/** The same placements with other annotations whose lists are unchanged (fresh anchors written after edits). */
export function withAnnotations(view: ArticleView, annotations: Annotations): ArticleView {
  if (view instanceof LiveArticleView && view.isLive) return new LiveArticleView(annotations, view.nameIndex, view.actorsById, { state: view.state });
  const { text, placed, mentions, nameMatches } = view;
  return new LiveArticleView(annotations, view.nameIndex, view.actorsById, { materialised: { text, placed, mentions, nameMatches } });
}

/**
 * The live state of a view: kept by views this module made, made from the arrays otherwise.
 * `sizes`: chunk and block sizes for a state made here (small in tests, to cross their bounds).
 */
export function liveStateOf(view: ArticleView, sizes?: { readonly chunk: number; readonly block: number }): LiveState {
  if (!sizes && view instanceof LiveArticleView && view.isLive) return view.state;
  const stored = view.placed;
  const items: PlacedItem[] = [];
  const orphans: number[] = [];
  let contextReach = 0;
  stored.forEach((p, id) => {
    contextReach = Math.max(contextReach, p.anchor.before.length, p.anchor.after.length);
    if (p.resolution.kind === 'orphan') orphans.push(id);
    else items.push({ id, start: p.resolution.span.start, end: p.resolution.span.end });
  });
  items.sort((a, b) => a.start - b.start || a.id - b.id);
  return {
    text: ChunkedText.of(view.text, sizes?.chunk),
    stored: stored.map((p) => ({ ref: p.ref, anchor: p.anchor })),
    resolutions: stored.map((p) => p.resolution),
    spans: SpanBlocks.of(items, movePlaced, sizes?.block),
    orphans,
    contextReach,
    names: SpanBlocks.of(view.nameMatches, moveMatch, sizes?.block),
    mentions: SpanBlocks.of(view.mentions, moveMention, sizes?.block),
  };
}

export const movePlaced = (item: PlacedItem, delta: number): PlacedItem => ({ id: item.id, start: item.start + delta, end: item.end + delta });
export const moveMatch = (m: NameMatch, delta: number): NameMatch => ({ start: m.start + delta, end: m.end + delta, actorId: m.actorId, name: m.name });
export const moveMention = (m: Mention, delta: number): Mention => ({ start: m.start + delta, end: m.end + delta, actorId: m.actorId, source: m.source });

/** The placed anchors of a live state, in id order, each with its current span. */
function placedOf(state: LiveState): PlacedAnchor[] {
  const spans = new Array<Span | undefined>(state.stored.length);
  for (const item of state.spans.toArray()) spans[item.id] = item;
  return state.stored.map((s, id) => ({ ref: s.ref, anchor: s.anchor, resolution: resolutionAt(state.resolutions[id]!, spans[id]) }));
}

/** `resolution` at `span` (the same object when it has not moved). */
export function resolutionAt(resolution: Resolution, span: Span | undefined): Resolution {
  if (resolution.kind === 'orphan' || span === undefined) return resolution;
  if (resolution.span.start === span.start && resolution.span.end === span.end) return resolution;
  const moved = { start: span.start, end: span.end };
  return resolution.kind === 'approximate' ? { kind: 'approximate', span: moved, score: resolution.score } : { kind: 'exact', span: moved };
}

/** Rebuilds the view for new annotations over the same text, reusing the placed positions as hints. */
export function reannotate(view: ArticleView, annotations: Annotations): ArticleView {
  return buildArticleView(view.text, annotations, positionHints(view));
}

export function positionHints(view: ArticleView): Map<string, number> {
  const hints = new Map<string, number>();
  for (const p of view.placed) {
    if (p.resolution.kind !== 'orphan') hints.set(refKey(p.ref), p.resolution.span.start);
  }
  return hints;
}

type MentionSources = Pick<ArticleView, 'text' | 'annotations' | 'placed' | 'nameMatches' | 'nameIndex'>;

/** Name matches minus excluded occurrences plus hand-added spans (rules: deriveMentions), over the whole text. */
export function mentionsOf(view: MentionSources): Mention[] {
  const added = new Map<string, Span[]>();
  const excluded = new Map<string, Span[]>();
  for (const p of view.placed) {
    if (p.resolution.kind === 'orphan' || (p.ref.kind !== 'added' && p.ref.kind !== 'excluded')) continue;
    const target = p.ref.kind === 'added' ? added : excluded;
    const spans = target.get(p.ref.actorId);
    if (spans) spans.push(p.resolution.span);
    else target.set(p.ref.actorId, [p.resolution.span]);
  }
  return deriveMentions({
    text: view.text,
    actors: view.annotations.actors,
    added,
    excluded,
    index: view.nameIndex,
    names: view.nameMatches,
  });
}

/** The view with its mentions derived anew from its placed spans and name matches (a check for live edits). */
export function withMentions(view: Omit<ArticleView, 'mentions'>): ArticleView {
  const { text, placed, nameMatches } = view;
  const mentions = mentionsOf(view);
  return new LiveArticleView(view.annotations, view.nameIndex, view.actorsById, { materialised: { text, placed, mentions, nameMatches } });
}

/** The placed span of a stored ref, if it is placed. */
export function spanOf(view: ArticleView, ref: StoredSpanRef): Span | undefined {
  const key = refKey(ref);
  const placed = view.placed.find((p) => refKey(p.ref) === key);
  return placed && placed.resolution.kind !== 'orphan' ? placed.resolution.span : undefined;
}

/** The live state when the view has one (then queries need not make the arrays). */
function liveOnly(view: ArticleView): LiveState | undefined {
  return view instanceof LiveArticleView && view.isLive ? view.state : undefined;
}

/** The length of the view's text, without joining a text kept in chunks (live edits). */
export function textLength(view: ArticleView): number {
  return liveOnly(view)?.text.length ?? view.text.length;
}

/** Units [start, end) of the view's text, without joining a text kept in chunks (live edits). */
export function textSlice(view: ArticleView, start: number, end: number): string {
  return liveOnly(view)?.text.slice(start, end) ?? view.text.slice(start, end);
}

/**
 * The placed stored spans of the given kinds that overlap or touch `range`, in id order: for
 * questions about a part of the text that need not make every placed span of a live view.
 */
export function placedIn(view: ArticleView, range: Span, kinds: readonly StoredSpanRef['kind'][]): { ref: StoredSpanRef; span: Span }[] {
  const live = liveOnly(view);
  if (!live) {
    return view.placed.flatMap((p) => (p.resolution.kind !== 'orphan' && kinds.includes(p.ref.kind) && p.resolution.span.end >= range.start && p.resolution.span.start <= range.end
      ? [{ ref: p.ref, span: p.resolution.span }] : []));
  }
  const found = live.spans.overlapping(range.start, range.end, true).filter((item) => kinds.includes(live.stored[item.id]!.ref.kind));
  found.sort((a, b) => a.id - b.id);
  return found.map((item) => ({ ref: live.stored[item.id]!.ref, span: { start: item.start, end: item.end } }));
}

/** How many mentions the view has, without making the array of a live view. */
export function mentionCount(view: ArticleView): number {
  return liveOnly(view)?.mentions.size ?? view.mentions.length;
}

/**
 * The stored spans not placed exactly (orphans, approximate matches), in id order: what
 * diagnostics report after every keystroke, without making the array of every placed span.
 */
export function inexactAnchors(view: ArticleView): PlacedAnchor[] {
  const live = liveOnly(view);
  if (!live) return view.placed.filter((p) => p.resolution.kind !== 'exact');
  const ids: number[] = [];
  let approximate = false;
  live.resolutions.forEach((r, id) => {
    if (r.kind === 'exact') return;
    ids.push(id);
    if (r.kind === 'approximate') approximate = true;
  });
  if (ids.length === 0) return [];
  const spans = new Array<Span | undefined>(live.stored.length);
  if (approximate) for (const item of live.spans.toArray()) spans[item.id] = item;
  return ids.map((id) => ({ ref: live.stored[id]!.ref, anchor: live.stored[id]!.anchor, resolution: resolutionAt(live.resolutions[id]!, spans[id]) }));
}

/** The first mention (in order) covering `offset` or touching it at its end, if any. */
export function mentionAt(view: ArticleView, offset: number): Mention | undefined {
  const live = liveOnly(view);
  if (live) return live.mentions.overlapping(offset, offset, true)[0];
  const mentions = view.mentions;
  const i = firstIndexNotBefore(mentions, (m) => m.end < offset);
  const m = mentions[i];
  return m && m.start <= offset && m.end >= offset ? m : undefined;
}

/** Mentions intersecting `range`, in order (for the visible window of an editor). */
export function mentionsIn(view: ArticleView, range: Span): Mention[] {
  const live = liveOnly(view);
  if (live) return live.mentions.overlapping(range.start, range.end);
  const mentions = view.mentions;
  const result: Mention[] = [];
  for (let i = firstIndexNotBefore(mentions, (m) => m.end <= range.start); i < mentions.length && mentions[i]!.start < range.end; i++) result.push(mentions[i]!);
  return result;
}

/** The stored quotations placed in (or touching) `range`, with their entries, in sidecar order. */
export function quotationsIn(view: ArticleView, range: Span): { span: Span; quotation: Quotation }[] {
  const result: { span: Span; quotation: Quotation }[] = [];
  const live = liveOnly(view);
  if (live) {
    const found = live.spans.overlapping(range.start, range.end, true).filter((item) => live.stored[item.id]!.ref.kind === 'quotation');
    found.sort((a, b) => a.id - b.id);
    for (const item of found) {
      const ref = live.stored[item.id]!.ref as Extract<StoredSpanRef, { kind: 'quotation' }>;
      const quotation = view.annotations.quotations[ref.index];
      if (quotation) result.push({ span: { start: item.start, end: item.end }, quotation });
    }
    return result;
  }
  for (const placed of view.placed) {
    if (placed.ref.kind !== 'quotation' || placed.resolution.kind === 'orphan') continue;
    const span = placed.resolution.span;
    const quotation = view.annotations.quotations[placed.ref.index];
    if (quotation && span.end >= range.start && span.start <= range.end) result.push({ span, quotation });
  }
  return result;
}
