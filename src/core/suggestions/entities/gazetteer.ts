/**
 * Gazetteer matching: every whole-word occurrence of a set of names, leftmost-longest across
 * all of them, so "France" inside "Stade de France" is not a match when both are names.
 * This is how an annotated name propagates to its other mentions.
 */
import type { Span } from '../../model';
import { wholeWordOccurrences } from '../text/words';

export interface GazetteerEntry<T> {
  readonly name: string;
  readonly value: T;
}

export interface GazetteerMatch<T> extends Span {
  readonly name: string;
  readonly value: T;
}

/**
 * Matches every entry's name in `text`; where matches overlap, the leftmost wins, then the
 * longest. Spans listed in `blocked` (e.g. longer capitalised names found by other means)
 * suppress the matches that they strictly contain.
 */
export function matchGazetteer<T>(
  text: string,
  entries: readonly GazetteerEntry<T>[],
  blocked: readonly Span[] = [],
): GazetteerMatch<T>[] {
  const candidates: GazetteerMatch<T>[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = entry.name.trim();
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    for (const start of wholeWordOccurrences(text, name)) {
      candidates.push({ start, end: start + name.length, name, value: entry.value });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: GazetteerMatch<T>[] = [];
  let reached = -1;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    if (blocked.some((b) => b.start <= candidate.start && candidate.end <= b.end && b.end - b.start > candidate.end - candidate.start)) {
      continue;
    }
    chosen.push(candidate);
    reached = candidate.end;
  }
  return chosen;
}

