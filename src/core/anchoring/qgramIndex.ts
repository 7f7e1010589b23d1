/**
 * An index of the text's words, built once and shared by all the anchors resolved in it, so
 * that finding where a string occurs costs a few bucket reads instead of a scan of the whole
 * text (10,000 × indexOf over 1 MB is seconds; 10,000 lookups here are milliseconds).
 *
 * What is indexed: the q-gram (first {@link GRAM_LENGTH} code units) at every word start —
 * about one position in six of running text, so the index is cheap to build. A pattern is
 * looked up by each word start *inside* it (offset ≥ 1, so the character before it is known
 * to be a non-word character both in the pattern and in the text); the rarest q-gram is read
 * and each candidate verified with `startsWith`, so hash collisions cost time, never
 * correctness. A pattern without an inner word start is found by scanning.
 *
 * Layout: counting sort — `positions` lists the word starts grouped by bucket (ascending
 * inside a bucket), `bucketStarts` delimits the groups.
 */

/** Length of the indexed grams, in UTF-16 code units. */
export const GRAM_LENGTH = 8;

const HASH_BASE = 0x01000193;
const MIX = 0x9e3779b1;

/**
 * A cheap, code-unit-level notion of "word character" used only to choose index points: ASCII
 * letters and digits and everything from U+00C0 except × ÷, general punctuation and spaces
 * (U+2000–U+206F: ’ “ ” … and the narrow no-break space) and CJK punctuation. It needs to be
 * consistent, not linguistically exact: the same test runs on the text and on the pattern.
 */
function isWordUnit(c: number): boolean {
  if (c < 0xc0) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f);
}

function gramHash(s: string, at: number): number {
  let hash = 0;
  for (let i = at; i < at + GRAM_LENGTH; i++) hash = (Math.imul(hash, HASH_BASE) + s.charCodeAt(i)) | 0;
  return hash;
}

export class QGramIndex {
  private readonly bucketBits: number;
  private readonly bucketStarts: Int32Array;
  private readonly positions: Int32Array;

  constructor(readonly text: string) {
    const n = text.length;
    const found = new Int32Array(Math.ceil(n / 2) + 1);
    let count = 0;
    let previousIsWord = false;
    for (let p = 0; p + GRAM_LENGTH <= n; p++) {
      const isWord = isWordUnit(text.charCodeAt(p));
      if (isWord && !previousIsWord) found[count++] = p;
      previousIsWord = isWord;
    }
    const starts = found.subarray(0, count);
    this.bucketBits = Math.min(20, Math.max(6, Math.ceil(Math.log2(starts.length + 1))));
    const bucketCount = 1 << this.bucketBits;
    const bucketOfStart = new Int32Array(starts.length);
    const bucketStarts = new Int32Array(bucketCount + 1);
    for (let k = 0; k < starts.length; k++) {
      const bucket = this.bucketOf(gramHash(text, starts[k]));
      bucketOfStart[k] = bucket;
      bucketStarts[bucket + 1]++;
    }
    for (let b = 0; b < bucketCount; b++) bucketStarts[b + 1] += bucketStarts[b];
    const fill = bucketStarts.slice(0, bucketCount);
    const positions = new Int32Array(starts.length);
    for (let k = 0; k < starts.length; k++) positions[fill[bucketOfStart[k]]++] = starts[k];
    this.bucketStarts = bucketStarts;
    this.positions = positions;
  }

  /**
   * Every start offset of `pattern` in the text, ascending, at most `limit` of them
   * (the first ones). An empty pattern has no occurrence.
   */
  findAll(pattern: string, limit = Infinity): number[] {
    const found: number[] = [];
    if (pattern.length === 0) return found;
    let bestOffset = -1;
    let bestBucket = 0;
    let bestSize = Infinity;
    for (let o = 1; o + GRAM_LENGTH <= pattern.length && bestSize > 1; o++) {
      if (!isWordUnit(pattern.charCodeAt(o)) || isWordUnit(pattern.charCodeAt(o - 1))) continue;
      const bucket = this.bucketOf(gramHash(pattern, o));
      const size = this.bucketStarts[bucket + 1] - this.bucketStarts[bucket];
      if (size < bestSize) {
        bestSize = size;
        bestBucket = bucket;
        bestOffset = o;
      }
    }
    if (bestOffset === -1) return scanAll(this.text, pattern, limit);
    const end = this.bucketStarts[bestBucket + 1];
    for (let k = this.bucketStarts[bestBucket]; k < end && found.length < limit; k++) {
      const start = this.positions[k] - bestOffset;
      if (start >= 0 && this.text.startsWith(pattern, start)) found.push(start);
    }
    return found;
  }

  private bucketOf(hash: number): number {
    return Math.imul(hash, MIX) >>> (32 - this.bucketBits);
  }
}

/** Every start of `pattern` in `text` by repeated indexOf, ascending, at most `limit`. */
export function scanAll(text: string, pattern: string, limit = Infinity): number[] {
  const found: number[] = [];
  if (pattern.length === 0) return found;
  for (let i = text.indexOf(pattern); i !== -1 && found.length < limit; i = text.indexOf(pattern, i + 1)) found.push(i);
  return found;
}
