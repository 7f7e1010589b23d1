/**
 * Bytes to text for sidecars and articles: UTF-8 only, and said so when a file is not. A
 * lenient decoder would turn each bad byte into U+FFFD, which `check` would accept and the
 * next write would store for good; an article in Latin-1 would give approximate matches with
 * no hint why.
 */
import { message } from '../messages';
import { LineIndex, problemAt, type SidecarProblem } from './problems';
import { checkArticleText } from './guards';

/** A file's text and, when its bytes are not UTF-8, the problem (at the first bad byte). */
export interface DecodedText {
  /** The text (bad bytes as U+FFFD): good for showing, not for writing back. */
  readonly text: string;
  readonly problems: SidecarProblem[];
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Decodes UTF-8; invalid bytes give an error at the first of them (1-based line and column). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes), problems: [] };
  } catch {
    const bad = firstInvalidByte(bytes);
    const before = lenient.decode(bytes.subarray(0, bad));
    const lines = new LineIndex(before);
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    const localizable = looksLikeLatin1(bytes, bad)
      ? message('file is not UTF-8 (byte 0x{0} here); it looks like Latin-1 or Windows-1252: convert it to UTF-8', hex)
      : message('file is not valid UTF-8 (byte 0x{0} here): Marginalia reads UTF-8 texts only', hex);
    return { text: lenient.decode(bytes), problems: [problemAt(lines, before.length, before.length + 1, 'error', 'encoding', localizable)] };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629 table), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const continuation = (at: number, low = 0x80, high = 0xbf): boolean => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(i + 1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

/**
 * A single-byte Western encoding: the bad byte is a Latin letter or sign of Latin-1 (0xA0–0xFF)
 * or of Windows-1252 (0x80–0x9F) standing alone, not the start of a multi-byte sequence.
 */
function looksLikeLatin1(bytes: Uint8Array, bad: number): boolean {
  return bytes[bad] >= 0x80 && (bad + 1 >= bytes.length || bytes[bad + 1] < 0x80 || bytes[bad + 1] >= 0xc0);
}

/**
 * An article's bytes as Marginalia reads them: UTF-8 only, and only a text (not too large, no
 * NUL). `problems` is empty when the article can be annotated; otherwise it says why not, at its
 * place, and every command that reads articles (check, export) refuses it alike.
 */
export function decodeArticle(bytes: Uint8Array): DecodedText {
  const decoded = decodeUtf8(bytes);
  if (decoded.problems.length > 0) return decoded;
  return { text: decoded.text, problems: checkArticleText(decoded.text) };
}
