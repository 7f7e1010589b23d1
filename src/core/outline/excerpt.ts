import { lineAt, lineStarts } from '../lineIndex';
import type { Span } from '../model';

export { lineAt, lineStarts } from '../lineIndex';

const EXCERPT_RADIUS = 30;

/**
 * The line of a span and a short excerpt of its context on one line: the span with up to
 * {@link EXCERPT_RADIUS} characters either side on its lines, cut at a word boundary, "…" where text was left out.
 */
export function excerptAt(text: string, span: Span, starts: readonly number[] = lineStarts(text)): { line: number; excerpt: string; highlight: [number, number] } {
  // Context from the span's own lines only: a mention at the start of a paragraph shows that paragraph.
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end) === -1 ? text.length : text.indexOf('\n', span.end);
  let from = Math.max(lineStart, span.start - EXCERPT_RADIUS);
  let to = Math.min(lineEnd, span.end + EXCERPT_RADIUS);
  // Do not cut a word in two: move inwards to the nearest space (never into the span).
  if (from > lineStart) {
    const space = text.slice(from, span.start).search(/\s/);
    if (space !== -1) from += space;
  }
  if (to < lineEnd) {
    const tail = text.slice(span.end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space !== -1) to = span.end + space;
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const lead = from > lineStart ? '…' : '';
  const excerpt = lead + flat(text.slice(from, to)).trim() + (to < lineEnd ? '…' : '');
  // Where the span (without white space at its ends) is in the excerpt, for the tree to highlight it.
  let spanStart = span.start;
  while (spanStart < span.end && /\s/.test(text[spanStart]!)) spanStart++;
  const start = Math.min(excerpt.length, lead.length + flat(text.slice(from, spanStart)).trimStart().length);
  const end = Math.min(excerpt.length, start + flat(text.slice(spanStart, span.end)).trim().length);
  return { line: lineAt(starts, span.start), excerpt, highlight: [start, end] };
}
