/**
 * Where context may be cut: at word boundaries, and never inside a surrogate pair or between
 * a letter and its combining accent (NFD text), so a stored context is always valid text.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length
    && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** The code point that starts at `offset`, as a string ('' at the end). */
function codePointAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The code point that ends at `offset`, as a string ('' at the start). */
function codePointBefore(text: string, offset: number): string {
  if (offset <= 0) return '';
  const start = offset >= 2 && isLowSurrogate(text.charCodeAt(offset - 1)) && isHighSurrogate(text.charCodeAt(offset - 2))
    ? offset - 2 : offset - 1;
  return text.slice(start, offset);
}

/** True when a context may start or end at `offset`: not inside a word, a pair or an accent. */
export function isCutPoint(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  if (splitsSurrogatePair(text, offset)) return false;
  return !(WORD_CHAR.test(codePointBefore(text, offset)) && WORD_CHAR.test(codePointAt(text, offset)));
}

/**
 * The start of a context that ends at `end` and holds at least `minLength` code units: moved
 * back to the nearest cut point, but never more than `slack` further (a very long "word" such
 * as a URL is then cut inside, still never inside a surrogate pair).
 */
export function contextStart(text: string, end: number, minLength: number, slack: number): number {
  const wanted = Math.max(0, end - minLength);
  const limit = Math.max(0, wanted - slack);
  for (let i = wanted; i >= limit; i--) if (isCutPoint(text, i)) return i;
  return splitsSurrogatePair(text, limit) ? limit - 1 : limit;
}

/** The end of a context that starts at `start`; the mirror of {@link contextStart}. */
export function contextEnd(text: string, start: number, minLength: number, slack: number): number {
  const wanted = Math.min(text.length, start + minLength);
  const limit = Math.min(text.length, wanted + slack);
  for (let i = wanted; i <= limit; i++) if (isCutPoint(text, i)) return i;
  return splitsSurrogatePair(text, limit) ? limit + 1 : limit;
}
