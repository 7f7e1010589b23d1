/**
 * Speaker agreement: on the quotations both annotators marked (paired one to one, exact spans
 * first, then by the largest overlap), how often they name the same speaker.
 *
 * Two branches may give one person different actor ids ("macron", "emmanuel-macron"), so a
 * speaker is known by all its names: its actor id, name and aliases, or its free text, compared
 * without case. Two speakers agree when they share one. A pair where neither has a speaker is
 * not compared; a pair where one only has a speaker is a disagreement.
 */
import type { Span } from '../model';

export interface QuotationUnit extends Span {
  /** The speaker's names (lowercase), empty when the quotation has no speaker. */
  readonly speaker: readonly string[];
}

export interface SpeakerCounts {
  /** Quotation pairs: a quotation of A with the quotation of B it overlaps most. */
  readonly matched: number;
  /** Pairs where at least one side names a speaker. */
  readonly compared: number;
  /** Compared pairs whose speakers agree. */
  readonly agreeing: number;
}

export const NO_SPEAKERS: SpeakerCounts = { matched: 0, compared: 0, agreeing: 0 };

export interface QuotationPair<Q extends QuotationUnit = QuotationUnit> {
  readonly a: Q;
  readonly b: Q;
}

export function countSpeakers(a: readonly QuotationUnit[], b: readonly QuotationUnit[]): SpeakerCounts {
  let compared = 0;
  let agreeing = 0;
  const pairs = pairQuotations(a, b);
  for (const pair of pairs) {
    if (pair.a.speaker.length === 0 && pair.b.speaker.length === 0) continue;
    compared++;
    if (sameSpeaker(pair.a.speaker, pair.b.speaker)) agreeing++;
  }
  return { matched: pairs.length, compared, agreeing };
}

export function addSpeakerCounts(x: SpeakerCounts, y: SpeakerCounts): SpeakerCounts {
  return { matched: x.matched + y.matched, compared: x.compared + y.compared, agreeing: x.agreeing + y.agreeing };
}

/** The share of compared pairs that agree; null when no pair names a speaker. */
export function speakerAgreement(counts: SpeakerCounts): number | null {
  return counts.compared === 0 ? null : counts.agreeing / counts.compared;
}

export function sameSpeaker(a: readonly string[], b: readonly string[]): boolean {
  return a.some((name) => b.includes(name));
}

/** The names a speaker is known by, as compared: trimmed, spaces collapsed, lowercase, NFC. */
export function speakerName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * Pairs each quotation of A with at most one of B: identical spans first, then the remaining
 * overlapping pairs by decreasing overlap (ties: earlier quotations first). Quotations per
 * article are few, so every pair is looked at.
 */
export function pairQuotations<Q extends QuotationUnit>(a: readonly Q[], b: readonly Q[]): QuotationPair<Q>[] {
  const candidates: { i: number; j: number; exact: boolean; shared: number }[] = [];
  a.forEach((qa, i) => b.forEach((qb, j) => {
    const shared = Math.min(qa.end, qb.end) - Math.max(qa.start, qb.start);
    if (shared > 0) candidates.push({ i, j, exact: qa.start === qb.start && qa.end === qb.end, shared });
  }));
  candidates.sort((x, y) => Number(y.exact) - Number(x.exact) || y.shared - x.shared || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: QuotationPair<Q>[] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ a: a[i]!, b: b[j]! });
  }
  return pairs.sort((x, y) => x.a.start - y.a.start || x.a.end - y.a.end);
}
