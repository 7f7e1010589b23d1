/**
 * Random texts for the anchoring property tests: the hard cases of real articles — accents
 * in NFC and NFD, astral characters (emoji, mathematical letters), CRLF and LF, guillemets
 * with no-break and narrow no-break spaces, typographic apostrophes — in repetitive
 * combinations, so that contexts often need to grow to be unique.
 */
import fc from 'fast-check';
import type { Span } from '../../../src/core/model';

export const TOKENS = [
  'Francisca', 'Bostyn', 'l’État', 'sûreté', 'été', 'e\u0301te\u0301', 'Al-Qaïda', 'VSSE', 'Rabat',
  '«\u00a0la nécessité\u00a0»', '«\u202fcoopération\u202f»', '“quoted”', '😀', '𝒜lpha', 'de', 'la', 'a',
  ' ', ' ', ' ', ', ', '. ', '\n', '\r\n', '\r\n\r\n',
];

export const arbitraryText = (maxTokens = 40): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: maxTokens }).map((tokens) => tokens.join(''));

/** A boundary between '\r' and '\n' does not exist in an editor: move it before the '\r'. */
export function snapOutOfCrlf(text: string, offset: number): number {
  return offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

/** An offset an editor can produce: not inside a CRLF, not inside a surrogate pair. */
export function editorOffset(text: string, offset: number): number {
  const o = snapOutOfCrlf(text, offset);
  return o > 0 && o < text.length && /[\ud800-\udbff]/.test(text[o - 1]) && /[\udc00-\udfff]/.test(text[o]) ? o - 1 : o;
}

/** A non-empty span of `text` from two random numbers (undefined if the text is too short). */
export function spanFrom(text: string, a: number, b: number): Span | undefined {
  const start = editorOffset(text, Math.min(a, b) % (text.length + 1));
  const end = editorOffset(text, Math.min(text.length, start + 2 + (Math.max(a, b) % 24)));
  return end > start ? { start, end } : undefined;
}

export interface RandomEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/**
 * Edits as fractions of the current length, so they stay valid whatever came before. The
 * inserted characters (astral and accented ones, a tab, a thin space) are not in {@link TOKENS}:
 * inserting a space next to an annotated space, or pasting a copy of an annotated passage,
 * gives a text that another edit history explains equally well, so no "true" place exists.
 */
export const arbitraryEdits = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 12 }),
    insert: fc.string({ unit: fc.constantFrom('x', 'z', 'ß', 'ü', '𝔛', '\t', '\u2009'), maxLength: 8 }),
  }),
  { minLength: 1, maxLength: 6 },
);

/** The concrete change an edit makes to `text` (never splitting a CRLF or a surrogate pair). */
export function changeFor(text: string, edit: { at: number; remove: number; insert: string }): { start: number; end: number; text: string } {
  const safe = (offset: number) => editorOffset(text, offset);
  const start = safe(Math.floor(edit.at * text.length));
  const end = Math.max(start, safe(Math.min(text.length, start + edit.remove)));
  return { start, end, text: edit.insert };
}

export function applyToText(text: string, change: { start: number; end: number; text: string }): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}
