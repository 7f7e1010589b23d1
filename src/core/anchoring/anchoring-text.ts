import { LineEndingView } from './normalize';
import { QGramIndex } from './qgram-index';

/**
 * One text prepared for anchoring many spans: its line-ending view, and a q-gram index built
 * on first use only (a resolution that verifies every anchor at its hint never pays for it).
 */
export class AnchoringText {
  readonly view: LineEndingView;
  private index: QGramIndex | undefined;

  constructor(text: string) {
    this.view = new LineEndingView(text);
  }

  /** The text with CRLF folded to LF: every search runs on it. */
  get folded(): string {
    return this.view.folded;
  }

  /** Builds the index now (worth it before thousands of global searches). */
  prepareIndex(): void {
    this.index ??= new QGramIndex(this.folded);
  }

  /** Every start of `pattern` in the folded text, ascending, at most `limit`. */
  findAll(pattern: string, limit = Infinity): number[] {
    this.prepareIndex();
    return (this.index as QGramIndex).findAll(pattern, limit);
  }

  /** Starts of `pattern` that lie in the folded text's [from, to) window, ascending. */
  findInWindow(pattern: string, from: number, to: number): number[] {
    const lo = Math.max(0, from);
    const hi = Math.min(this.folded.length, to + pattern.length);
    const found: number[] = [];
    if (pattern.length === 0 || hi - lo < pattern.length) return found;
    const window = this.folded.slice(lo, hi);
    for (let i = window.indexOf(pattern); i !== -1; i = window.indexOf(pattern, i + 1)) found.push(lo + i);
    return found;
  }

  /** Occurrences of `pattern`, counting no further than `limit`, by scan or by index if built. */
  count(pattern: string, limit: number): number {
    if (this.index) return this.index.count(pattern, limit);
    let n = 0;
    for (let i = this.folded.indexOf(pattern); i !== -1 && n < limit; i = this.folded.indexOf(pattern, i + 1)) n++;
    return n;
  }
}
