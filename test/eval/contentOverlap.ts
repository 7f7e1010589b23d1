/**
 * Content overlap of attributions, as PolNeAR-style evaluations score them (soft precision and
 * recall over tokens). Suggested and gold contents are paired one to one, the pairs sharing the
 * most tokens first; a token is a maximal run of letters or digits, counted by its position in
 * the text, so a discontinuous content counts only its fragments. For each pair the shared
 * tokens give a precision (shared / suggested tokens) and a recall (shared / gold tokens);
 * precision is their sum over all suggested contents (unpaired ones count 0) divided by the
 * number of suggestions, recall the same over gold contents, F1 their harmonic mean. A
 * suggestion that covers exactly a gold content counts 1 on both sides.
 */
import type { Span } from '../../src/core/model';

export interface ContentOverlap {
  readonly suggested: number;
  readonly gold: number;
  /** sum of per-pair token precision / recall (divide by suggested / gold) */
  precisionSum: number;
  recallSum: number;
}

export function emptyOverlap(): ContentOverlap {
  return { suggested: 0, gold: 0, precisionSum: 0, recallSum: 0 };
}

function tokens(text: string, pieces: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const piece of pieces) {
    for (const m of text.slice(piece.start, piece.end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(piece.start + m.index!);
  }
  return out;
}

export function contentOverlap(text: string, gold: readonly (readonly Span[])[], suggested: readonly (readonly Span[])[]): ContentOverlap {
  const g = gold.map((pieces) => tokens(text, pieces));
  const s = suggested.map((pieces) => tokens(text, pieces));
  const pairs: { i: number; j: number; shared: number }[] = [];
  s.forEach((si, i) =>
    g.forEach((gj, j) => {
      let shared = 0;
      for (const t of si) if (gj.has(t)) shared++;
      if (shared > 0) pairs.push({ i, j, shared });
    }),
  );
  pairs.sort((a, b) => b.shared - a.shared || a.i - b.i || a.j - b.j);
  const usedS = new Set<number>();
  const usedG = new Set<number>();
  let precisionSum = 0;
  let recallSum = 0;
  for (const { i, j, shared } of pairs) {
    if (usedS.has(i) || usedG.has(j)) continue;
    usedS.add(i);
    usedG.add(j);
    precisionSum += shared / s[i]!.size;
    recallSum += shared / g[j]!.size;
  }
  return { suggested: s.length, gold: g.length, precisionSum, recallSum };
}

export function addOverlap(into: ContentOverlap, more: ContentOverlap): ContentOverlap {
  return {
    suggested: into.suggested + more.suggested,
    gold: into.gold + more.gold,
    precisionSum: into.precisionSum + more.precisionSum,
    recallSum: into.recallSum + more.recallSum,
  };
}

export function overlapScores(o: ContentOverlap): { precision: number; recall: number; f1: number } {
  const precision = o.suggested === 0 ? 0 : o.precisionSum / o.suggested;
  const recall = o.gold === 0 ? 0 : o.recallSum / o.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}
