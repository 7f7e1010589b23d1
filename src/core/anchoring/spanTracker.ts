import type { Span } from '../model';
import { applyChange, type TextChange } from './liveEdits';

/** Spans per block: small enough to rescan on a keystroke, large enough to skip in bulk. */
const BLOCK_SIZE = 128;

interface Block {
  /** Span ids, by ascending start. */
  readonly ids: Int32Array;
  /** Added to every stored offset of the block: a shift applied to the block in O(1). */
  offset: number;
  /** Smallest stored start and largest stored end of the live spans (before `offset`). */
  minStart: number;
  maxEnd: number;
}

/**
 * Many spans of one document kept in step with live edits, at a cost per edit proportional to
 * the spans it touches plus one step per block of {@link BLOCK_SIZE} spans (20,000 spans: 157
 * steps), instead of rewriting every span on every keystroke.
 *
 * Spans are kept in blocks sorted by start with a lazy shift per block; {@link applyChange}
 * maps starts monotonically, so the order survives every edit and blocks never need re-sorting.
 * Ids are the indices of the spans given to the constructor.
 */
export class SpanTracker {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly alive: Uint8Array;
  private readonly blockOf: Int32Array;
  private readonly blocks: Block[] = [];

  constructor(spans: readonly Span[]) {
    const count = spans.length;
    this.starts = Float64Array.from(spans, (s) => s.start);
    this.ends = Float64Array.from(spans, (s) => s.end);
    this.alive = new Uint8Array(count).fill(1);
    this.blockOf = new Int32Array(count);
    const order = Int32Array.from({ length: count }, (_, i) => i).sort((a, b) => this.starts[a] - this.starts[b] || a - b);
    for (let from = 0; from < count; from += BLOCK_SIZE) {
      const block: Block = { ids: order.slice(from, from + BLOCK_SIZE), offset: 0, minStart: 0, maxEnd: 0 };
      for (const id of block.ids) this.blockOf[id] = this.blocks.length;
      this.measure(block);
      this.blocks.push(block);
    }
  }

  /** Number of spans given to the constructor (removed ones included). */
  get size(): number {
    return this.starts.length;
  }

  /** The span with this id now, or `undefined` once an edit removed all of its text. */
  get(id: number): Span | undefined {
    if (!this.alive[id]) return undefined;
    const offset = this.blocks[this.blockOf[id]].offset;
    return { start: this.starts[id] + offset, end: this.ends[id] + offset };
  }

  /** Every span by id, as {@link get} gives it. */
  toArray(): (Span | undefined)[] {
    return Array.from({ length: this.size }, (_, id) => this.get(id));
  }

  /**
   * Applies one change (same rules as {@link applyChange}) and returns the ids of the spans it
   * removed. For several changes of one event, call it for each in order.
   */
  apply(change: TextChange): number[] {
    const removed: number[] = [];
    const delta = change.text.length - (change.end - change.start);
    for (const block of this.blocks) {
      if (block.ids.length === 0) continue;
      if (block.minStart + block.offset >= change.end) {
        block.offset += delta; // every span of the block is after the change
      } else if (block.maxEnd + block.offset >= change.start) {
        this.rewrite(block, change, removed); // strictly-before blocks (maxEnd < start) stay
      }
    }
    return removed;
  }

  private rewrite(block: Block, change: TextChange, removed: number[]): void {
    for (const id of block.ids) {
      if (!this.alive[id]) continue;
      const next = applyChange({ start: this.starts[id] + block.offset, end: this.ends[id] + block.offset }, change);
      if (next === undefined) {
        this.alive[id] = 0;
        removed.push(id);
      } else {
        this.starts[id] = next.start - block.offset;
        this.ends[id] = next.end - block.offset;
      }
    }
    this.measure(block);
  }

  private measure(block: Block): void {
    block.minStart = Infinity;
    block.maxEnd = -Infinity;
    for (const id of block.ids) {
      if (!this.alive[id]) continue;
      block.minStart = Math.min(block.minStart, this.starts[id]);
      block.maxEnd = Math.max(block.maxEnd, this.ends[id]);
    }
  }
}
