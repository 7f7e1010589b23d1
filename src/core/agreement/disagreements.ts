/**
 * The disagreements of one article between this branch ("here") and another ("there"), both
 * placed in this branch's text, for the editor's comparison: the mentions and quotations only
 * one side has (a mention agrees when the other side has the same span with the same type),
 * and the quotations both have at the same span with different speakers.
 */
import type { ArticleView } from '../article/view';
import type { Quotation, Span } from '../model';
import { speakerNames } from './annotatorUnits';
import { sameSpeaker } from './speakerAgreement';

export type Side = 'here' | 'there';

export type Disagreement =
  | { readonly kind: 'mention'; readonly side: Side; readonly span: Span; readonly type: string; readonly actorId: string; readonly actorName: string }
  | { readonly kind: 'quotation'; readonly side: Side; readonly span: Span; readonly quotation: Quotation }
  | { readonly kind: 'speaker'; readonly span: Span; readonly here: Quotation; readonly there: Quotation };

/** What both sides have, for the "agreed" decorations. */
export interface Comparison {
  readonly agreed: readonly Span[];
  /** Sorted by start, then kind. */
  readonly disagreements: readonly Disagreement[];
}

export function compareViews(here: ArticleView, there: ArticleView): Comparison {
  const agreed: Span[] = [];
  const disagreements: Disagreement[] = [];
  const mentionKeys = (view: ArticleView) => new Set(view.mentions.map((m) => `${m.start}:${m.end}:${view.actorsById.get(m.actorId)?.type}`));
  const keys = { here: mentionKeys(here), there: mentionKeys(there) };
  for (const [side, view, other] of [['here', here, keys.there], ['there', there, keys.here]] as const) {
    const seen = new Set<string>();
    for (const m of view.mentions) {
      const actor = view.actorsById.get(m.actorId);
      if (!actor) continue;
      const key = `${m.start}:${m.end}:${actor.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (other.has(key)) {
        if (side === 'here') agreed.push({ start: m.start, end: m.end });
      } else {
        disagreements.push({ kind: 'mention', side, span: { start: m.start, end: m.end }, type: actor.type, actorId: actor.id, actorName: actor.name });
      }
    }
  }
  const quotationsHere = placedQuotations(here);
  const quotationsThere = placedQuotations(there);
  const thereBySpan = new Map(quotationsThere.map((q) => [spanKey(q.span), q]));
  const hereBySpan = new Map(quotationsHere.map((q) => [spanKey(q.span), q]));
  for (const q of quotationsHere) {
    const twin = thereBySpan.get(spanKey(q.span));
    if (!twin) disagreements.push({ kind: 'quotation', side: 'here', span: q.span, quotation: q.quotation });
    else if (!sameSpeaker(speakerNamesOf(here, q.quotation), speakerNamesOf(there, twin.quotation)) && (q.quotation.speaker || twin.quotation.speaker)) {
      disagreements.push({ kind: 'speaker', span: q.span, here: q.quotation, there: twin.quotation });
    } else agreed.push(q.span);
  }
  for (const q of quotationsThere) {
    if (!hereBySpan.has(spanKey(q.span))) disagreements.push({ kind: 'quotation', side: 'there', span: q.span, quotation: q.quotation });
  }
  disagreements.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind));
  agreed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { agreed, disagreements };
}

function placedQuotations(view: ArticleView): { span: Span; quotation: Quotation }[] {
  const result: { span: Span; quotation: Quotation }[] = [];
  for (const placed of view.placed) {
    if (placed.ref.kind !== 'quotation' || placed.resolution.kind === 'orphan') continue;
    const quotation = view.annotations.quotations[placed.ref.index];
    if (quotation) result.push({ span: placed.resolution.span, quotation });
  }
  return result;
}

/** A speaker's names as the agreement measures compare them (see speakerAgreement). */
function speakerNamesOf(view: ArticleView, quotation: Quotation): string[] {
  return speakerNames(quotation.speaker, view.actorsById);
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}
