/**
 * A compiled set of names to find in a text (see {@link findNames}).
 *
 * Layout, chosen for the scan's speed: names that begin with a word character are grouped
 * by a hash of their first word (the run of word characters they start with). The scan only
 * stops at word starts in the text, hashes the word found there (after two cheap filters on
 * its first unit and its length), and tries the few names of that group, longest first.
 * Names that begin with another character ("(VSSE)", "«Le Monde»") are grouped by their
 * first UTF-16 unit and tried at non-word positions.
 */
import { wordCharWidthAt } from './word-chars';

/** A name and the actor it designates. */
export interface NameEntry {
  readonly name: string;
  readonly actorId: string;
}

/** A name borne by several actors: the occurrences go to `chosen`, the first id in code-unit order. */
export interface NameAmbiguity {
  readonly name: string;
  /** Every actor bearing the name, sorted. */
  readonly actorIds: readonly string[];
  readonly chosen: string;
}

/** Names that can start at one place, longest first. */
export interface CandidateGroup {
  readonly names: readonly string[];
  readonly actorIds: readonly string[];
  /** Length of each name's first word (0 for names that start with a non-word character). */
  readonly firstWordLengths: Int32Array;
  /** The unit that follows each name's first word, -1 when the name is that word alone. */
  readonly nextUnits: Int32Array;
}

/** Sorted by length, longest first: the first that fits at a position is the longest. */
function groupOf(names: Map<string, string>): CandidateGroup {
  const sorted = [...names.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const firstWordLengths = new Int32Array(sorted.map(firstWordLength));
  const nextUnits = new Int32Array(sorted.map((name, k) => (firstWordLengths[k] === name.length ? -1 : name.charCodeAt(firstWordLengths[k]))));
  return { names: sorted, actorIds: sorted.map((n) => names.get(n) as string), firstWordLengths, nextUnits };
}

/** Length in UTF-16 units of the run of word characters a name starts with. */
function firstWordLength(name: string): number {
  let end = 0;
  for (let width = wordCharWidthAt(name, 0); width > 0; width = wordCharWidthAt(name, end)) end += width;
  return end;
}


export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 units; the scan computes the same on the text as it reads words. */
export function hashUnits(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

export class NameIndex {
  /** Number of distinct names. */
  readonly size: number;
  /** Longest name, in UTF-16 units: how far back a range scan must look. */
  readonly maxNameLength: number;
  /** Names borne by more than one actor, sorted by name. */
  readonly ambiguities: readonly NameAmbiguity[];

  /** Open-addressing table: first-word hash → group number + 1 (0 = empty slot). */
  readonly slotHashes: Int32Array;
  readonly slotGroups: Int32Array;
  readonly slotMask: number;
  readonly wordGroups: readonly CandidateGroup[];
  /** Names starting with a non-word character, by their first unit. */
  readonly otherGroups: ReadonlyMap<number, CandidateGroup>;

  constructor(entries: readonly NameEntry[]) {
    const actorsByName = new Map<string, string[]>();
    for (const { name, actorId } of entries) {
      if (name.length === 0) continue;
      const ids = actorsByName.get(name);
      if (ids === undefined) actorsByName.set(name, [actorId]);
      else if (!ids.includes(actorId)) ids.push(actorId);
    }

    const ambiguities: NameAmbiguity[] = [];
    const byFirstWord = new Map<number, Map<string, string>>();
    const byFirstUnit = new Map<number, Map<string, string>>();
    let maxNameLength = 0;
    for (const [name, ids] of actorsByName) {
      ids.sort();
      const chosen = ids[0];
      if (ids.length > 1) ambiguities.push({ name, actorIds: ids, chosen });
      maxNameLength = Math.max(maxNameLength, name.length);
      const wordEnd = firstWordLength(name);
      if (wordEnd === 0) {
        addTo(byFirstUnit, name.charCodeAt(0), name, chosen);
      } else {
        addTo(byFirstWord, hashUnits(name, 0, wordEnd), name, chosen);
      }
    }
    ambiguities.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.ambiguities = ambiguities;
    this.size = actorsByName.size;
    this.maxNameLength = maxNameLength;

    let capacity = 16;
    while (capacity < byFirstWord.size * 2) capacity *= 2;
    this.slotHashes = new Int32Array(capacity);
    this.slotGroups = new Int32Array(capacity);
    this.slotMask = capacity - 1;
    const groups: CandidateGroup[] = [];
    for (const [hash, names] of byFirstWord) {
      let slot = hash & this.slotMask;
      while (this.slotGroups[slot] !== 0) slot = (slot + 1) & this.slotMask;
      groups.push(groupOf(names));
      this.slotHashes[slot] = hash;
      this.slotGroups[slot] = groups.length;
    }
    this.wordGroups = groups;
    const others = new Map<number, CandidateGroup>();
    for (const [unit, names] of byFirstUnit) others.set(unit, groupOf(names));
    this.otherGroups = others;
  }

  /** The candidates whose first word hashes to `hash`, if any. */
  groupForHash(hash: number): CandidateGroup | undefined {
    let slot = hash & this.slotMask;
    for (let group = this.slotGroups[slot]; group !== 0; group = this.slotGroups[slot]) {
      if (this.slotHashes[slot] === hash) return this.wordGroups[group - 1];
      slot = (slot + 1) & this.slotMask;
    }
    return undefined;
  }
}

function addTo(groups: Map<number, Map<string, string>>, key: number, name: string, actorId: string): void {
  let names = groups.get(key);
  if (names === undefined) groups.set(key, (names = new Map()));
  names.set(name, actorId);
}

/**
 * Compiles names for {@link findNames}. Empty names are ignored. A name given for several
 * actors is matched once and its occurrences go to the first actor id in code-unit order;
 * the others are listed in `ambiguities` so the caller can report them.
 */
export function buildNameIndex(entries: readonly NameEntry[]): NameIndex {
  return new NameIndex(entries);
}
