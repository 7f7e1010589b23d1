/**
 * Identity of sidecar entries: actors and topics by id, stored spans by their anchor. Two
 * branches that add the same thing produce the same key, hence the same entry in the same place.
 */
import { anchorKey, canonicalJson } from '../equality';
import type { Actor, Annotations, MergeConflict, Note, Quotation, Rejection, SectionEntries, Topic } from '../model';
import type { SectionName } from './format';

export { anchorKey, sameValue } from '../equality';

/** The model type held by each section of the file: the model's sections, and recorded conflicts. */
export interface SectionItems extends SectionEntries {
  conflicts: MergeConflict;
}

/** The entries of one section of a model (`conflicts` is absent from a model without any). */
export function sectionItems<S extends SectionName>(annotations: Annotations, section: S): readonly SectionItems[S][] {
  return (annotations[section] ?? []) as readonly SectionItems[S][];
}

/** The identity of an entry of a section. */
export function entryKey<S extends SectionName>(section: S, item: SectionItems[S]): string {
  switch (section) {
    case 'actors':
    case 'topics':
      return (item as Actor | Topic).id;
    case 'quotations':
    case 'notes':
      return anchorKey((item as Quotation | Note).anchor);
    case 'rejected':
      return (item as Rejection).kind + ' ' + anchorKey((item as Rejection).anchor);
    case 'conflicts':
      // The whole conflict: a merge may record the same path twice (an old conflict carried
      // over and a new one), and the two are different entries.
      return canonicalJson(item);
  }
  throw new Error(`unknown section ${String(section)}`);
}
