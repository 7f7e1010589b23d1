import type { Anchor, Span } from '../model';
import { AnchoringText } from './anchoringText';
import { contextEnd, contextStart } from './boundaries';

/** Context on each side starts at this many code units, then reaches a word boundary. */
export const MIN_CONTEXT = 16;
/** Context stops growing at this many code units per side, unique or not. */
export const MAX_CONTEXT = 256;
/** How far past the wanted length a context may go to reach a word boundary. */
const WORD_SLACK = 16;
/** Above this many spans, one index of the text beats one scan of it per span. */
const BULK_THRESHOLD = 8;

/**
 * The anchor of `span` in `text` (BOM already stripped): the covered text plus just enough
 * context to find it again — at least {@link MIN_CONTEXT} code units on each side, cut at word
 * boundaries (never inside a surrogate pair or before a combining accent), doubled until
 * `before + text + after` occurs once in the text or {@link MAX_CONTEXT} is reached.
 * All three strings have CRLF folded to LF, so the anchor is the same for an LF or a CRLF copy
 * of the text. Deterministic: the same text and span always give the same anchor.
 *
 * A span boundary between '\r' and '\n' (which VS Code cannot produce) is read as being
 * before the '\r'.
 * @throws RangeError when the span is not inside the text.
 */
export function createAnchor(text: string, span: Span): Anchor {
  return anchorIn(new AnchoringText(text), span);
}

/** {@link createAnchor} for many spans of one text, sharing one index of it. */
export function createAnchors(text: string, spans: readonly Span[]): Anchor[] {
  const prepared = new AnchoringText(text);
  if (spans.length > BULK_THRESHOLD) prepared.prepareIndex();
  return spans.map((span) => anchorIn(prepared, span));
}

function anchorIn(prepared: AnchoringText, span: Span): Anchor {
  const original = prepared.view.original;
  if (!(span.start >= 0 && span.start <= span.end && span.end <= original.length)) {
    throw new RangeError(`span [${span.start}, ${span.end}) is outside a text of length ${original.length}`);
  }
  const folded = prepared.folded;
  const start = prepared.view.toFolded(span.start);
  const end = prepared.view.toFolded(span.end);
  let before = start;
  let after = end;
  for (let length = MIN_CONTEXT; ; length *= 2) {
    before = contextStart(folded, start, length, WORD_SLACK);
    after = contextEnd(folded, end, length, WORD_SLACK);
    const whole = before === 0 && after === folded.length;
    if (whole || length >= MAX_CONTEXT || prepared.count(folded.slice(before, after), 2) < 2) break;
  }
  return { text: folded.slice(start, end), before: folded.slice(before, start), after: folded.slice(end, after) };
}
