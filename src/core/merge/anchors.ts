/** Every stored span of some annotations: to resolve them all at once, or to rewrite them. */
import { collectAnchors as collectStoredAnchors } from '../article/anchors';
import type { Actor, Anchor, Annotations, Quotation } from '../model';

/**
 * All anchors of the annotations (mentions, quotations and cues, passages, notes, rejections),
 * then those of entries that recorded conflicts point at.
 */
export function collectAnchors(annotations: Annotations): Anchor[] {
  const recorded = (annotations.conflicts ?? []).flatMap((c) => (typeof c.entry === 'string' ? [] : [c.entry]));
  return [...collectStoredAnchors(annotations).map((stored) => stored.anchor), ...recorded];
}

/**
 * The annotations with every anchor passed through `replace` (entries, and the entries
 * conflicts point at). Values recorded inside conflicts are left as they were recorded.
 */
export function mapAnchors(annotations: Annotations, replace: (anchor: Anchor) => Anchor): Annotations {
  const actor = (a: Actor): Actor => ({ ...a, added: a.added.map(replace), excluded: a.excluded.map(replace) });
  const quotation = (q: Quotation): Quotation => ({
    ...q,
    anchor: replace(q.anchor),
    ...(q.cue !== undefined ? { cue: replace(q.cue) } : {}),
  });
  const mapped: Annotations = {
    actors: annotations.actors.map(actor),
    quotations: annotations.quotations.map(quotation),
    topics: annotations.topics.map((t) => ({ ...t, passages: t.passages.map(replace) })),
    notes: annotations.notes.map((n) => ({ ...n, anchor: replace(n.anchor) })),
    rejected: annotations.rejected.map((r) => ({ ...r, anchor: replace(r.anchor) })),
  };
  if (annotations.conflicts === undefined) return mapped;
  return {
    ...mapped,
    conflicts: annotations.conflicts.map((c) => (typeof c.entry === 'string' ? c : { ...c, entry: replace(c.entry) })),
  };
}
