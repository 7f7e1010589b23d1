/**
 * What two annotators are compared on: typed spans of one text (the "units" of the agreement
 * measures). Actor mentions carry their actor's type; quotations carry {@link QUOTATION_TYPE}.
 */
import type { Span } from '../model';

/** A typed span of the text: `text.slice(start, end)` annotated as `type`. */
export interface Unit extends Span {
  readonly type: string;
}

/** The type quotations are compared under (actor types are lowercase slugs, never this). */
export const QUOTATION_TYPE = 'quotation';

/** The units sorted by start, then end, then type, without duplicates (one annotator cannot agree with itself twice). */
export function distinctUnits(units: readonly Unit[]): Unit[] {
  const sorted = units.filter((u) => u.end > u.start).sort(compareUnits);
  return sorted.filter((u, i) => i === 0 || compareUnits(u, sorted[i - 1]!) !== 0);
}

export function compareUnits(a: Unit, b: Unit): number {
  return a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}

/** The types of the units of `lists`, sorted. (An array, not rest parameters: a corpus has thousands of lists.) */
export function typesOf(lists: readonly (readonly Unit[])[]): string[] {
  const types = new Set<string>();
  for (const list of lists) for (const unit of list) types.add(unit.type);
  return [...types].sort();
}

/**
 * The spans of `units` of one type, sorted, merged where they overlap (spans that only touch
 * stay two units): the characters an annotator marked as that type. The continuum measures
 * (κ, αu) need one label per character, and an annotator's nested or overlapping spans of one
 * type mark each character once.
 */
export function coverage(units: readonly Unit[], type: string): Span[] {
  const spans = units.filter((u) => u.type === type).map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The number of characters two sorted, disjoint span lists have in common. */
export function intersectionLength(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (end > start) total += end - start;
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return total;
}

export function totalLength(spans: readonly Span[]): number {
  let total = 0;
  for (const span of spans) total += span.end - span.start;
  return total;
}
