import { ComposedView, foldLineEndings, isComposed, LineEndingView } from './normalize';
import { QGramIndex, scanAll } from './qgramIndex';

/**
 * Whole-text searches answered by scanning before the text is indexed. Building the index
 * costs about as much as 150–200 scans (both grow with the text's length), so scanning first
 * and indexing once this many scans were spent never costs more than twice the better choice
 * (ski rental), and a resolution with few failing anchors never builds it.
 */
export const SCANS_BEFORE_INDEX = 150;

/**
 * One text prepared for anchoring many spans: its line-ending view, and a word index built
 * only once enough whole-text searches were asked for (a resolution that verifies almost
 * every anchor at its hint never pays for it).
 */
export class AnchoringText {
  readonly view: LineEndingView;
  /** The text with CRLF folded to LF: every search runs on it. */
  readonly folded: string;
  private index: QGramIndex | undefined;
  private scans = 0;
  private lastPattern: string | undefined;
  private lastLimit = 0;
  private lastHits: number[] = [];

  /** Present when the text was composed to NFC for matching (see {@link AnchoringText.forMatching}). */
  private readonly composition: ComposedView | undefined;

  constructor(text: string, private readonly matching = false) {
    const compose = matching;
    this.view = new LineEndingView(text);
    this.composition = compose && !isComposed(this.view.folded) ? new ComposedView(this.view.folded) : undefined;
    this.folded = this.composition ? this.composition.composed : this.view.folded;
  }

  /**
   * A text prepared for finding anchors: CRLF folded, and composed to NFC so that a decomposed
   * article (NFD) and anchors written from the composed one (or the reverse) match exactly.
   * Anchors must go through {@link matchingForm}; offsets through {@link toSearched} and
   * {@link toOriginal}.
   */
  /** Whether the searched text is the composed form of a text that was not (offsets then differ). */
  get isComposed(): boolean {
    return this.composition !== undefined;
  }

  static forMatching(text: string): AnchoringText {
    return new AnchoringText(text, true);
  }

  /** A string of an anchor in the form the searched text has (LF, and NFC when matching). */
  matchingForm(text: string): string {
    const folded = foldLineEndings(text);
    return !this.matching || isComposed(folded) ? folded : new ComposedView(folded).composed;
  }

  /** An offset of the original text → an offset of the searched text. */
  toSearched(offset: number): number {
    const folded = this.view.toFolded(offset);
    return this.composition ? this.composition.toComposed(folded) : folded;
  }

  /** An offset of the searched text → an offset of the original text. */
  toOriginal(offset: number): number {
    return this.view.toOriginal(this.composition ? this.composition.toOriginal(offset) : offset);
  }

  /** Builds the index now (worth it before thousands of whole-text searches). */
  prepareIndex(): void {
    this.index ??= new QGramIndex(this.folded);
  }

  /** Every start of `pattern` in the folded text, ascending, at most `limit`. */
  findAll(pattern: string, limit = Infinity): number[] {
    // The same pattern is often asked twice in a row (a quote: whole-pattern check, then
    // candidates); remembering the last answer saves a whole-text scan.
    if (pattern === this.lastPattern && limit === this.lastLimit) return this.lastHits;
    if (!this.index && ++this.scans > SCANS_BEFORE_INDEX) this.prepareIndex();
    const hits = this.index ? this.index.findAll(pattern, limit) : scanAll(this.folded, pattern, limit);
    this.lastPattern = pattern;
    this.lastLimit = limit;
    this.lastHits = hits;
    return hits;
  }

  /** Starts of `pattern` that lie in the folded text's [from, to) window, ascending. */
  findInWindow(pattern: string, from: number, to: number): number[] {
    const lo = Math.max(0, from);
    const hi = Math.min(this.folded.length, to + pattern.length);
    if (pattern.length === 0 || hi - lo < pattern.length) return [];
    return scanAll(this.folded.slice(lo, hi), pattern).map((i) => lo + i);
  }

  /** Occurrences of `pattern`, counting no further than `limit`. */
  count(pattern: string, limit: number): number {
    return this.findAll(pattern, limit).length;
  }
}
