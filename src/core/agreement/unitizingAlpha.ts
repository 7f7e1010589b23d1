/**
 * Krippendorff's unitizing alpha, αu, for two annotators (Krippendorff 1995, "On the
 * reliability of unitizing contiguous data", Sociological Methodology 25: 47–76; Content
 * Analysis: An Introduction to Its Methodology, 2nd ed. 2004, whose worked example of p. 254
 * the unit tests reproduce).
 *
 * The text is a continuum of L characters. For a type c, each annotator cuts it into sections:
 * units of c and the gaps between them. Two overlapping sections g (of A) and h (of B) differ by
 *   δ²(g, h) = (b_g − b_h)² + (e_g − e_h)²   both units (b: begin, e: end)
 *            = l_g²                           g a unit inside the gap h (l: length)
 *            = l_h²                           h a unit inside the gap g
 *            = 0                              otherwise (two gaps; a unit only partly in a gap)
 * Observed disagreement: uDo(c) = Σ_g Σ_h δ²(g, h) / L² (two annotators, each pair once).
 * Expected disagreement, over every way of placing the same units and gaps on the continuum:
 *   uDe(c) = (2 / L) Σ_u [ (N_c − 1)(2l_u³ − 3l_u² + l_u) / 3 + l_u² Σ_{gaps h: l_h ≥ l_u} (l_h − l_u + 1) ]
 *            / [ 2L(2L − 1) − Σ_u l_u(l_u − 1) ]
 * with u over the units of c of both annotators and N_c their number.
 * αu(c) = 1 − uDo(c) / uDe(c); over several types, αu = 1 − Σ_c uDo(c) / Σ_c uDe(c).
 * Units of one type must not overlap within one annotator: callers pass merged coverage.
 */
import type { Span } from '../model';

export interface UnitizingDisagreement {
  readonly observed: number;
  readonly expected: number;
}

/** αu from the disagreements of one type or summed over types; null when nothing could disagree (no unit at all). */
export function unitizingAlpha(disagreements: readonly UnitizingDisagreement[]): number | null {
  let observed = 0;
  let expected = 0;
  for (const d of disagreements) {
    observed += d.observed;
    expected += d.expected;
  }
  return expected === 0 ? null : 1 - observed / expected;
}

/**
 * The observed and expected disagreement of one type on a continuum [0, length), given each
 * annotator's units of that type: sorted, not overlapping each other (they may touch).
 */
export function unitizingDisagreement(length: number, a: readonly Span[], b: readonly Span[]): UnitizingDisagreement {
  if (length <= 0) return { observed: 0, expected: 0 };
  const sectionsA = sections(length, a);
  const sectionsB = sections(length, b);
  return { observed: observedSum(sectionsA, sectionsB) / (length * length), expected: expectedDisagreement(length, sectionsA, sectionsB) };
}

interface Section extends Span {
  readonly unit: boolean;
}

/** The continuum cut into the annotator's units and the gaps between them. */
function sections(length: number, units: readonly Span[]): Section[] {
  const result: Section[] = [];
  let position = 0;
  for (const unit of units) {
    const start = Math.max(unit.start, position);
    const end = Math.min(unit.end, length);
    if (end <= start) continue;
    if (start > position) result.push({ start: position, end: start, unit: false });
    result.push({ start, end, unit: true });
    position = end;
  }
  if (position < length) result.push({ start: position, end: length, unit: false });
  return result;
}

/** Σ δ² over the overlapping pairs of sections: both lists tile the continuum, so one sweep meets every pair. */
function observedSum(a: readonly Section[], b: readonly Section[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    sum += distance(a[i]!, b[j]!);
    if (a[i]!.end < b[j]!.end) i++;
    else if (b[j]!.end < a[i]!.end) j++;
    else {
      i++;
      j++;
    }
  }
  return sum;
}

/** δ² of two overlapping sections. */
function distance(g: Section, h: Section): number {
  if (g.unit && h.unit) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2;
  if (g.unit && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2;
  if (h.unit && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2;
  return 0;
}

function expectedDisagreement(length: number, a: readonly Section[], b: readonly Section[]): number {
  const units: number[] = [];
  const gaps: number[] = [];
  for (const section of [a, b]) {
    for (const s of section) (s.unit ? units : gaps).push(s.end - s.start);
  }
  if (units.length === 0) return 0;
  // Gaps longest first with running sums: Σ_{l_h ≥ l} (l_h − l + 1) is one binary search per unit.
  gaps.sort((x, y) => y - x);
  const gapSums: number[] = [0];
  for (const gap of gaps) gapSums.push(gapSums[gapSums.length - 1]! + gap);
  const count = units.length;
  let numerator = 0;
  let squaredLengths = 0;
  for (const l of units) {
    const longEnough = countAtLeast(gaps, l);
    const gapTerm = gapSums[longEnough]! - longEnough * (l - 1);
    numerator += ((count - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * gapTerm;
    squaredLengths += l * (l - 1);
  }
  const m = 2;
  return ((2 / length) * numerator) / (m * length * (m * length - 1) - squaredLengths);
}

/** How many of `descending` are ≥ `value`. */
function countAtLeast(descending: readonly number[], value: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (descending[mid]! >= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
