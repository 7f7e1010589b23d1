import type { TextChange } from '../anchoring';

/** Units per chunk: a keystroke copies one chunk, and an edit walks one entry per chunk. */
const CHUNK = 4096;

/**
 * An immutable text kept in chunks, so that one edit costs a chunk plus a step per chunk
 * (1 MB: 256 steps) instead of a new 1 MB string: V8 joins `a.slice() + x + a.slice()` lazily
 * and copies the whole text the first time it is read (measured ~7 ms per keystroke on a 1 MB
 * article). The whole string is joined only when asked for, once per version.
 */
export class ChunkedText {
  private constructor(
    private readonly chunks: readonly string[],
    /** Offset of each chunk's first unit. */
    private readonly starts: Float64Array,
    readonly length: number,
    private flat: string | undefined,
    private readonly chunkSize: number,
  ) {}

  /** `chunkSize`: small in tests, to cross chunks. */
  static of(text: string, chunkSize = CHUNK): ChunkedText {
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += chunkSize) chunks.push(text.slice(at, at + chunkSize));
    return new ChunkedText(chunks, startsOf(chunks), text.length, text, chunkSize);
  }

  /** The whole text (joined on the first call of each version). */
  toString(): string {
    this.flat ??= this.chunks.join('');
    return this.flat;
  }

  /** Units [start, end) (clamped to the text), in time proportional to their number. */
  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    if (this.flat !== undefined) return this.flat.slice(from, to);
    if (from === to) return '';
    let i = this.chunkAt(from);
    let result = '';
    for (let at = from; at < to; i++) {
      const chunkStart = this.starts[i]!;
      const chunk = this.chunks[i]!;
      result += chunk.slice(at - chunkStart, to - chunkStart);
      at = chunkStart + chunk.length;
    }
    return result;
  }

  /** The text after `change` (offsets into this text); this text is left as it is. */
  replace(change: TextChange): ChunkedText {
    const start = Math.max(0, Math.min(change.start, this.length));
    const end = Math.max(start, Math.min(change.end, this.length));
    const length = this.length + change.text.length - (end - start);
    if (this.chunks.length === 0) return ChunkedText.of(change.text, this.chunkSize);
    const first = this.chunkAt(start);
    const last = this.chunkAt(end, first);
    const head = this.chunks[first]!.slice(0, start - this.starts[first]!);
    const tail = this.chunks[last]!.slice(end - this.starts[last]!);
    const joined = head + change.text + tail;
    const pieces: string[] = [];
    const size = this.chunkSize;
    if (joined.length <= 2 * size) {
      if (joined.length > 0) pieces.push(joined);
    } else {
      for (let at = 0; at < joined.length; at += size) pieces.push(joined.slice(at, at + size));
    }
    const chunks = this.chunks.slice(0, first);
    for (const piece of pieces) chunks.push(piece);
    for (let i = last + 1; i < this.chunks.length; i++) chunks.push(this.chunks[i]!);
    return new ChunkedText(chunks, startsOf(chunks), length, undefined, this.chunkSize);
  }

  /** Index of the chunk holding `offset` (the last chunk for the end of the text), from `from` on. */
  private chunkAt(offset: number, from = 0): number {
    let low = from;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

function startsOf(chunks: readonly string[]): Float64Array {
  const starts = new Float64Array(chunks.length);
  let at = 0;
  for (let i = 0; i < chunks.length; i++) {
    starts[i] = at;
    at += chunks[i]!.length;
  }
  return starts;
}
