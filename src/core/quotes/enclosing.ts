import type { Span } from '../model';
import { findQuotedPassages } from '../suggestions/quotations/quotePairs';

/**
 * The innermost quotation (marks included) around `offset` within its line, paired as the
 * suggestions pair them; used to find "the quotation under the cursor". A passage that runs
 * over a line break is not offered here: the user selects it instead.
 */
export function enclosingQuotation(text: string, offset: number): Span | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  const line = text.slice(lineStart, next === -1 ? text.length : next);
  let best: Span | undefined;
  for (const passage of findQuotedPassages(line)) {
    const start = lineStart + passage.start;
    const end = lineStart + passage.end;
    if (start <= offset && offset <= end && (!best || start >= best.start)) best = { start, end };
  }
  return best;
}
