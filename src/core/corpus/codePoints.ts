/**
 * Offsets in Unicode code points beside Marginalia's UTF-16 offsets. Exports give both: the
 * W3C TextPositionSelector counts code points ("character numbers", not code units), and so do
 * Python, spreadsheets and most NLP tools, while JavaScript and brat count UTF-16 units.
 */

/** Converts offsets of one text from UTF-16 code units to code points and back. */
export interface CodePointIndex {
  /** The code point offset of a UTF-16 offset (a lone surrogate counts as one code point). */
  readonly toCodePoint: (utf16: number) => number;
  /** The UTF-16 offset of a code point offset. */
  readonly toUtf16: (codePoint: number) => number;
}

const IDENTITY: CodePointIndex = { toCodePoint: (offset) => offset, toUtf16: (offset) => offset };

/**
 * An index of `text`'s surrogate pairs. Texts without any (almost every article) convert at no
 * cost; the others by a binary search over the pairs, so converting every span of an article
 * stays linear in the text plus logarithmic per span.
 */
export function codePointIndex(text: string): CodePointIndex {
  // no u flag: the class must see the two code units of a pair, not the code point
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return IDENTITY;
  // UTF-16 index of the low surrogate of each pair, ascending.
  const lows: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        lows.push(i + 1);
        i++;
      }
    }
  }
  return {
    // every pair whose low surrogate lies before the offset counted one unit too many
    toCodePoint: (utf16) => utf16 - countBelow(lows, utf16),
    toUtf16: (codePoint) => {
      // the smallest u with u - pairsBefore(u) === codePoint: step over the pairs in order
      let low = 0;
      let high = lows.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        // code point offset of the low surrogate's pair start, i.e. of UTF-16 index lows[mid] - 1
        if (lows[mid]! - 1 - mid < codePoint) low = mid + 1;
        else high = mid;
      }
      return codePoint + low;
    },
  };
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
