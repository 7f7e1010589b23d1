/**
 * Gazetteer matching: every whole-word occurrence of a set of names, leftmost-longest across
 * all of them, so "France" inside "Stade de France" is not a match when both are names. This is
 * how an annotated name propagates to its other mentions. The matching is core/matching's (the
 * one that derives the mentions of the sidecar's actors), so a suggestion and a stored mention
 * agree on what a whole word is; a gazetteer only adds a value to each name.
 */
import { buildNameIndex, findNames, type NameEntry } from '../../matching';
import type { Span } from '../../model';

export interface GazetteerEntry<T> {
  readonly name: string;
  readonly value: T;
}

export interface GazetteerMatch<T> extends Span {
  readonly name: string;
  readonly value: T;
}

/**
 * Matches every entry's name (trimmed) in `text`; where matches overlap, the leftmost wins,
 * then the longest. A name listed twice keeps the value of its first entry.
 */
export function matchGazetteer<T>(text: string, entries: readonly GazetteerEntry<T>[]): GazetteerMatch<T>[] {
  const values: T[] = [];
  const names: NameEntry[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = entry.name.trim();
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    // the value's index stands for the actor id: one id per name, so no name is ambiguous
    names.push({ name, actorId: String(values.length) });
    values.push(entry.value);
  }
  if (names.length === 0) return [];
  return findNames(buildNameIndex(names), text).map((match) => ({ start: match.start, end: match.end, name: match.name, value: values[Number(match.actorId)]! }));
}
