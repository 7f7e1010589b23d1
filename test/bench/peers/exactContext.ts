/**
 * Peer (b): the plain approach — search `before + text + after` with indexOf over the whole
 * text, once per anchor. Exact or nothing.
 */
import type { Anchor, Span } from '../../../src/core/model';

export function findWithContext(text: string, anchor: Anchor): Span | undefined {
  const at = text.indexOf(anchor.before + anchor.text + anchor.after);
  if (at === -1) return undefined;
  const start = at + anchor.before.length;
  return { start, end: start + anchor.text.length };
}
