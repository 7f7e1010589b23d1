/**
 * Writes a model as a sidecar. With the previous sidecar, only the entries that changed are
 * re-rendered and spliced into its text: comments, key order, blank lines and the user's
 * formatting of every other entry stay byte for byte, and the cost is proportional to the
 * change, not to the file.
 *
 * Order: a new actor or topic goes before the first existing entry whose id sorts after it
 * (so a sorted section stays sorted, and two branches adding the same id put it in the same
 * place); a new quotation, note or rejection goes right after the entry that precedes it in
 * the model (the store keeps them in text order). A changed entry is rewritten in place; a
 * removed entry disappears with the comment lines directly above it.
 */
import type { Annotations } from '../model';
import { FORMAT_VERSION, KEYED_SECTIONS, SECTIONS, VERSION_KEY, type SectionName } from './format';
import { entryKey, sameValue, sectionItems, type SectionItems } from './identity';
import type { EntryLayout, SectionLayout } from './layout';
import { SidecarNotWritableError, isWritable } from './problems';
import { parseSidecar, type ParsedSidecar } from './read';
import { compareKeys, orderedItems, renderEntry, renderSection, renderSidecar } from './render';
import { modelIssues } from './validate';

/** A replacement of `source.slice(start, end)` by `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

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

  const source = parsed.source === '' || parsed.source.endsWith('\n') ? parsed.source : parsed.source + '\n';
  // Offsets at the very end of a source without final newline move past the newline added.
  const at = (offset: number): number => (offset >= parsed.source.length ? source.length : offset);
  const edits: Edit[] = [];
  const { layout } = parsed;
  if (!layout.hasVersion) {
    const start = at(layout.firstKeyStart ?? source.length);
    edits.push({ start, end: start, text: `${VERSION_KEY}: ${FORMAT_VERSION}\n` });
  }
  SECTIONS.forEach((section, index) => {
    const items = sectionItems(annotations, section);
    const existing = layout.sections.get(section);
    if (!existing) {
      if (items.length > 0) {
        const start = at(newSectionPosition(layout.sections, index, source.length));
        edits.push({ start, end: start, text: renderSection(section, items) });
      }
    } else if (items.length === 0) {
      // A section the user left empty stays; one whose last entry goes disappears.
      if (existing.entries.length > 0) edits.push({ start: existing.start, end: at(existing.end), text: '' });
    } else if (existing.rewrite) {
      edits.push({ start: existing.start, end: at(existing.end), text: renderSection(section, items) });
    } else {
      for (const edit of spliceSection(section, items, existing)) edits.push({ ...edit, start: at(edit.start), end: at(edit.end) });
    }
  });
  return applyEdits(source, edits);
}

/** A missing section goes after the sections that precede it in {@link SECTIONS}, or before those that follow. */
function newSectionPosition(sections: ReadonlyMap<SectionName, SectionLayout>, index: number, end: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const before = sections.get(SECTIONS[i]);
    if (before) return before.end;
  }
  for (let i = index + 1; i < SECTIONS.length; i++) {
    const after = sections.get(SECTIONS[i]);
    if (after) return after.start;
  }
  return end;
}

function spliceSection<S extends SectionName>(section: S, items: readonly SectionItems[S][], existing: SectionLayout): Edit[] {
  const indent = existing.entries.length > 0 ? existing.indent : '  ';
  const edits: Edit[] = [];
  // Entries by identity; a list may hold the same anchor twice, matched in file order.
  const byKey = new Map<string, EntryLayout[]>();
  for (const entry of existing.entries) {
    const same = byKey.get(entry.key);
    if (same) same.push(entry);
    else byKey.set(entry.key, [entry]);
  }
  // Match items to entries: first those with the same identity and the same content, then
  // the rest by identity alone (in order), so that a second note on the same passage is an
  // insertion, not a rewrite of the first.
  const matched = new Set<EntryLayout>();
  const keys = items.map((item) => entryKey(section, item));
  const matchOf: (EntryLayout | undefined)[] = items.map((item, i) => {
    const entry = byKey.get(keys[i])?.find((candidate) => !matched.has(candidate) && sameValue(candidate.item, item));
    if (entry) matched.add(entry);
    return entry;
  });
  items.forEach((_item, i) => {
    if (matchOf[i]) return;
    const entry = byKey.get(keys[i])?.find((candidate) => !matched.has(candidate));
    if (entry) matched.add(entry);
    matchOf[i] = entry;
  });
  const added: SectionItems[S][] = [];
  let cursor = existing.entries.length > 0 ? existing.entries[0].leadStart : existing.end;
  const listOrder: Edit[] = [];
  items.forEach((item, i) => {
    const entry = matchOf[i];
    if (!entry) {
      added.push(item);
      listOrder.push({ start: cursor, end: cursor, text: renderEntry(section, item, indent) });
      return;
    }
    cursor = entry.end;
    if (!sameValue(entry.item, item)) edits.push({ start: entry.start, end: entry.end, text: renderEntry(section, item, indent) });
  });
  for (const entry of existing.entries) {
    if (!matched.has(entry)) edits.push({ start: entry.leadStart, end: entry.end, text: '' });
  }
  if (existing.entries.length === 0 || !KEYED_SECTIONS.has(section)) {
    return [...edits, ...listOrder];
  }
  // Keyed sections: a new id goes before the first existing id that sorts after it.
  for (const item of orderedItems(section, added)) {
    const key = entryKey(section, item);
    const next = existing.entries.find((entry) => compareKeys(entry.key, key) > 0);
    const position = next ? next.leadStart : existing.end;
    edits.push({ start: position, end: position, text: renderEntry(section, item, indent) });
  }
  return edits;
}

/** Applies non-overlapping edits; insertions at the same offset keep their order. */
function applyEdits(source: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return source;
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || (a.edit.end - a.edit.start) - (b.edit.end - b.edit.start) || a.order - b.order)
    .map(({ edit }) => edit);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error('internal error: overlapping sidecar edits');
    parts.push(source.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(source.slice(cursor));
  return parts.join('');
}
