/**
 * brat standoff ⇄ Marginalia annotations.
 *
 * Import: explicit entity spans become actors (one per distinct covered text and type, named by
 * that text) plus exactly the hand-added mentions and excluded occurrences that make the derived
 * mentions (matching/mentions.ts) equal the brat spans; `Quote` spans become quotations, with
 * the speaker and cue of their `R Speaker` / `R Cue` relations.
 * Export: every derived mention and stored quotation as T lines, `R Speaker` / `R Cue`,
 * `A Direct` for quotations enclosed in quotation marks.
 * Offsets are UTF-16 code units into the text (BOM stripped), end exclusive (see model.ts).
 */
import { createAnchors } from '../anchoring';
import { buildArticleView, type ArticleView, type Mention } from '../article/view';
import type { Actor, ActorType, Annotations, Span, Speaker } from '../model';
import { EMPTY_ANNOTATIONS } from '../model';
import * as ops from '../operations';
import type { StandoffRecord, StandoffTextBound } from './standoff';

/** brat types that describe quotations rather than entities. */
const QUOTATION_TYPES = new Set(['quote', 'speaker', 'cue', 'addressee']);

/** brat entity type (case-insensitive) → Marginalia actor type; anything else is misc. */
const IMPORT_TYPES: Readonly<Record<string, ActorType>> = {
  person: 'person',
  organization: 'organization',
  organisation: 'organization',
  location: 'place',
  place: 'place',
  loc: 'place',
  date: 'date',
  hour: 'date',
  event: 'event',
  product: 'work',
  work: 'work',
};

/** Marginalia actor type → brat type on export; a user-defined type is written capitalised. */
export const EXPORT_TYPES: Readonly<Record<string, string>> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Location',
  date: 'Date',
  event: 'Event',
  work: 'Work',
  misc: 'Misc',
};

/** The actor type of a brat entity type (DESIGN.md: Location/Place/Loc, Date/Hour, Product/Work…). */
export function actorTypeOfBrat(bratType: string): ActorType {
  return IMPORT_TYPES[bratType.toLowerCase()] ?? 'misc';
}

/** The brat type of an actor type. */
export function bratTypeOf(actorType: ActorType): string {
  return EXPORT_TYPES[actorType] ?? actorType.charAt(0).toUpperCase() + actorType.slice(1);
}

export interface BratProblem {
  readonly id?: string;
  readonly message: string;
}

export interface BratImport {
  readonly annotations: Annotations;
  /** Records skipped or read with a warning (offsets outside the text, unknown ids…). */
  readonly problems: readonly BratProblem[];
}

interface WantedMention extends Span {
  readonly actorId: string;
}

/** Rounds of "add the missing, exclude the extra" before giving up; each round only adds. */
const MAX_ROUNDS = 20;

/**
 * Annotations for `text` that reproduce the brat `records`: the derived mentions are exactly
 * the entity spans (same offsets, same types), and every `Quote` is a stored quotation.
 * A discontinuous span is read as the extent of its fragments.
 */
export function importBrat(text: string, records: readonly StandoffRecord[]): BratImport {
  const problems: BratProblem[] = [];
  const spans = new Map<string, { span: Span; type: string }>();
  for (const record of records) {
    if (record.kind !== 'T') continue;
    const span = extent(record);
    if (span.end > text.length || span.start >= span.end) {
      problems.push({ id: record.id, message: `${record.id}: offsets ${span.start}-${span.end} are outside the text (length ${text.length}); skipped` });
      continue;
    }
    const covered = record.fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    if (covered !== record.text) problems.push({ id: record.id, message: `${record.id}: the text column "${record.text}" differs from the text at ${span.start}-${span.end} ("${covered}"); the offsets win` });
    spans.set(record.id, { span, type: record.type });
  }

  let annotations: Annotations = EMPTY_ANNOTATIONS;
  const entities = [...spans.entries()].filter(([, s]) => !QUOTATION_TYPES.has(s.type.toLowerCase()));
  const byId = new Map<string, string>(); // brat T id → actor id
  const built = actorsFor(text, entities.map(([id, s]) => ({ id, span: s.span, type: actorTypeOfBrat(s.type) })));
  annotations = built.annotations;
  for (const [bratId, actorId] of built.actorOf) byId.set(bratId, actorId);
  annotations = reproduceMentions(text, annotations, built.wanted, problems);

  const view = buildArticleView(text, annotations);
  const speakers = new Map<string, string>();
  const cues = new Map<string, string>();
  for (const record of records) {
    if (record.kind !== 'R') continue;
    const target = record.type.toLowerCase() === 'speaker' ? speakers : record.type.toLowerCase() === 'cue' ? cues : undefined;
    if (!target) continue;
    if (!spans.has(record.arg1) || !spans.has(record.arg2)) {
      problems.push({ id: record.id, message: `${record.id}: refers to an unknown or skipped annotation; skipped` });
      continue;
    }
    if (!target.has(record.arg1)) target.set(record.arg1, record.arg2);
  }
  const direct = new Set(records.flatMap((r) => (r.kind === 'A' && r.type.toLowerCase() === 'direct' ? [r.target] : [])));
  const quotes = [...spans.entries()].filter(([, s]) => s.type.toLowerCase() === 'quote').sort(([, a], [, b]) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (const [quoteId, { span }] of quotes) {
    const speakerId = speakers.get(quoteId);
    const cueId = cues.get(quoteId);
    if (!direct.has(quoteId) && !speakerId && !cueId) {
      // Neither direct speech nor attributed: a title, a name or scare quotes, which the
      // suggester must not propose again.
      annotations = ops.rejectSuggestion(annotations, 'quotation', createAnchors(text, [span])[0]!);
      continue;
    }
    const [anchor, cue] = createAnchors(text, cueId ? [span, spans.get(cueId)!.span] : [span]);
    const speaker = speakerId ? speakerOf(view, spans.get(speakerId)!.span, byId.get(speakerId)) : undefined;
    annotations = ops.attributeQuotation(annotations, anchor!, speaker, cue ? { cue } : {});
  }
  return { annotations, problems };
}

function extent(record: StandoffTextBound): Span {
  // A reduce, not a spread: a hand-written record may have more fragments than a call takes arguments.
  return {
    start: record.fragments.reduce((min, f) => Math.min(min, f.start), Infinity),
    end: record.fragments.reduce((max, f) => Math.max(max, f.end), -Infinity),
  };
}

/**
 * One actor per distinct (covered text, type), named by the text; the most frequent type of a
 * text comes first so that its name occurrences go to it. Spans whose text cannot be a name
 * (surrounding white space) still get an actor named by the trimmed text.
 */
function actorsFor(text: string, entities: readonly { id: string; span: Span; type: ActorType }[]) {
  const groups = new Map<string, Map<ActorType, number>>();
  for (const e of entities) {
    const name = text.slice(e.span.start, e.span.end).trim();
    if (name === '') continue;
    const counts = groups.get(name) ?? new Map<ActorType, number>();
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    groups.set(name, counts);
  }
  let annotations: Annotations = EMPTY_ANNOTATIONS;
  const actorIds = new Map<string, string>(); // `${type}\u0000${name}` → id
  for (const [name, counts] of groups) {
    const types = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([type]) => type);
    for (const type of types) {
      const id = ops.newActorId(annotations, name);
      annotations = ops.addActor(annotations, type, name, { id });
      actorIds.set(`${type}\u0000${name}`, id);
    }
  }
  const wanted: WantedMention[] = [];
  const actorOf = new Map<string, string>();
  for (const e of entities) {
    const id = actorIds.get(`${e.type}\u0000${text.slice(e.span.start, e.span.end).trim()}`);
    if (!id) continue;
    wanted.push({ ...e.span, actorId: id });
    actorOf.set(e.id, id);
  }
  return { annotations, wanted, actorOf };
}

const mentionKey = (m: { start: number; end: number; actorId: string }) => `${m.start}:${m.end}:${m.actorId}`;

/**
 * Adds the wanted spans that the names do not produce (hand-added) and excludes the name
 * occurrences that are not wanted, until the derived mentions are exactly the wanted ones.
 * An added span drops the name occurrences it overlaps, so this may take a few rounds.
 */
function reproduceMentions(text: string, start: Annotations, wanted: readonly WantedMention[], problems: BratProblem[]): Annotations {
  const wantedKeys = new Set(wanted.map(mentionKey));
  let annotations = start;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const derived = buildArticleView(text, annotations).mentions;
    const derivedKeys = new Set(derived.map(mentionKey));
    const missing = dedupe(wanted.filter((w) => !derivedKeys.has(mentionKey(w))));
    const extra = derived.filter((m) => m.source === 'name' && !wantedKeys.has(mentionKey(m)));
    if (missing.length === 0 && extra.length === 0) return annotations;
    const anchors = createAnchors(text, [...extra, ...missing]);
    extra.forEach((m, i) => (annotations = ops.excludeOccurrence(annotations, m.actorId, anchors[i]!)));
    missing.forEach((m, i) => (annotations = ops.addMention(annotations, m.actorId, anchors[extra.length + i]!)));
  }
  problems.push({ message: `the entity spans could not all be reproduced after ${MAX_ROUNDS} rounds` });
  return annotations;
}

function dedupe(mentions: readonly WantedMention[]): WantedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(mentionKey(m)) && (seen.add(mentionKey(m)), true));
}

/** The actor whose imported span (or derived mention) the speaker span is, else its text. */
function speakerOf(view: ArticleView, span: Span, importedActor: string | undefined): Speaker {
  if (importedActor) return { actor: importedActor };
  const mention = view.mentions.find((m) => m.start === span.start && m.end === span.end);
  if (mention) return { actor: mention.actorId };
  const covered = view.text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();
  const byName = view.annotations.actors.find((a: Actor) => a.name === covered || a.aliases.includes(covered));
  return byName ? { actor: byName.id } : { text: covered || '?' };
}

/** Opening quotation marks of every common style, and their closing counterparts. */
const OPENING = /^[«»“”„‟‚‘’‹›"']/u;
const CLOSING = /[«»“”„‟‚‘’‹›"']$/u;

export interface BratExport {
  readonly records: StandoffRecord[];
  /** Stored spans that could not be placed in the text (orphans), left out. */
  readonly problems: readonly BratProblem[];
}

/**
 * brat records for an article: a T line per derived mention (its actor's type), then per
 * placed quotation a `Quote` T line, `A Direct` when it is enclosed in quotation marks, a
 * `Speaker` T line with `R Speaker` (the mention of the speaking actor nearest the quotation,
 * or the nearest occurrence of a free-text speaker; a `#` note when the speaker is not in the
 * text) and a `Cue` T line with `R Cue`.
 */
export function exportBrat(view: ArticleView): BratExport {
  const text = view.text;
  const records: StandoffRecord[] = [];
  const problems: BratProblem[] = [];
  const ids = { T: 0, R: 0, A: 0, N: 0 };
  const textBound = new Map<string, string>();
  const span = (type: string, s: Span): string => {
    const key = `${type}:${s.start}:${s.end}`;
    const existing = textBound.get(key);
    if (existing) return existing;
    const id = `T${++ids.T}`;
    textBound.set(key, id);
    records.push({ kind: 'T', id, type, fragments: [{ start: s.start, end: s.end }], text: text.slice(s.start, s.end) });
    return id;
  };
  for (const mention of view.mentions) {
    const actor = view.actorsById.get(mention.actorId);
    if (actor) span(bratTypeOf(actor.type), mention);
  }
  const placed = (kind: 'quotation' | 'cue', index: number): Span | undefined => {
    const p = view.placed.find((x) => x.ref.kind === kind && x.ref.index === index);
    return p && p.resolution.kind !== 'orphan' ? p.resolution.span : undefined;
  };
  const quotations = view.annotations.quotations
    .map((quotation, index) => ({ quotation, span: placed('quotation', index), cue: placed('cue', index) }))
    .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  for (const { quotation, span: quoteSpan, cue } of quotations) {
    if (!quoteSpan) {
      problems.push({ message: `quotation "${quotation.anchor.text}" is not in the text (orphan); left out` });
      continue;
    }
    const quote = span('Quote', quoteSpan);
    const covered = text.slice(quoteSpan.start, quoteSpan.end);
    if (OPENING.test(covered) && CLOSING.test(covered)) records.push({ kind: 'A', id: `A${++ids.A}`, type: 'Direct', target: quote });
    if (quotation.speaker) {
      const at = speakerSpan(view, quotation.speaker, quoteSpan);
      if (at) records.push({ kind: 'R', id: `R${++ids.R}`, type: 'Speaker', arg1: quote, arg2: span('Speaker', at) });
      else records.push({ kind: '#', id: `#${++ids.N}`, type: 'AnnotatorNotes', target: quote, text: `Speaker: ${speakerLabel(view, quotation.speaker)}` });
    }
    if (cue) records.push({ kind: 'R', id: `R${++ids.R}`, type: 'Cue', arg1: quote, arg2: span('Cue', cue) });
  }
  return { records, problems };
}

function speakerLabel(view: ArticleView, speaker: Speaker): string {
  return 'actor' in speaker ? view.actorsById.get(speaker.actor)?.name ?? speaker.actor : speaker.text;
}

/** Where the speaker is named nearest the quotation (outside it), if anywhere. */
function speakerSpan(view: ArticleView, speaker: Speaker, quote: Span): Span | undefined {
  const candidates: Span[] =
    'actor' in speaker
      ? view.mentions.filter((m: Mention) => m.actorId === speaker.actor)
      : occurrences(view.text, speaker.text);
  const outside = candidates.filter((c) => c.end <= quote.start || c.start >= quote.end);
  const distance = (c: Span) => (c.end <= quote.start ? quote.start - c.end : c.start - quote.end);
  return outside.sort((a, b) => distance(a) - distance(b))[0];
}

function occurrences(text: string, needle: string): Span[] {
  const found: Span[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push({ start: at, end: at + needle.length });
  return found;
}
