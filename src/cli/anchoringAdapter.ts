/**
 * The anchoring functions the CLI commands of this folder (merge-driver, stats) use.
 * INTERIM: a small exact-or-nearest resolver so the git side works end to end before
 * `src/core/anchoring` lands; the lead points these two exports at `resolveAnchors` and
 * `createAnchor` of that module and deletes the rest.
 */
import type { Anchor, Span } from '../core/model';
import type { AnchorResolution, CreateAnchor, ResolveAnchors } from '../core/merge/resolution';

/** Characters of context the interim anchors keep on each side. */
const CONTEXT = 24;

export const resolveAnchors: ResolveAnchors = (text, anchors) => anchors.map((anchor) => resolveOne(text, anchor));

export const createAnchor: CreateAnchor = (text: string, span: Span): Anchor => ({
  text: text.slice(span.start, span.end),
  before: text.slice(Math.max(0, span.start - CONTEXT), span.start),
  after: text.slice(span.end, span.end + CONTEXT),
});

/**
 * Exact: the text with both contexts around it. Approximate: an occurrence of the text whose
 * contexts share the most characters with the stored ones (at least a few). Orphan: no
 * occurrence of the text.
 */
function resolveOne(text: string, anchor: Anchor): AnchorResolution {
  if (anchor.text.length === 0) return { kind: 'orphan', reason: 'empty anchor' };
  const whole = anchor.before + anchor.text + anchor.after;
  const at = text.indexOf(whole);
  if (at !== -1) {
    const start = at + anchor.before.length;
    return { kind: 'exact', span: { start, end: start + anchor.text.length } };
  }
  let best: { start: number; shared: number } | undefined;
  for (let start = text.indexOf(anchor.text); start !== -1; start = text.indexOf(anchor.text, start + 1)) {
    const shared = sharedSuffix(text.slice(0, start), anchor.before) + sharedPrefix(text.slice(start + anchor.text.length), anchor.after);
    if (best === undefined || shared > best.shared) best = { start, shared };
  }
  if (best === undefined) return { kind: 'orphan', reason: 'text not found' };
  const contextLength = anchor.before.length + anchor.after.length;
  if (contextLength > 0 && best.shared === 0) return { kind: 'orphan', reason: 'context not found' };
  const score = contextLength === 0 ? 1 : best.shared / contextLength;
  return { kind: 'approximate', span: { start: best.start, end: best.start + anchor.text.length }, score };
}

function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
