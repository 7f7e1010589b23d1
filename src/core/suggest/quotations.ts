import type { QuotationSuggestion, SuggestOptions } from './types';
import { findQuotedPassages } from './quotePairs';

export function suggestQuotations(text: string, _options: SuggestOptions = {}): QuotationSuggestion[] {
  return findQuotedPassages(text).map((p) => ({ span: { start: p.start, end: p.end }, direct: true, confidence: 0.5, reason: 'paired marks' }));
}
