/**
 * The first words of a passage, for labels (hover cards, symbols): at most `maxWords` words
 * and `maxLength` characters, white space collapsed, an ellipsis when cut.
 */
export function firstWords(text: string, maxWords = 8, maxLength = 60): string {
  const words = text.trim().split(/\s+/u).filter((w) => w.length > 0);
  let result = '';
  let cut = false;
  for (const [i, word] of words.entries()) {
    if (i >= maxWords || (result.length > 0 && result.length + 1 + word.length > maxLength)) {
      cut = true;
      break;
    }
    result = result ? `${result} ${word}` : word;
  }
  if (result.length > maxLength) {
    result = result.slice(0, maxLength);
    cut = true;
  }
  return cut ? `${result}…` : result;
}
