/**
 * Mentions of actors in an article, derived (never stored): every whole-word occurrence of
 * an actor's name or aliases (see {@link findNames}), plus the spans the user added by hand,
 * minus the occurrences the user excluded.
 *
 * Rules, in order:
 * 1. Name occurrences: leftmost-longest across all actors; a name borne by several actors
 *    goes to the first actor id (see {@link NameIndex.ambiguities}). Names are also matched
 *    in their NFC and NFD forms, so a name typed composed finds a decomposed text.
 * 2. Exclusions remove the name occurrence with exactly the excluded span (for that actor
 *    when exclusions are given per actor). They do not apply to hand-added spans.
 * 3. Hand-added spans are mentions of their actor. A name occurrence that overlaps an
 *    added span (of any actor) is dropped: the user's explicit choice wins over the automatic
 *    one. Added spans may overlap each other ("ils" can mention two actors).
 * Spans that are empty or outside the text are ignored.
 */
import type { Actor, Span } from '../model';
import { findNames, type NameMatch } from './findNames';
import { buildNameIndex, type NameEntry, type NameIndex } from './nameIndex';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly actorId: string;
  readonly source: 'name' | 'added';
}

export interface MentionInput {
  /**
   * The article's text; with `names` given only its length is read, so a caller that keeps
   * the text in pieces (live edits of a long article) passes `{ length }` rather than joining it.
   */
  readonly text: string | { readonly length: number };
  readonly actors: readonly Actor[];
  /** Hand-added spans by actor id, resolved from the actors' `added` anchors. */
  readonly added: ReadonlyMap<string, readonly Span[]>;
  /** Excluded occurrences, resolved from the actors' `excluded` anchors: for any actor, or by actor id. */
  readonly excluded: readonly Span[] | ReadonlyMap<string, readonly Span[]>;
  /** The index of `actors`' names ({@link buildActorNameIndex}), to reuse between calls. */
  readonly index?: NameIndex;
  /** Only the mentions overlapping this span (the visible window of an editor). */
  readonly range?: Span;
  /** The name occurrences, when the caller keeps them up to date itself (live edits). */
  readonly names?: readonly NameMatch[];
}

/** Every name and alias of the actors, in NFC and NFD as well as typed. */
export function actorNameEntries(actors: readonly Actor[]): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const forms = new Set([name, name.normalize('NFC'), name.normalize('NFD')]);
      for (const form of forms) entries.push({ name: form, actorId: actor.id });
    }
  }
  return entries;
}

/** The name index of a set of actors, for {@link deriveMentions} and {@link findNames}. */
export function buildActorNameIndex(actors: readonly Actor[]): NameIndex {
  return buildNameIndex(actorNameEntries(actors));
}

const spanKey = (start: number, end: number) => `${start}:${end}`;

/** Mentions sorted by start, then end, then actor id; see the module comment for the rules. */
export function deriveMentions(input: MentionInput): Mention[] {
  const { text, range } = input;
  const isValid = (s: Span) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
  const index = input.index ?? buildActorNameIndex(input.actors);
  const names = withoutExcluded(input.names ?? findNames(index, textToScan(text), range), input.excluded);

  // An empty range (a cursor) stands for the character after it, as overlapsRange reads it below.
  const rangeEnd = range && Math.max(range.end, range.start + 1);
  // The extent the name occurrences cover: added spans there may drop one of them.
  const lo = Math.min(range?.start ?? 0, names.length > 0 ? names[0].start : Infinity);
  const hi = Math.max(rangeEnd ?? text.length, names.length > 0 ? names[names.length - 1].end : -Infinity);
  const added: Mention[] = [];
  const seen = new Set<string>();
  for (const [actorId, spans] of input.added) {
    for (const span of spans) {
      if (!isValid(span) || span.end <= lo || span.start >= hi) continue;
      const key = `${spanKey(span.start, span.end)}:${actorId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      added.push({ start: span.start, end: span.end, actorId, source: 'added' });
    }
  }
  added.sort(byPosition);

  const mentions: Mention[] = [];
  // Name occurrences are sorted and disjoint, so their ends increase too: one sweep finds
  // whether any added span starting before an occurrence's end reaches past its start.
  let next = 0;
  let furthestAddedEnd = -1;
  for (const m of names) {
    while (next < added.length && added[next].start < m.end) furthestAddedEnd = Math.max(furthestAddedEnd, added[next++].end);
    if (furthestAddedEnd > m.start) continue;
    mentions.push({ start: m.start, end: m.end, actorId: m.actorId, source: 'name' });
  }
  const overlapsRange = (s: Span) => range === undefined || (s.end > range.start && s.start < rangeEnd!);
  for (const a of added) if (overlapsRange(a)) mentions.push(a);
  return mentions.sort(byPosition);
}

function textToScan(text: MentionInput['text']): string {
  if (typeof text !== 'string') throw new Error('deriveMentions: the name occurrences are needed when only the text length is given');
  return text;
}

function withoutExcluded(matches: readonly NameMatch[], excluded: MentionInput['excluded']): NameMatch[] {
  if (Array.isArray(excluded)) {
    if (excluded.length === 0) return [...matches];
    const keys = new Set(excluded.map((s) => spanKey(s.start, s.end)));
    return matches.filter((m) => !keys.has(spanKey(m.start, m.end)));
  }
  const byActor = excluded as ReadonlyMap<string, readonly Span[]>;
  if (byActor.size === 0) return [...matches];
  const keys = new Set<string>();
  for (const [actorId, spans] of byActor) for (const s of spans) keys.add(`${spanKey(s.start, s.end)}:${actorId}`);
  return matches.filter((m) => !keys.has(`${spanKey(m.start, m.end)}:${m.actorId}`));
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
}
