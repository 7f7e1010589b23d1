/**
 * Where a stored anchor is written in its sidecar, from the positions the parser recorded
 * (`ParsedSidecar.anchorSites`): for reporting an orphan at its entry, in the editor's
 * Problems panel as in `marginalia check`.
 */
import { anchorKey } from '../equality';
import type { Anchor } from '../model';
import type { AnchorSite } from '../sidecar';

/** 1-based, as the parser reports positions. */
export interface SidecarPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * A lookup of anchors' positions: the anchor read (same object), else the first written with
 * the same text and context (an anchor the model copied). Undefined when it is not in the file.
 */
export function anchorPositions(sites: readonly AnchorSite[]): (anchor: Anchor) => SidecarPosition | undefined {
  const byObject = new Map<Anchor, SidecarPosition>();
  const byKey = new Map<string, SidecarPosition>();
  for (const site of sites) {
    const position = { line: site.line, column: site.column };
    byObject.set(site.anchor, position);
    const key = anchorKey(site.anchor);
    if (!byKey.has(key)) byKey.set(key, position);
  }
  return (anchor) => byObject.get(anchor) ?? byKey.get(anchorKey(anchor));
}
