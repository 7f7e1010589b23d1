import type { TextChange } from '../anchoring';
import type { Span } from '../model';

/** Items per block: few enough to rewrite on a keystroke, enough to step over in bulk. */
const BLOCK = 128;

/** Moves an item by `delta` units (a new item; the given one is shared between versions). */
export type Move<T> = (item: T, delta: number) => T;

interface Block<T extends Span> {
  /** Sorted by start, in the block's own coordinates (add the block's offset). */
  readonly items: readonly T[];
  readonly maxEnd: number;
}

/**
 * Spans sorted by start, kept in blocks that each carry a lazy shift: an edit moves every block
 * after it by changing one number and rewrites only the blocks it reaches, so it costs one step
 * per block plus the items of those blocks (20,000 spans: 157 steps), not one per span.
 * Immutable: an edit returns a new version sharing the untouched blocks with this one.
 * Blocks are in start order too (every start of a block ≤ every start of the next).
 */
export class SpanBlocks<T extends Span> {
  private constructor(
    private readonly blocks: readonly Block<T>[],
    private readonly offsets: Float64Array,
    private readonly move: Move<T>,
    private readonly blockSize: number,
  ) {}

  /** `sorted`: by start (ties in the order the caller wants kept); `blockSize`: small in tests, to cross blocks. */
  static of<T extends Span>(sorted: readonly T[], move: Move<T>, blockSize = BLOCK): SpanBlocks<T> {
    const blocks = chunk(sorted, blockSize);
    return new SpanBlocks(blocks, new Float64Array(blocks.length), move, blockSize);
  }

  get size(): number {
    let size = 0;
    for (const block of this.blocks) size += block.items.length;
    return size;
  }

  /** Every item, in order. */
  toArray(): T[] {
    const result: T[] = [];
    this.blocks.forEach((block, b) => {
      const offset = this.offsets[b]!;
      for (const item of block.items) result.push(offset === 0 ? item : this.move(item, offset));
    });
    return result;
  }

  /**
   * The items overlapping [lo, hi), in order: `end > lo && start < hi`; with `touching`, also
   * those that only touch it (`end >= lo && start <= hi`).
   */
  overlapping(lo: number, hi: number, touching = false): T[] {
    const result: T[] = [];
    for (let b = 0; b < this.blocks.length; b++) {
      const block = this.blocks[b]!;
      const offset = this.offsets[b]!;
      const first = block.items[0]!.start + offset;
      if (touching ? first > hi : first >= hi) break;
      if (touching ? block.maxEnd + offset < lo : block.maxEnd + offset <= lo) continue;
      for (const stored of block.items) {
        const start = stored.start + offset;
        if (touching ? start > hi : start >= hi) break;
        const end = stored.end + offset;
        if (touching ? end >= lo : end > lo) result.push(offset === 0 ? stored : this.move(stored, offset));
      }
    }
    return result;
  }

  /** The last item (in order) that starts before `position`, if any. */
  lastStartingBefore(position: number): T | undefined {
    let b = this.blocks.length - 1;
    while (b >= 0 && this.blocks[b]!.items[0]!.start + this.offsets[b]! >= position) b--;
    if (b < 0) return undefined;
    const items = this.blocks[b]!.items;
    const offset = this.offsets[b]!;
    let i = items.length - 1;
    while (items[i]!.start + offset >= position) i--;
    return offset === 0 ? items[i] : this.move(items[i]!, offset);
  }

  /**
   * Items that start in [from, to) replaced by `replacement` (sorted, in the new coordinates,
   * starting at or after `from` and before `to + delta`); items that start at or after `to`
   * move by `delta`; those before `from` stay.
   */
  splice(from: number, to: number, delta: number, replacement: readonly T[]): SpanBlocks<T> {
    const count = this.blocks.length;
    let i = 0;
    while (i < count && this.lastStart(i) < from) i++;
    let j = i;
    while (j < count && this.firstStart(j) < to) j++;
    if (i === j) {
      if (replacement.length === 0) return this.rebuilt(i, i, [], delta);
      // Fold the new items into a neighbouring block rather than add a small one each time.
      if (j < count) j++;
      else if (i > 0) i--;
    }
    const items: T[] = [];
    const after: T[] = [];
    for (let b = i; b < j; b++) {
      const offset = this.offsets[b]!;
      for (const stored of this.blocks[b]!.items) {
        const start = stored.start + offset;
        if (start < from) items.push(offset === 0 ? stored : this.move(stored, offset));
        else if (start >= to) after.push(this.move(stored, offset + delta));
      }
    }
    for (const item of replacement) items.push(item);
    for (const item of after) items.push(item);
    return this.rebuilt(i, j, items, delta);
  }

  /**
   * Every item taken through `change`: items that start after it move as a block; the items of
   * blocks that reach it go through `map` (absolute coordinates; `undefined` drops the item),
   * which must keep starts in order, as {@link applyChange} does.
   */
  edit(change: TextChange, map: (item: T) => T | undefined): SpanBlocks<T> {
    const delta = change.text.length - (change.end - change.start);
    const blocks: Block<T>[] = [];
    const offsets: number[] = [];
    let changed = false;
    for (let b = 0; b < this.blocks.length; b++) {
      const block = this.blocks[b]!;
      const offset = this.offsets[b]!;
      if (block.items[0]!.start + offset >= change.end) {
        blocks.push(block);
        offsets.push(offset + delta);
        if (delta !== 0) changed = true;
      } else if (block.maxEnd + offset >= change.start) {
        const items: T[] = [];
        for (const stored of block.items) {
          const mapped = map(offset === 0 ? stored : this.move(stored, offset));
          if (mapped !== undefined) items.push(mapped);
        }
        if (items.length > 0) {
          blocks.push(blockOf(items));
          offsets.push(0);
        }
        changed = true;
      } else {
        blocks.push(block);
        offsets.push(offset);
      }
    }
    return changed ? new SpanBlocks(blocks, Float64Array.from(offsets), this.move, this.blockSize) : this;
  }

  private firstStart(b: number): number {
    return this.blocks[b]!.items[0]!.start + this.offsets[b]!;
  }

  private lastStart(b: number): number {
    const items = this.blocks[b]!.items;
    return items[items.length - 1]!.start + this.offsets[b]!;
  }

  /** Blocks [i, j) replaced by `items` (absolute), blocks from j moved by `delta`. */
  private rebuilt(i: number, j: number, items: readonly T[], delta: number): SpanBlocks<T> {
    const middle = chunk(items, this.blockSize);
    const count = i + middle.length + this.blocks.length - j;
    const offsets = new Float64Array(count);
    offsets.set(this.offsets.subarray(0, i));
    for (let b = j; b < this.blocks.length; b++) offsets[i + middle.length + b - j] = this.offsets[b]! + delta;
    const blocks = this.blocks.slice(0, i);
    for (const block of middle) blocks.push(block);
    for (let b = j; b < this.blocks.length; b++) blocks.push(this.blocks[b]!);
    return new SpanBlocks(blocks, offsets, this.move, this.blockSize);
  }
}

/** Items in blocks of at most `size`, evenly filled. */
function chunk<T extends Span>(items: readonly T[], size: number): Block<T>[] {
  const count = Math.ceil(items.length / size);
  const blocks: Block<T>[] = [];
  for (let b = 0; b < count; b++) blocks.push(blockOf(items.slice(Math.floor((b * items.length) / count), Math.floor(((b + 1) * items.length) / count))));
  return blocks;
}

function blockOf<T extends Span>(items: readonly T[]): Block<T> {
  let maxEnd = -Infinity;
  for (const item of items) if (item.end > maxEnd) maxEnd = item.end;
  return { items, maxEnd };
}
