/**
 * An index of every q-gram of a text, built once and shared by all the anchors resolved in it,
 * so that finding where a string occurs costs a few bucket reads instead of a scan of the whole
 * text per anchor (10,000 × indexOf over 1 MB is seconds; 10,000 lookups here are milliseconds).
 *
 * Layout: q-grams are hashed into buckets; `positions` lists every start offset grouped by
 * bucket (ascending inside a bucket), `bucketStarts` delimits the groups (counting sort).
 * A lookup hashes every q-gram of the pattern, reads the smallest bucket and verifies each
 * candidate with `startsWith`, so collisions cost time but never correctness.
 */

/** Length of the indexed grams, in UTF-16 code units. Shorter patterns are searched by scan. */
export const GRAM_LENGTH = 8;

const HASH_BASE = 0x01000193;
const MIX = 0x9e3779b1;

export class QGramIndex {
  private readonly bucketBits: number;
  private readonly bucketStarts: Int32Array;
  private readonly positions: Int32Array;

  constructor(readonly text: string) {
    const gramCount = Math.max(0, text.length - GRAM_LENGTH + 1);
    this.bucketBits = Math.min(22, Math.max(8, Math.ceil(Math.log2(gramCount + 1))));
    const bucketCount = 1 << this.bucketBits;
    const buckets = new Int32Array(gramCount);
    const starts = new Int32Array(bucketCount + 1);
    forEachGramHash(text, 0, text.length, (offset, hash) => {
      const bucket = this.bucketOf(hash);
      buckets[offset] = bucket;
      starts[bucket + 1]++;
    });
    for (let b = 0; b < bucketCount; b++) starts[b + 1] += starts[b];
    const fill = starts.slice(0, bucketCount);
    const positions = new Int32Array(gramCount);
    for (let offset = 0; offset < gramCount; offset++) positions[fill[buckets[offset]]++] = offset;
    this.bucketStarts = starts;
    this.positions = positions;
  }

  /**
   * Every start offset of `pattern` in the text, ascending, at most `limit` of them
   * (the first ones). An empty pattern has no occurrence.
   */
  findAll(pattern: string, limit = Infinity): number[] {
    const found: number[] = [];
    if (pattern.length === 0) return found;
    if (pattern.length < GRAM_LENGTH) {
      for (let i = this.text.indexOf(pattern); i !== -1 && found.length < limit; i = this.text.indexOf(pattern, i + 1)) found.push(i);
      return found;
    }
    let bestOffset = 0;
    let bestBucket = -1;
    let bestSize = Infinity;
    forEachGramHash(pattern, 0, pattern.length, (offset, hash) => {
      const bucket = this.bucketOf(hash);
      const size = this.bucketStarts[bucket + 1] - this.bucketStarts[bucket];
      if (size < bestSize) {
        bestSize = size;
        bestBucket = bucket;
        bestOffset = offset;
      }
    });
    const end = this.bucketStarts[bestBucket + 1];
    for (let k = this.bucketStarts[bestBucket]; k < end && found.length < limit; k++) {
      const start = this.positions[k] - bestOffset;
      if (start >= 0 && this.text.startsWith(pattern, start)) found.push(start);
    }
    return found;
  }

  /** Number of occurrences of `pattern`, counting no further than `limit`. */
  count(pattern: string, limit: number): number {
    return this.findAll(pattern, limit).length;
  }

  private bucketOf(hash: number): number {
    return Math.imul(hash, MIX) >>> (32 - this.bucketBits);
  }
}

/** Calls `visit(offset, hash)` for every q-gram of `s` starting in [from, to - q], by rolling hash. */
function forEachGramHash(s: string, from: number, to: number, visit: (offset: number, hash: number) => void): void {
  if (to - from < GRAM_LENGTH) return;
  let topPower = 1;
  for (let i = 1; i < GRAM_LENGTH; i++) topPower = Math.imul(topPower, HASH_BASE);
  let hash = 0;
  for (let i = from; i < from + GRAM_LENGTH; i++) hash = (Math.imul(hash, HASH_BASE) + s.charCodeAt(i)) | 0;
  visit(from, hash);
  for (let offset = from + 1; offset + GRAM_LENGTH <= to; offset++) {
    hash = (hash - Math.imul(s.charCodeAt(offset - 1), topPower)) | 0;
    hash = (Math.imul(hash, HASH_BASE) + s.charCodeAt(offset + GRAM_LENGTH - 1)) | 0;
    visit(offset, hash);
  }
}
