/** Three-way merge of the annotations of one article (what `marginalia merge-driver` runs). */
import type { Annotations, MergeConflict } from '../model';
import { canonicalJson } from '../equality';
import { keepReferenced } from './keepReferenced';
import { mergeEntries } from './mergeEntries';
import { mergeSet } from './mergeSet';
import { sectionSpecs, type AnchorIdentity } from './sections';

export interface MergeOptions {
  /**
   * The identity of stored spans (see {@link AnchorIdentity}): pass one built from the merged
   * article text (`spanIdentity`) so that an entry whose anchor one side refreshed after
   * editing the text is still the same entry. Without it, anchors are identities.
   */
  readonly identify?: AnchorIdentity;
}

export interface MergeResult {
  /** The merged annotations; `merged.conflicts` also holds the conflicts carried over unresolved. */
  readonly merged: Annotations;
  /** The true conflicts this merge found (empty: a clean merge). */
  readonly conflicts: readonly MergeConflict[];
}

/**
 * Merges "ours" and "theirs", two descendants of "base", entry by entry: actors and topics by
 * id, quotations, notes and rejections by their passage. Both sides' additions are kept,
 * deletions on one side are honoured, changes to different fields combine, and the same field
 * changed to different values on both sides keeps "ours" and is reported as a conflict.
 * Deterministic: the same inputs give the same output, in "ours" order then "theirs" additions.
 */
export function mergeAnnotations(
  base: Annotations,
  ours: Annotations,
  theirs: Annotations,
  options: MergeOptions = {},
): MergeResult {
  const specs = sectionSpecs(options.identify);
  const conflicts: MergeConflict[] = [];
  const actors = mergeEntries(specs.actors, base.actors, ours.actors, theirs.actors, conflicts);
  const quotations = mergeEntries(specs.quotations, base.quotations, ours.quotations, theirs.quotations, conflicts);
  const topics = mergeEntries(specs.topics, base.topics, ours.topics, theirs.topics, conflicts);
  const notes = mergeEntries(specs.notes, base.notes, ours.notes, theirs.notes, conflicts);
  const rejected = mergeEntries(specs.rejected, base.rejected, ours.rejected, theirs.rejected, conflicts);
  const entries = keepReferenced({ actors, quotations, topics, notes, rejected }, base, ours, theirs, conflicts);
  // Conflicts an earlier merge recorded stay until the user resolves them on some side.
  const conflictKey = (conflict: MergeConflict): string => canonicalJson(conflict);
  const carried = mergeSet(base.conflicts ?? [], ours.conflicts ?? [], theirs.conflicts ?? [], conflictKey);
  const allConflicts = mergeSet([], carried, conflicts, conflictKey);
  const merged: Annotations = {
    ...entries,
    ...(allConflicts.length > 0 ? { conflicts: allConflicts } : {}),
  };
  return { merged, conflicts };
}
