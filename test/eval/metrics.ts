/** Precision / recall / F1 over spans: exact, exact ignoring type, overlapping one-to-one. */
import type { Span } from '../../src/core/model';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

export function scores(counts: Counts): Scores {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { ...counts, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export interface Labelled extends Span {
  readonly type: string;
}

const key = (s: Span): string => `${s.start}:${s.end}`;

/** Exact matching as sets (duplicates collapse); `typed` also requires the same type. */
export function exactCounts(gold: readonly Labelled[], predicted: readonly Labelled[], typed: boolean): Counts {
  const k = (s: Labelled): string => (typed ? `${key(s)}:${s.type}` : key(s));
  const goldKeys = new Set(gold.map(k));
  const predKeys = new Set(predicted.map(k));
  let tp = 0;
  for (const p of predKeys) if (goldKeys.has(p)) tp++;
  return { tp, fp: predKeys.size - tp, fn: goldKeys.size - tp };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Overlapping spans matched one to one (exact matches first, then left to right). */
export function overlapCounts(gold: readonly Span[], predicted: readonly Span[]): Counts {
  const goldUnique = dedupe(gold);
  const predUnique = dedupe(predicted);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const goldIndex = new Map(goldUnique.map((g, i) => [key(g), i]));
  predUnique.forEach((p, i) => {
    const g = goldIndex.get(key(p));
    if (g !== undefined) {
      usedGold.add(g);
      usedPred.add(i);
    }
  });
  predUnique.forEach((p, i) => {
    if (usedPred.has(i)) return;
    const g = goldUnique.findIndex((candidate, j) => !usedGold.has(j) && overlaps(candidate, p));
    if (g >= 0) {
      usedGold.add(g);
      usedPred.add(i);
    }
  });
  return { tp: usedPred.size, fp: predUnique.length - usedPred.size, fn: goldUnique.length - usedGold.size };
}

function dedupe<T extends Span>(spans: readonly T[]): T[] {
  const seen = new Set<string>();
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end).filter((s) => !seen.has(key(s)) && seen.add(key(s)) !== undefined);
}
