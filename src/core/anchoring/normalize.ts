/**
 * Text normalisation shared by every anchoring function.
 *
 * Offsets are UTF-16 code units into the text *as read with a leading BOM stripped*: a BOM is
 * an encoding artefact, not content, and editors (VS Code included) never show it, so offsets
 * that counted it would be off by one in the editor.
 */

const BOM = 0xfeff;

/** Strips a leading U+FEFF (a UTF-8 byte order mark read as text). Offsets are into the result. */
export function normalizeText(raw: string): string {
  return raw.charCodeAt(0) === BOM ? raw.slice(1) : raw;
}

/** Folds CRLF to LF, the form in which anchors store and compare text. Lone CR is kept. */
export function foldLineEndings(text: string): string {
  return text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
}

/**
 * The text as the matcher sees it (CRLF folded to LF) with the way back to offsets of the text
 * itself, so that a file converted between LF and CRLF still matches its anchors exactly.
 * For a text without CRLF (the common case) both are the same string and the maps are identity.
 */
export class LineEndingView {
  /** The text with every CRLF folded to LF. */
  readonly folded: string;
  /** Offsets in the original text of each '\r' removed by folding, ascending. */
  private readonly removedReturns: Int32Array;

  constructor(readonly original: string) {
    this.folded = foldLineEndings(original);
    const removed: number[] = [];
    if (this.folded.length !== original.length) {
      for (let i = original.indexOf('\r\n'); i !== -1; i = original.indexOf('\r\n', i + 2)) removed.push(i);
    }
    this.removedReturns = Int32Array.from(removed);
  }

  /**
   * Original offset → folded offset. An offset between '\r' and '\n' (which VS Code never
   * produces) lands before the line break.
   */
  toFolded(offset: number): number {
    return offset - countBelow(this.removedReturns, offset);
  }

  /** Folded offset → original offset. A folded '\n' that was CRLF maps to its '\r'. */
  toOriginal(folded: number): number {
    const r = this.removedReturns;
    // The k-th removed '\r' sits before folded offset r[k] - k; count those strictly below.
    let lo = 0;
    let hi = r.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (r[mid] - mid < folded) lo = mid + 1;
      else hi = mid;
    }
    return folded + lo;
  }
}

/** Number of entries of the ascending array `values` below `limit`. */
function countBelow(values: Int32Array, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A character and what canonical composition may merge into it: combining marks, and the
 * Hangul vowel and final jamo that compose with the syllable before them.
 */
const CLUSTER = /[\s\S][\p{M}\u1160-\u11ff]*/gu;

/**
 * The text in Unicode NFC, composed one cluster (a character and its combining marks) at a
 * time, so that every offset of the result maps back to the cluster it came from. For the
 * texts of articles this is exactly `normalize('NFC')`; the same function is applied to the
 * text and to the anchors, so both sides of a comparison always agree.
 */
export function composeText(text: string): string {
  return isComposed(text) ? text : new ComposedView(text).composed;
}

/**
 * Characters that NFC may change (Unicode's NFC_Quick_Check "No" or "Maybe", with some
 * margin): combining marks, Hangul vowel and final jamo, and the few singletons and
 * composition exclusions. A text without any is in NFC already.
 */
const MAY_CHANGE_IN_NFC = new RegExp('[\\p{M}\\u1160-\\u11ff\\u0340-\\u0344\\u0374\\u037e\\u0387\\u0958-\\u095f\\u09dc-\\u09df\\u0a33\\u0a36'
  + '\\u0a59-\\u0a5e\\u0b5c\\u0b5d\\u0f43-\\u0fb9\\u1f71-\\u1ffd\\u2000\\u2001\\u2126\\u212a\\u212b\\u2329\\u232a\\u2adc\\uf900-\\ufaff'
  + '\\ufb1d-\\ufb4e\\u{1d15e}-\\u{1d1c0}\\u{2f800}-\\u{2fa1d}]', 'u');

/** {@link MAY_CHANGE_IN_NFC} for each BMP code unit, built on first use (a surrogate: look at the pair). */
let bmpTable: Uint8Array | undefined;

function mayChangeTable(): Uint8Array {
  if (bmpTable) return bmpTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0x300; c < 0x10000; c++) {
    table[c] = c >= 0xd800 && c <= 0xdfff ? 2 : MAY_CHANGE_IN_NFC.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return (bmpTable = table);
}

/** Whether composing would leave the text as it is (the common case, answered in one pass). */
export function isComposed(text: string): boolean {
  // One pass over code units with a table; the full normalisation only for a text that has a
  // character NFC may change (an NFD text, or one with combining marks of its own).
  const table = mayChangeTable();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) continue;
    const kind = table[c];
    if (kind === 0) continue;
    if (kind === 2 && !MAY_CHANGE_IN_NFC.test(text.slice(i, i + 2))) continue;
    return text.normalize('NFC') === text;
  }
  return true;
}

/**
 * A text in NFC with the way back to offsets of the text itself, so that an article saved
 * decomposed (NFD, as macOS file names and some editors produce) matches anchors written from
 * the composed text, and the other way round.
 */
export class ComposedView {
  readonly composed: string;
  /** For each offset of `composed` (and its end), the offset in the original text. */
  private readonly origins: Int32Array;

  constructor(readonly original: string) {
    const parts: string[] = [];
    const origins: number[] = [];
    let length = 0;
    for (const match of original.matchAll(CLUSTER)) {
      const cluster = match[0].normalize('NFC');
      parts.push(cluster);
      // Offsets inside a composed cluster map to its start: a span never starts inside a character.
      for (let i = 0; i < cluster.length; i++) origins.push(match.index);
      length += cluster.length;
    }
    origins.push(original.length);
    this.composed = parts.join('');
    this.origins = Int32Array.from(origins);
    if (length !== this.composed.length) throw new Error('internal error: composed length');
  }

  /** Composed offset → original offset. */
  toOriginal(offset: number): number {
    return this.origins[Math.max(0, Math.min(offset, this.origins.length - 1))];
  }

  /** Original offset → composed offset (the last composed offset that starts at or before it). */
  toComposed(offset: number): number {
    let lo = 0;
    let hi = this.origins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.origins[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
