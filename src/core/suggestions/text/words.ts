/**
 * Word boundaries shared by the suggesters: a word character is a Unicode letter, mark or
 * digit (so "l'État", "Al-Qaïda" and "Zürich" behave), as in the model's mention rule.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && WORD_CHAR.test(char);
}

/** True when `text.slice(start, end)` neither starts nor ends inside a word. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !isWordChar(text[start - 1]) && !isWordChar(text[end]);
}

export function isUpperInitial(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
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
