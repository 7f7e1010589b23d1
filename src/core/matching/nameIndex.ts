/**
 * A compiled set of names to find in a text (see {@link findNames}).
 *
 * Layout, chosen for the scan's speed: names that begin with a word character are grouped
 * by a hash of their first word (the run of word characters they start with). The scan
 * hashes each word of the text as it reads it and, at word starts only, probes an
 * open-addressing table for that hash; the few names of the group are then tried longest
 * first, comparing a few units before the whole name. Everything the probe and the
 * candidate tests read lives in two flat Int32Arrays, so a lookup touches few cache lines.
 * Names that begin with another character ("(VSSE)", "«Le Monde»") are grouped by their
 * first UTF-16 unit and tried at non-word positions.
 */
import { wordCharWidthAt } from './wordChars';

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

/**
 * Word hash, step by step: rotate left by 5 and xor the unit. Two cheap operations on the
 * loop-carried dependency (a multiplication per unit made the scan's inner loop slower);
 * {@link finishHash} mixes the bits once per word.
 */
export function hashStep(hash: number, unit: number): number {
  return ((hash << 5) | (hash >>> 27)) ^ unit;
}

/** Final mix of a word hash, so that the table and the filter get well-spread bits. */
export function finishHash(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Hash of the units `text[start, end)`; the scan computes the same as it reads words. */
export function hashUnits(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return finishHash(h);
}

/** Fields of one candidate in {@link NameIndex.candidates}. */
export const CANDIDATE_NAME = 0; // index into names / actorIds
export const CANDIDATE_LENGTH = 1; // name length in UTF-16 units
export const CANDIDATE_FIRST_WORD = 2; // length of the name's first word (0: starts with a non-word character)
export const CANDIDATE_NEXT = 3; // unit after the first word, -1 when the name is that word alone
export const CANDIDATE_SECOND = 4; // the unit after that, -1 if none
export const CANDIDATE_LAST = 5; // the name's last unit
export const CANDIDATE_STRIDE = 6;

/** Fields of one slot in {@link NameIndex.slots}: a group of candidates, `count` 0 when empty. */
export const SLOT_HASH = 0;
export const SLOT_START = 1; // first candidate (record number, not array offset)
export const SLOT_COUNT = 2;
export const SLOT_STRIDE = 4;

/** {@link NameIndex.hashFilter}: 2^15 bits, addressed by the top 15 bits of a hash. */
export const HASH_FILTER_SHIFT = 17;
const HASH_FILTER_WORDS = (1 << 15) / 32;

/** Length in UTF-16 units of the run of word characters a name starts with. */
function firstWordLength(name: string): number {
  let end = 0;
  for (let width = wordCharWidthAt(name, 0); width > 0; width = wordCharWidthAt(name, end)) end += width;
  return end;
}

const byLengthThenText = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

export class NameIndex {
  /** Number of distinct names. */
  readonly size: number;
  /** Longest name, in UTF-16 units: how far back a range scan must look. */
  readonly maxNameLength: number;
  /** Names borne by more than one actor, sorted by name. */
  readonly ambiguities: readonly NameAmbiguity[];

  /** Distinct names and the actor each goes to. */
  readonly names: readonly string[];
  readonly actorIds: readonly string[];
  /** Candidate records ({@link CANDIDATE_STRIDE} ints each), grouped, each group longest first. */
  readonly candidates: Int32Array;
  /** Open-addressing table of first-word hashes ({@link SLOT_STRIDE} ints per slot). */
  readonly slots: Int32Array;
  readonly slotMask: number;
  /**
   * One bit per first-word hash (its top bits): 4 KB that stay in the L1 cache, so most
   * words of the text, which start no name, are rejected without touching the table.
   */
  readonly hashFilter: Int32Array;
  /** Groups of names starting with a non-word character, by first unit: [start, count]. */
  readonly otherGroups: ReadonlyMap<number, readonly [number, number]>;

  constructor(entries: readonly NameEntry[]) {
    const actorsByName = new Map<string, string[]>();
    for (const { name, actorId } of entries) {
      if (name.length === 0) continue;
      const ids = actorsByName.get(name);
      if (ids === undefined) actorsByName.set(name, [actorId]);
      else if (!ids.includes(actorId)) ids.push(actorId);
    }

    const ambiguities: NameAmbiguity[] = [];
    const names: string[] = [];
    const actorIds: string[] = [];
    const byFirstWord = new Map<number, string[]>();
    const byFirstUnit = new Map<number, string[]>();
    const numberOf = new Map<string, number>();
    let maxNameLength = 0;
    for (const [name, ids] of actorsByName) {
      ids.sort();
      if (ids.length > 1) ambiguities.push({ name, actorIds: ids, chosen: ids[0] });
      numberOf.set(name, names.length);
      names.push(name);
      actorIds.push(ids[0]);
      maxNameLength = Math.max(maxNameLength, name.length);
      const wordEnd = firstWordLength(name);
      const [groups, key] = wordEnd === 0 ? [byFirstUnit, name.charCodeAt(0)] : [byFirstWord, hashUnits(name, 0, wordEnd)];
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [name]);
      else group.push(name);
    }
    ambiguities.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.ambiguities = ambiguities;
    this.names = names;
    this.actorIds = actorIds;
    this.size = names.length;
    this.maxNameLength = maxNameLength;

    const candidates = new Int32Array(names.length * CANDIDATE_STRIDE);
    let count = 0;
    /** Appends a group's candidates, longest first (the first that fits is the longest); returns its start. */
    const addGroup = (group: string[]): number => {
      const start = count;
      for (const name of group.sort(byLengthThenText)) {
        const at = count++ * CANDIDATE_STRIDE;
        const first = firstWordLength(name);
        candidates[at + CANDIDATE_NAME] = numberOf.get(name) as number;
        candidates[at + CANDIDATE_LENGTH] = name.length;
        candidates[at + CANDIDATE_FIRST_WORD] = first;
        candidates[at + CANDIDATE_NEXT] = first === name.length ? -1 : name.charCodeAt(first);
        candidates[at + CANDIDATE_SECOND] = first + 1 < name.length ? name.charCodeAt(first + 1) : -1;
        candidates[at + CANDIDATE_LAST] = name.charCodeAt(name.length - 1);
      }
      return start;
    };

    let capacity = 16;
    while (capacity < byFirstWord.size * 2) capacity *= 2;
    const slots = new Int32Array(capacity * SLOT_STRIDE);
    const filter = new Int32Array(HASH_FILTER_WORDS);
    const mask = capacity - 1;
    for (const [hash, group] of byFirstWord) {
      let slot = hash & mask;
      while (slots[slot * SLOT_STRIDE + SLOT_COUNT] !== 0) slot = (slot + 1) & mask;
      slots[slot * SLOT_STRIDE + SLOT_HASH] = hash;
      slots[slot * SLOT_STRIDE + SLOT_START] = addGroup(group);
      slots[slot * SLOT_STRIDE + SLOT_COUNT] = group.length;
      filter[hash >>> HASH_FILTER_SHIFT >>> 5] |= 1 << ((hash >>> HASH_FILTER_SHIFT) & 31);
    }
    this.hashFilter = filter;
    this.slots = slots;
    this.slotMask = mask;
    const others = new Map<number, readonly [number, number]>();
    for (const [unit, group] of byFirstUnit) others.set(unit, [addGroup(group), group.length]);
    this.otherGroups = others;
    this.candidates = candidates;
  }
}

/**
 * Compiles names for {@link findNames}. Empty names are ignored. A name given for several
 * actors is matched once and its occurrences go to the first actor id in code-unit order;
 * the others are listed in `ambiguities` so the caller can report them.
 */
export function buildNameIndex(entries: readonly NameEntry[]): NameIndex {
  return new NameIndex(entries);
}
