/** Refreshing anchors after a merge, so the merged sidecar matches the merged article. */
import type { Anchor, Annotations } from '../model';
import { collectAnchors, mapAnchors } from './anchors';
import { anchorKey } from '../equality';
import type { CreateAnchor, ResolveAnchors } from './resolution';

/**
 * Re-anchors the stored spans that `text` (the merged article) matches only approximately —
 * one side annotated the old text near a passage the other side edited — so they are exact
 * again. Exact anchors are left byte for byte (no churn in the diff); orphans are kept as they
 * are, to be listed and repaired, never dropped.
 */
export function reanchorApproximate(
  annotations: Annotations,
  text: string,
  resolve: ResolveAnchors,
  createAnchor: CreateAnchor,
): Annotations {
  const unique = new Map<string, Anchor>();
  for (const anchor of collectAnchors(annotations)) unique.set(anchorKey(anchor), anchor);
  const keys = [...unique.keys()];
  const refreshed = new Map<string, Anchor>();
  resolve(text, [...unique.values()]).forEach((resolution, index) => {
    if (resolution.kind === 'approximate') refreshed.set(keys[index], createAnchor(text, resolution.span));
  });
  if (refreshed.size === 0) return annotations;
  return mapAnchors(annotations, (anchor) => refreshed.get(anchorKey(anchor)) ?? anchor);
}
