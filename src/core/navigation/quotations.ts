import type { ArticleView } from '../article/view';
import type { Span } from '../model';
import { findQuotedPassages } from '../suggestions/quotations/quotePairs';
import { step, type Direction, type Jump } from './cycle';

/** A quotation to move to: stored in the sidecar (with its index) or only marked in the text. */
export interface QuotationStop extends Span {
  /** Index in `annotations.quotations` when stored; undefined for a passage only marked by quotes. */
  readonly stored?: number;
}

/**
 * Every quotation of the article in text order: the stored ones that are placed, and the
 * outermost quotation-marked passages that overlap no stored quotation (what the grammar
 * colours and the user may want to attribute next).
 */
export function quotationStops(view: ArticleView): QuotationStop[] {
  const stops: QuotationStop[] = [];
  for (const p of view.placed) {
    if (p.ref.kind === 'quotation' && p.resolution.kind !== 'orphan') stops.push({ ...p.resolution.span, stored: p.ref.index });
  }
  const stored = [...stops];
  for (const passage of findQuotedPassages(view.text)) {
    if (passage.depth > 0) continue;
    if (stored.some((s) => s.start < passage.end && passage.start < s.end)) continue;
    stops.push({ start: passage.start, end: passage.end });
  }
  return stops.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The next (or previous) quotation from `offset`, wrapping around. */
export function stepQuotation(view: ArticleView, offset: number, direction: Direction): Jump<QuotationStop> | undefined {
  const stops = quotationStops(view);
  const inside = stops.find((s) => s.start <= offset && offset < s.end);
  return step(stops, direction === 'previous' && inside ? inside.start : offset, direction);
}
