/**
 * Whole words for the suggesters, by the rule of core/matching (wordChars.ts): a word character
 * is a Unicode letter, mark or digit (so "l'État", "Al-Qaïda" and "Zürich" behave), one rule for
 * suggestions and for the mentions they become.
 */
import { isWordAt, isWordBefore } from '../../matching';

export { isWordAt, isWordBefore };

/** True when `text.slice(start, end)` neither starts nor ends inside a word. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !isWordBefore(text, start) && !isWordAt(text, end);
}

/** Every whole-word occurrence of `needle` in `text`, left to right, overlapping allowed. */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (isWholeWord(text, at, at + needle.length)) found.push(at);
  }
  return found;
}
