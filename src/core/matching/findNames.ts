/**
 * Finds every occurrence of indexed names in a text: case-sensitive, whole words (see
 * wordChars.ts), leftmost-longest across all names and actors, never overlapping. The
 * result is exactly what one `gu` RegExp alternation of the names sorted longest first,
 * between a negative lookbehind and a negative lookahead on `[\p{L}\p{N}\p{M}]`, finds.
 *
 * Speed: the scan reads each UTF-16 unit once (from a typed-array copy) through a class table, hashing words as it
 * goes, and looks names up only at word starts (and, for names that begin with punctuation,
 * at their first unit).
 */
import type { Span } from '../model';
import * as names from './nameIndex';
import type { NameIndex } from './nameIndex';
import * as chars from './wordChars';

/** One occurrence of a name: `text.slice(start, end) === name`. */
export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly actorId: string;
  readonly name: string;
}

// Local bindings: calls through a module namespace (as transpilers emit them) cost a getter
// per call in the hot loop.
const CLASSES = chars.UNIT_CLASSES;
const classifyUnit = chars.classifyUnit;
const isWordPairAt = chars.isWordPairAt;
const isSurrogatePairAt = chars.isSurrogatePairAt;
const isWordBefore = chars.isWordBefore;
const wordCharWidthAt = chars.wordCharWidthAt;
const WORD = chars.WORD;
const UNKNOWN = chars.UNKNOWN;
const NOT_WORD = chars.NOT_WORD;
const HIGH_SURROGATE = chars.HIGH_SURROGATE;
const finishHash = names.finishHash;
const hashUnits = names.hashUnits;
const STRIDE = names.CANDIDATE_STRIDE;
const NAME = names.CANDIDATE_NAME;
const LENGTH = names.CANDIDATE_LENGTH;
const FIRST_WORD = names.CANDIDATE_FIRST_WORD;
const NEXT = names.CANDIDATE_NEXT;
const SECOND = names.CANDIDATE_SECOND;
const LAST = names.CANDIDATE_LAST;
const SLOT_STRIDE = names.SLOT_STRIDE;
const FILTER_SHIFT = names.HASH_FILTER_SHIFT;
const SLOT_HASH = names.SLOT_HASH;
const SLOT_START = names.SLOT_START;
const SLOT_COUNT = names.SLOT_COUNT;

/**
 * Every occurrence of the index's names in `text`, sorted by start.
 *
 * With `range`, returns only the occurrences that overlap it (an empty range: the one that
 * contains its position), exactly as they are in the whole-text result — an occurrence that
 * starts before the range is returned whole — in time proportional to the range plus the
 * longest name: for the visible window of an editor.
 */
export function findNames(index: NameIndex, text: string, range?: Span): NameMatch[] {
  if (index.size === 0) return [];
  if (range === undefined) return scan(index, text, 0, text.length);
  const from = Math.max(0, Math.min(range.start, text.length));
  const to = Math.max(from, Math.min(range.end, text.length));
  const end = to === from ? Math.min(from + 1, text.length) : to;
  const matches = scan(index, text, synchronisationPoint(index, text, from), end);
  let first = 0;
  while (first < matches.length && matches[first].end <= from) first++;
  return first === 0 ? matches : matches.slice(first);
}

/**
 * The occurrences that start in [from, to), scanning from `from` on: for a caller that knows
 * no occurrence of the whole text straddles `from` (live edits keep the matches around the edited
 * place and rescan only between them). `text` may be a piece of the article: it must hold the
 * two units before `from` (the word boundary there) and reach past the end of every word that
 * starts before `to`, plus one unit.
 */
export function scanNamesFrom(index: NameIndex, text: string, from: number, to: number): NameMatch[] {
  if (index.size === 0 || from >= to) return [];
  return scan(index, text, from, to);
}

/** End (exclusive) of the run of word characters that starts at `start`. */
function wordEndFrom(text: string, start: number): number {
  const length = text.length;
  let end = start;
  while (end < length) {
    const unit = text.charCodeAt(end);
    let cls = CLASSES[unit];
    if (cls === UNKNOWN) cls = classifyUnit(unit);
    if (cls === WORD) end++;
    else if (cls === HIGH_SURROGATE && isWordPairAt(text, end)) end += 2;
    else break;
  }
  return end;
}

/**
 * Number (in `index.names`) of the longest name among `count` candidates from `first` that
 * occurs at `start` and ends on a word boundary, or -1. `wordEnd` is the end of the word at
 * `start` (equal to `start` for names that begin with a non-word character).
 */
function longestAt(index: NameIndex, first: number, count: number, text: string, start: number, wordEnd: number): number {
  const candidates = index.candidates;
  const wordLength = wordEnd - start;
  const next = text.charCodeAt(wordEnd);
  const second = text.charCodeAt(wordEnd + 1);
  const length = text.length;
  for (let at = first * STRIDE, stop = (first + count) * STRIDE; at < stop; at += STRIDE) {
    // Cheap unit comparisons first: most candidates differ from the text there.
    if (candidates[at + FIRST_WORD] !== wordLength) continue;
    const nextUnit = candidates[at + NEXT];
    if (nextUnit === -1) {
      // The name is the word itself (same hash, same length), and the word ends on a boundary.
      const number = candidates[at + NAME];
      if (text.startsWith(index.names[number], start)) return number;
      continue;
    }
    const end = start + candidates[at + LENGTH];
    if (nextUnit !== next || end > length || text.charCodeAt(end - 1) !== candidates[at + LAST]) continue;
    const secondUnit = candidates[at + SECOND];
    if (secondUnit !== -1 && secondUnit !== second) continue;
    const number = candidates[at + NAME];
    if (text.startsWith(index.names[number], start) && wordCharWidthAt(text, end) === 0) return number;
  }
  return -1;
}

/** Number of the longest name at word start `start` whose first word hashes to `hash`, or -1. */
function longestForWord(index: NameIndex, hash: number, text: string, start: number, wordEnd: number): number {
  const bit = hash >>> FILTER_SHIFT;
  if ((index.hashFilter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
  const slots = index.slots;
  const mask = index.slotMask;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT_STRIDE;
    const count = slots[at + SLOT_COUNT];
    if (count === 0) return -1;
    if (slots[at + SLOT_HASH] === hash) return longestAt(index, slots[at + SLOT_START], count, text, start, wordEnd);
  }
}

/** Number of the longest name starting with the non-word unit at `start`, or -1. */
function longestForOther(index: NameIndex, text: string, start: number): number {
  const group = index.otherGroups.get(text.charCodeAt(start));
  return group === undefined ? -1 : longestAt(index, group[0], group[1], text, start, start);
}

/** Units past the range (beyond its longest name) copied for a range scan, for its last word. */
const WINDOW_SLACK = 256;

/** Greedy leftmost-longest scan of the start positions in [from, to). */
function scan(index: NameIndex, text: string, from: number, to: number): NameMatch[] {
  const windowEnd = Math.min(text.length, to + index.maxNameLength + WINDOW_SLACK);
  // A word longer than the slack that runs past the window: rare; scan again to the end.
  return scanWindow(index, text, from, to, windowEnd) ?? (scanWindow(index, text, from, to, text.length) as NameMatch[]);
}

/**
 * The UTF-16 units of `text[start, end)` as a typed array: reading it in the hot loops is
 * cheaper than `charCodeAt`, which must dispatch on the string's representation.
 */
function unitsOf(text: string, start: number, end: number): Uint16Array {
  if (typeof Buffer === 'undefined') {
    // Outside Node (a web worker): copy unit by unit.
    const units = new Uint16Array(end - start);
    for (let i = start; i < end; i++) units[i - start] = text.charCodeAt(i);
    return units;
  }
  // Native copy; Node aligns pooled buffers to 8 bytes, so the view is always aligned.
  const bytes = Buffer.from(text.slice(start, end), 'utf16le');
  return new Uint16Array(bytes.buffer, bytes.byteOffset, end - start);
}

/**
 * {@link scan} reading units from a copy of `text[from, windowEnd)`; `undefined` when a word
 * reaches the end of a window that is not the end of the text.
 */
function scanWindow(index: NameIndex, text: string, from: number, to: number, windowEnd: number): NameMatch[] | undefined {
  const matches: NameMatch[] = [];
  const hasOthers = index.otherGroups.size > 0;
  const units = unitsOf(text, from, windowEnd);
  const count = units.length;
  const stop = to - from;
  let afterWord = isWordBefore(text, from);
  // Positions are relative to `from` in this loop.
  let j = 0;
  while (j < stop) {
    const unit = units[j];
    let cls = CLASSES[unit];
    if (cls === UNKNOWN) cls = classifyUnit(unit);
    const isWord = cls === WORD || (cls === HIGH_SURROGATE && isWordPairAt(text, from + j));
    if (!isWord) {
      if (hasOthers && !afterWord) {
        const k = longestForOther(index, text, from + j);
        if (k >= 0) {
          const name = index.names[k];
          matches.push({ start: from + j, end: from + j + name.length, actorId: index.actorIds[k], name });
          j += name.length;
          afterWord = isWordBefore(text, from + j);
          continue;
        }
      }
      afterWord = false;
      j += cls === HIGH_SURROGATE && isSurrogatePairAt(text, from + j) ? 2 : 1;
      continue;
    }
    // A word starts at j (or continues, after a name that ended inside it): find its end,
    // hashing it on the way (one pass; a separate filter pass before hashing was slower).
    // The step is hashStep() written out: rotate left by 5, xor the unit.
    let hash = 0;
    let wordEnd = j;
    while (wordEnd < count) {
      const u = units[wordEnd];
      const c = CLASSES[u];
      if (c === WORD) {
        hash = ((hash << 5) | (hash >>> 27)) ^ u;
        wordEnd++;
      } else if (c === NOT_WORD) {
        break;
      } else if (c === HIGH_SURROGATE) {
        if (!isWordPairAt(text, from + wordEnd)) break;
        hash = ((hash << 5) | (hash >>> 27)) ^ u;
        hash = ((hash << 5) | (hash >>> 27)) ^ units[wordEnd + 1];
        wordEnd += 2;
      } else if (classifyUnit(u) === WORD) {
        hash = ((hash << 5) | (hash >>> 27)) ^ u;
        wordEnd++;
      } else break;
    }
    if (wordEnd === count && from + count < text.length) return undefined;
    if (afterWord) {
      j = wordEnd;
      continue;
    }
    const k = longestForWord(index, finishHash(hash), text, from + j, from + wordEnd);
    if (k >= 0) {
      const name = index.names[k];
      matches.push({ start: from + j, end: from + j + name.length, actorId: index.actorIds[k], name });
      j += name.length;
      afterWord = isWordBefore(text, from + j);
    } else if (wordEnd < count && CLASSES[units[wordEnd]] === NOT_WORD) {
      // Skip the non-word unit that ended the word too: nothing can start there, as it
      // follows a word character (and the inner loop has classified it already).
      j = wordEnd + 1;
      afterWord = false;
    } else {
      j = wordEnd;
      afterWord = true;
    }
  }
  return matches;
}

/**
 * End of the longest name that can start at `start` (whatever came before it), or -1.
 * `start` must not follow a word character.
 */
function longestEndAt(index: NameIndex, text: string, start: number): number {
  const wordEnd = wordEndFrom(text, start);
  const k = wordEnd === start ? longestForOther(index, text, start) : longestForWord(index, hashUnits(text, start, wordEnd), text, start, wordEnd);
  return k < 0 ? -1 : start + index.names[k].length;
}

/**
 * A position at or before `position` that no possible occurrence straddles. The greedy scan
 * is never inside a match there, so scanning from it gives the whole-text result from that
 * point on. Occurrences straddling a point start at most the longest name's length before it.
 */
function synchronisationPoint(index: NameIndex, text: string, position: number): number {
  // Never start inside a surrogate pair: its low half would look like a word boundary.
  let point = position > 0 && isSurrogatePairAt(text, position - 1) ? position - 1 : position;
  for (;;) {
    let earliest = point;
    for (let p = Math.max(0, point - index.maxNameLength); p < point; p++) {
      if (isWordBefore(text, p) || (p > 0 && isSurrogatePairAt(text, p - 1))) continue;
      if (longestEndAt(index, text, p) > point) {
        earliest = p;
        break;
      }
    }
    if (earliest === point) return point;
    point = earliest;
  }
}
