/**
 * Cohen's kappa over the characters of the text (Cohen 1960): each character gets a label from
 * each annotator, and κ = (p_o − p_e) / (1 − p_e), where p_o is the share of characters both
 * label alike and p_e = Σ_k p_A(k) · p_B(k) the share expected by chance from each annotator's
 * own label frequencies.
 * - Per type: the label is "inside a span of this type" or not (a 2×2 table).
 * - Over all types: the label is the set of types covering the character ("none" included),
 *   so a character one annotator calls a person and the other a place disagrees.
 * The tables add up over articles: the corpus κ is the κ of the summed table.
 */
import type { Span } from '../model';
import { coverage, intersectionLength, totalLength, typesOf, type Unit } from './units';

/** A contingency table: how many characters got label x from A and label y from B, keyed by `tableKey(x, y)`. */
export type Contingency = ReadonlyMap<string, number>;

const SEPARATOR = '\u0001';
const NONE = '';

export function tableKey(labelA: string, labelB: string): string {
  return labelA + SEPARATOR + labelB;
}

/** κ of a contingency table; null when chance agreement is total (both gave one single label to everything: nothing to measure). */
export function kappa(table: Contingency): number | null {
  let total = 0;
  let agreeing = 0;
  const byA = new Map<string, number>();
  const byB = new Map<string, number>();
  for (const [key, count] of table) {
    if (count === 0) continue;
    const [labelA, labelB] = key.split(SEPARATOR) as [string, string];
    total += count;
    if (labelA === labelB) agreeing += count;
    byA.set(labelA, (byA.get(labelA) ?? 0) + count);
    byB.set(labelB, (byB.get(labelB) ?? 0) + count);
  }
  if (total === 0) return null;
  let chance = 0;
  for (const [label, count] of byA) chance += (count / total) * ((byB.get(label) ?? 0) / total);
  if (chance >= 1) return null;
  return (agreeing / total - chance) / (1 - chance);
}

export function addTables(x: Contingency, y: Contingency): Contingency {
  const sum = new Map(x);
  for (const [key, count] of y) sum.set(key, (sum.get(key) ?? 0) + count);
  return sum;
}

/** The 2×2 table of one type over a text of `length` characters. */
export function typeTable(length: number, a: readonly Unit[], b: readonly Unit[], type: string): Contingency {
  const coveredA = coverage(a, type);
  const coveredB = coverage(b, type);
  return binaryTable(length, coveredA, coveredB);
}

export function binaryTable(length: number, coveredA: readonly Span[], coveredB: readonly Span[]): Contingency {
  const both = intersectionLength(coveredA, coveredB);
  const onlyA = totalLength(coveredA) - both;
  const onlyB = totalLength(coveredB) - both;
  return new Map([
    [tableKey('1', '1'), both],
    [tableKey('1', '0'), onlyA],
    [tableKey('0', '1'), onlyB],
    [tableKey('0', '0'), length - both - onlyA - onlyB],
  ]);
}

/** The table over all types: each character labelled with the set of types covering it. */
export function labelTable(length: number, a: readonly Unit[], b: readonly Unit[]): Contingency {
  const events: { at: number; side: 0 | 1; type: string; delta: 1 | -1 }[] = [];
  for (const type of typesOf([a, b])) {
    for (const span of coverage(a, type)) events.push({ at: span.start, side: 0, type, delta: 1 }, { at: span.end, side: 0, type, delta: -1 });
    for (const span of coverage(b, type)) events.push({ at: span.start, side: 1, type, delta: 1 }, { at: span.end, side: 1, type, delta: -1 });
  }
  // Ends before starts at one position: touching spans of one type hand the character on.
  events.sort((x, y) => x.at - y.at || x.delta - y.delta);
  const active: [Set<string>, Set<string>] = [new Set(), new Set()];
  const table = new Map<string, number>();
  const count = (from: number, to: number): void => {
    if (to <= from) return;
    const key = tableKey(labelOf(active[0]), labelOf(active[1]));
    table.set(key, (table.get(key) ?? 0) + to - from);
  };
  let position = 0;
  for (const event of events) {
    count(position, Math.min(event.at, length));
    position = Math.max(position, Math.min(event.at, length));
    if (event.delta === 1) active[event.side].add(event.type);
    else active[event.side].delete(event.type);
  }
  count(position, length);
  return table;
}

function labelOf(types: ReadonlySet<string>): string {
  return types.size === 0 ? NONE : [...types].sort().join('+');
}
