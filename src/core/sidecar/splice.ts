/**
 * Writes a model into the text of the file it was read from, entry by entry: only the entries
 * that changed are re-rendered and spliced in; comments, key order, blank lines and the user's
 * formatting of every other entry stay byte for byte. Shared by every Marginalia YAML file
 * (sidecars, the workspace's shared actors); each says how its entries are named and rendered.
 *
 * Order: a new entry of a keyed section goes before the first existing entry whose id sorts
 * after it (so a sorted section stays sorted, and two branches adding the same id put it in the
 * same place); a new list entry goes right after the entry that precedes it in the model. A
 * changed entry is rewritten in place; a removed entry disappears with the comment lines
 * directly above it.
 */
import { sameValue } from '../equality';
import { FORMAT_VERSION, VERSION_KEY } from './format';
import type { EntryLayout, SectionLayout } from './layout';

/** How the entries of one section are told apart and written. */
export interface EntryCodec<T> {
  /** A map keyed by id (entries sorted by id), or else a list in model order. */
  readonly keyed: boolean;
  readonly key: (item: T) => string;
  /** One entry as YAML lines at the given indentation, ending with a newline. */
  readonly render: (item: T, indent: string) => string;
}

/** One section to write: its name (the top-level key), its entries and their codec. */
export interface SectionContent<N extends string> {
  readonly name: N;
  readonly items: readonly unknown[];
  readonly codec: EntryCodec<unknown>;
}

/** Where the sections of a file are, as its reader recorded them. */
export interface FileLayout<N extends string> {
  /** False when the top level is not a block map; the writer then re-renders the file. */
  readonly splicable: boolean;
  readonly hasVersion: boolean;
  /** Start of the line of the first top-level key, if any. */
  readonly firstKeyStart?: number;
  readonly sections: ReadonlyMap<N, SectionLayout<N>>;
}

/** A replacement of `source.slice(start, end)` by `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Entries of a section in file order: keyed sections sorted by id, lists in model order. */
export function orderedEntries<T>(codec: EntryCodec<T>, items: readonly T[]): readonly T[] {
  if (!codec.keyed) return items;
  return [...items].sort((a, b) => compareKeys(codec.key(a), codec.key(b)));
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A whole section (`name:` and its entries), or '' when it has no entries. */
export function renderWholeSection<N extends string>({ name, items, codec }: SectionContent<N>): string {
  if (items.length === 0) return '';
  return name + ':\n' + orderedEntries(codec, items).map((item) => codec.render(item, '  ')).join('');
}

/** A complete new file: the version, then each section with entries, in the order given. */
export function renderFile<N extends string>(sections: readonly SectionContent<N>[]): string {
  let text = `${VERSION_KEY}: ${FORMAT_VERSION}\n`;
  for (const section of sections) text += renderWholeSection(section);
  return text;
}

/**
 * `source` with `sections` (in their file order) written in: the version key added if missing,
 * a missing section inserted after those that precede it, an emptied one removed (one the user
 * left empty stays), the others spliced entry by entry.
 */
export function spliceFile<N extends string>(originalSource: string, layout: FileLayout<N>, sections: readonly SectionContent<N>[]): string {
  const source = originalSource === '' || originalSource.endsWith('\n') ? originalSource : originalSource + '\n';
  // Offsets at the very end of a source without final newline move past the newline added.
  const at = (offset: number): number => (offset >= originalSource.length ? source.length : offset);
  const edits: Edit[] = [];
  if (!layout.hasVersion) {
    const start = at(layout.firstKeyStart ?? source.length);
    edits.push({ start, end: start, text: `${VERSION_KEY}: ${FORMAT_VERSION}\n` });
  }
  sections.forEach((section, index) => {
    const existing = layout.sections.get(section.name);
    if (!existing) {
      if (section.items.length > 0) {
        const start = at(newSectionPosition(layout.sections, sections.map((s) => s.name), index, source.length));
        edits.push({ start, end: start, text: renderWholeSection(section) });
      }
    } else if (section.items.length === 0) {
      // A section the user left empty stays; one whose last entry goes disappears.
      if (existing.entries.length > 0) edits.push({ start: existing.start, end: at(existing.end), text: '' });
    } else if (existing.rewrite) {
      edits.push({ start: existing.start, end: at(existing.end), text: renderWholeSection(section) });
    } else {
      for (const edit of spliceSection(section.codec, section.items, existing)) edits.push({ ...edit, start: at(edit.start), end: at(edit.end) });
    }
  });
  return applyEdits(source, edits);
}

/** A missing section goes after the sections that precede it in `order`, or before those that follow. */
function newSectionPosition<N extends string>(sections: ReadonlyMap<N, SectionLayout<N>>, order: readonly N[], index: number, end: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const before = sections.get(order[i]);
    if (before) return before.end;
  }
  for (let i = index + 1; i < order.length; i++) {
    const after = sections.get(order[i]);
    if (after) return after.start;
  }
  return end;
}

function spliceSection<T>(codec: EntryCodec<T>, items: readonly T[], existing: SectionLayout<string>): Edit[] {
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
  const keys = items.map((item) => codec.key(item));
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
  const added: T[] = [];
  let cursor = existing.entries.length > 0 ? existing.entries[0].leadStart : existing.end;
  const listOrder: Edit[] = [];
  items.forEach((item, i) => {
    const entry = matchOf[i];
    if (!entry) {
      added.push(item);
      listOrder.push({ start: cursor, end: cursor, text: codec.render(item, indent) });
      return;
    }
    cursor = entry.end;
    if (!sameValue(entry.item, item)) edits.push({ start: entry.start, end: entry.end, text: codec.render(item, indent) });
  });
  for (const entry of existing.entries) {
    if (!matched.has(entry)) edits.push({ start: entry.leadStart, end: entry.end, text: '' });
  }
  if (existing.entries.length === 0 || !codec.keyed) {
    return [...edits, ...listOrder];
  }
  // Keyed sections: a new id goes before the first existing id that sorts after it.
  for (const item of orderedEntries(codec, added)) {
    const key = codec.key(item);
    const next = existing.entries.find((entry) => compareKeys(entry.key, key) > 0);
    const position = next ? next.leadStart : existing.end;
    edits.push({ start: position, end: position, text: codec.render(item, indent) });
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
