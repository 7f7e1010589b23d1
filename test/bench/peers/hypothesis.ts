/**
 * Peer (a): Hypothesis' quote anchoring (client, src/annotator/anchoring/match-quote.ts and
 * TextQuoteAnchor), re-implemented here from its description for the benchmark: exact hits of
 * the quote (indexOf loop) or else `approx-string-match` with quote.length / 2 errors; every
 * hit scored 50 × quote + 20 × prefix + 20 × suffix + 2 × position (prefix and suffix
 * similarities from approximate search of the 32-character context), the best one wins.
 */
import approxSearch from 'approx-string-match';
import type { Span } from '../../../src/core/model';

/** Hypothesis stores 32 characters of context each side (TextQuoteAnchor.fromRange). */
export const HYPOTHESIS_CONTEXT = 32;

export interface QuoteSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export function describeQuote(text: string, span: Span): QuoteSelector {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - HYPOTHESIS_CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + HYPOTHESIS_CONTEXT),
  };
}

interface Hit {
  start: number;
  end: number;
  errors: number;
}

function hits(text: string, pattern: string, maxErrors: number): Hit[] {
  const exact: Hit[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

function closeness(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  return 1 - hits(text, pattern, pattern.length)[0].errors / pattern.length;
}

/** The best match of the selector in `text`, with its score in [0, 1], or undefined. */
export function matchQuote(text: string, selector: QuoteSelector, hint?: number): { span: Span; score: number } | undefined {
  const quote = selector.exact;
  if (quote.length === 0) return undefined;
  const found = hits(text, quote, Math.min(256, quote.length / 2));
  let best: { span: Span; score: number } | undefined;
  for (const hit of found) {
    const quoteScore = 1 - hit.errors / quote.length;
    const prefixScore = selector.prefix ? closeness(text.slice(Math.max(0, hit.start - selector.prefix.length), hit.start), selector.prefix) : 1;
    const suffixScore = selector.suffix ? closeness(text.slice(hit.end, hit.end + selector.suffix.length), selector.suffix) : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(hit.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (!best || score > best.score) best = { span: { start: hit.start, end: hit.end }, score };
  }
  return best;
}
