/**
 * Writes a model as a sidecar. With the previous sidecar, only the entries that changed are
 * re-rendered and spliced into its text: comments, key order, blank lines and the user's
 * formatting of every other entry stay byte for byte, and the cost is proportional to the
 * change, not to the file.
 *
 * Order (see splice.ts): a new actor or topic goes before the first existing entry whose id
 * sorts after it; a new quotation, note or rejection goes right after the entry that precedes
 * it in the model (the store keeps them in text order).
 */
import type { Annotations } from '../model';
import { SidecarNotWritableError, isWritable } from './problems';
import { parseSidecar, type ParsedSidecar } from './read';
import { renderSidecar, sidecarSections } from './render';
import { spliceFile } from './splice';
import { modelIssues } from './validate';

/**
 * The sidecar text for `annotations`: LF line endings, a final newline, the same bytes for
 * the same input. `previous` (its text, or better its parse, which spares re-parsing) keeps
 * everything the model did not change.
 * @throws SidecarNotWritableError when `previous` has errors (see `isWritable`): its data
 *   could not all be read, so overwriting it could lose some.
 * @throws Error when the model breaks an invariant (duplicate ids, unknown references, empty
 *   anchors): the file written would not read back.
 */
export function writeSidecar(annotations: Annotations, previous?: ParsedSidecar | string): string {
  const issues = modelIssues(annotations);
  if (issues.length > 0) throw new Error(`cannot write these annotations: ${issues.join('; ')}`);
  if (previous === undefined) return renderSidecar(annotations);
  const parsed = typeof previous === 'string' ? parseSidecar(previous) : previous;
  if (!isWritable(parsed.problems)) throw new SidecarNotWritableError(parsed.problems);
  if (!parsed.layout.splicable) return renderSidecar(annotations);
  return spliceFile(parsed.source, parsed.layout, sidecarSections(annotations));
}
