/**
 * What counts as a word character when names are matched: Unicode letters, digits and
 * combining marks (`[\p{L}\p{N}\p{M}]`). Marks are included so that an NFD accent
 * ("E" + U+0301) does not split "État" into two words. Classification is per code point:
 * an astral letter (two UTF-16 units) is one word character; a lone surrogate is not.
 */

const WORD_CODE_POINT = /^[\p{L}\p{N}\p{M}]$/u;

/** Classes of UTF-16 units in {@link UNIT_CLASSES}. */
export const UNKNOWN = 0;
export const WORD = 1;
export const NOT_WORD = 2;
/** A high surrogate: the class is that of the pair it starts, if any. */
export const HIGH_SURROGATE = 3;

/**
 * Class of every UTF-16 unit, filled lazily (see {@link classifyUnit}): the hot loops read
 * this table and run the regular expression at most once per distinct non-ASCII character.
 */
export const UNIT_CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const isAsciiWord = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  UNIT_CLASSES[c] = isAsciiWord ? WORD : NOT_WORD;
}
UNIT_CLASSES.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
UNIT_CLASSES.fill(NOT_WORD, 0xdc00, 0xe000);

/** Classifies a BMP unit not yet in the table, and remembers it. */
export function classifyUnit(unit: number): number {
  const cls = WORD_CODE_POINT.test(String.fromCharCode(unit)) ? WORD : NOT_WORD;
  UNIT_CLASSES[unit] = cls;
  return cls;
}

const astralClasses = new Map<number, boolean>();

/** Whether a code point is a word character. */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    const cls = UNIT_CLASSES[codePoint];
    return (cls === UNKNOWN ? classifyUnit(codePoint) : cls) === WORD;
  }
  let known = astralClasses.get(codePoint);
  if (known === undefined) {
    known = WORD_CODE_POINT.test(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, known);
  }
  return known;
}

/** Whether a well-formed surrogate pair (one astral code point) starts at `index`. */
export function isSurrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Whether the surrogate pair starting at `index` encodes a word character (false if no pair). */
export function isWordPairAt(text: string, index: number): boolean {
  if (!isSurrogatePairAt(text, index)) return false;
  return isWordCodePoint(text.codePointAt(index) as number);
}

/**
 * Width in UTF-16 units of the word character starting at `index`, or 0 when the code
 * point there is not a word character (or `index` is out of the text).
 */
export function wordCharWidthAt(text: string, index: number): number {
  if (index < 0 || index >= text.length) return 0;
  const unit = text.charCodeAt(index);
  let cls = UNIT_CLASSES[unit];
  if (cls === UNKNOWN) cls = classifyUnit(unit);
  if (cls === WORD) return 1;
  if (cls === HIGH_SURROGATE) return isWordPairAt(text, index) ? 2 : 0;
  return 0;
}

/** Whether the code point starting at `index` is a word character. */
export function isWordAt(text: string, index: number): boolean {
  return wordCharWidthAt(text, index) !== 0;
}

/** Whether the code point that ends just before `index` is a word character. */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0 || index > text.length) return false;
  if (index >= 2 && isSurrogatePairAt(text, index - 2)) return isWordPairAt(text, index - 2);
  return wordCharWidthAt(text, index - 1) === 1;
}
