/**
 * Identity of stored spans by where they are found in the merged article text: the rule that
 * lets a sidecar whose anchors were refreshed after a text edit merge with one that annotated
 * the old text.
 */
import type { Anchor } from '../model';
import { anchorKey } from '../equality';
import type { ResolveAnchors } from './resolution';
import type { AnchorIdentity } from './sections';

/**
 * Resolves `anchors` (all anchors of base, ours and theirs) against `text`, the merged article,
 * and returns the identity "resolved span" (`start-end`) for each anchor found exactly or
 * approximately. Orphans have no identity (their anchor is their identity then). Resolving
 * every side against the same text is what makes an old anchor and its refreshed form meet:
 * both land on the same span.
 */
export function spanIdentity(text: string, anchors: readonly Anchor[], resolve: ResolveAnchors): AnchorIdentity {
  const unique = new Map<string, Anchor>();
  for (const anchor of anchors) unique.set(anchorKey(anchor), anchor);
  const keys = [...unique.keys()];
  const resolutions = resolve(text, [...unique.values()]);
  const spans = new Map<string, string>();
  resolutions.forEach((resolution, index) => {
    if (resolution.kind !== 'orphan') spans.set(keys[index], `${resolution.span.start}-${resolution.span.end}`);
  });
  return (anchor) => spans.get(anchorKey(anchor));
}
