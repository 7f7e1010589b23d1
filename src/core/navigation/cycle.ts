import type { Span } from '../model';

/** Where a jump lands, and whether it went past the end (or the start) of the article. */
export interface Jump<T extends Span> {
  readonly target: T;
  readonly wrapped: boolean;
}

export type Direction = 'next' | 'previous';

/**
 * The span after (or before) `offset` in `sorted` (sorted by start), wrapping around the
 * article. A span starting at `offset` is the current one, never the target, so repeating the
 * jump moves on. Undefined when there is nothing to go to.
 */
export function step<T extends Span>(sorted: readonly T[], offset: number, direction: Direction): Jump<T> | undefined {
  if (sorted.length === 0) return undefined;
  if (direction === 'next') {
    const target = sorted.find((s) => s.start > offset);
    return target ? { target, wrapped: false } : { target: sorted[0]!, wrapped: true };
  }
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (sorted[i]!.start < offset) return { target: sorted[i]!, wrapped: false };
  }
  return { target: sorted[sorted.length - 1]!, wrapped: true };
}
