/**
 * "darunter „Dresden – ein Knoten im Verkehr“, „Mobile Engländer“ und „Der Hafen“": three or more
 * quoted passages joined only by commas and "und", "oder", "sowie" list titles or names; speech is
 * not quoted as a list of capitalised pieces.
 */
import type { QuotedPassage } from './quotePairs';

const LIST_JOINT = /^[\s\u00a0]*(?:,|;)?[\s\u00a0]*(?:(?:und|oder|sowie|and|or|et|ou)[\s\u00a0]+)?$/u;

/** The passages of the list `passage` belongs to (itself included): outermost passages joined by list joints only. */
export function quotedListAround(text: string, passage: QuotedPassage, passages: readonly QuotedPassage[]): QuotedPassage[] {
  const outer = passages.filter((p) => p.depth === 0);
  const at = outer.indexOf(passage);
  if (at < 0) return [passage];
  const joined = (a: QuotedPassage, b: QuotedPassage): boolean => b.start - a.end <= 12 && LIST_JOINT.test(text.slice(a.end, b.start));
  let first = at;
  while (first > 0 && joined(outer[first - 1]!, outer[first]!)) first--;
  let last = at;
  while (last < outer.length - 1 && joined(outer[last]!, outer[last + 1]!)) last++;
  return outer.slice(first, last + 1);
}

/** Three or more capitalised passages, none ending a sentence, joined as a list. */
export function isListOfNames(text: string, passage: QuotedPassage, passages: readonly QuotedPassage[]): boolean {
  const list = quotedListAround(text, passage, passages);
  return list.length >= 3 && list.every((p) => {
    const inner = text.slice(p.inner.start, p.inner.end);
    return /^[\p{Lu}\d]/u.test(inner) && !/[.!?…]$/u.test(inner);
  });
}
