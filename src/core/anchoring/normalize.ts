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
