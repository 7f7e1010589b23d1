/**
 * Span agreement of annotator A against annotator B, as precision, recall and F1 (B taken as
 * the reference; swapping A and B swaps precision and recall and keeps F1):
 * - exact: a span of A counts when B has a span with the same start, end and type;
 * - overlap: a span of A counts when B has a span of the same type sharing a character with
 *   it (and a span of B counts for recall when A has one overlapping it).
 * Counts add up over articles, so the corpus figures are micro-averages.
 */
import type { Unit } from './units';

export interface SpanCounts {
  /** Spans of A, and of B (distinct). */
  readonly a: number;
  readonly b: number;
  /** Spans both have exactly. */
  readonly exact: number;
  /** Spans of A that overlap a span of B of the same type, and the other way round. */
  readonly overlapA: number;
  readonly overlapB: number;
}

export const NO_SPANS: SpanCounts = { a: 0, b: 0, exact: 0, overlapA: 0, overlapB: 0 };

/** Precision, recall and F1; null where the ratio has nothing to count (no span on that side). */
export interface PrecisionRecall {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** The counts for two annotators' distinct units, all of one type (see `distinctUnits`). */
export function countSpans(a: readonly Unit[], b: readonly Unit[]): SpanCounts {
  const inB = new Set(b.map(unitKey));
  let exact = 0;
  for (const unit of a) if (inB.has(unitKey(unit))) exact++;
  return { a: a.length, b: b.length, exact, overlapA: countOverlapping(a, b), overlapB: countOverlapping(b, a) };
}

export function addSpanCounts(x: SpanCounts, y: SpanCounts): SpanCounts {
  return { a: x.a + y.a, b: x.b + y.b, exact: x.exact + y.exact, overlapA: x.overlapA + y.overlapA, overlapB: x.overlapB + y.overlapB };
}

export function exactAgreement(counts: SpanCounts): PrecisionRecall {
  return {
    precision: ratio(counts.exact, counts.a),
    recall: ratio(counts.exact, counts.b),
    f1: ratio(2 * counts.exact, counts.a + counts.b),
  };
}

export function overlapAgreement(counts: SpanCounts): PrecisionRecall {
  const precision = ratio(counts.overlapA, counts.a);
  const recall = ratio(counts.overlapB, counts.b);
  if (precision === null && recall === null) return { precision, recall, f1: null };
  // One side with no span at all: nothing of the other side is matched.
  if (precision === null || recall === null) return { precision, recall, f1: 0 };
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function ratio(count: number, total: number): number | null {
  return total === 0 ? null : count / total;
}

function unitKey(unit: Unit): string {
  return `${unit.start}:${unit.end}`;
}

/** How many of `units` share a character with one of `others`. Sort, then one binary search each. */
function countOverlapping(units: readonly Unit[], others: readonly Unit[]): number {
  const sorted = [...others].sort((x, y) => x.start - y.start);
  // The largest end among the first k others, so "some other starting before u.end ends after u.start" is one lookup.
  const maxEnd: number[] = [];
  let running = -Infinity;
  for (const other of sorted) {
    running = Math.max(running, other.end);
    maxEnd.push(running);
  }
  let count = 0;
  for (const unit of units) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.start < unit.end) low = mid + 1;
      else high = mid;
    }
    if (low > 0 && maxEnd[low - 1]! > unit.start) count++;
  }
  return count;
}
