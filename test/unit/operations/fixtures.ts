import type { Anchor, Annotations } from '../../../src/core/model';
import { EMPTY_ANNOTATIONS } from '../../../src/core/model';

/** An anchor with short context, as the anchoring module would write it. */
export const anchor = (text: string, before = '', after = ''): Anchor => ({ text, before, after });

/** Freezes deeply, so a test fails if an operation mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const empty: Annotations = deepFreeze(EMPTY_ANNOTATIONS);
