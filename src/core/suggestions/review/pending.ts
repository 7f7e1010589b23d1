/**
 * The suggestions worth showing for an article: the suggesters' output minus what is already
 * annotated (an entity candidate overlapping a mention, a quotation overlapping a stored one)
 * and minus what the user rejected (the sidecar's `rejected` list).
 */
import { mentionsIn, placedIn, textSlice, type ArticleView } from '../../article/view';
import type { Message } from '../../messages';
import type { QuotationKind, Span } from '../../model';
import { firstIndexNotBefore } from '../../spans';
import type { EntitySuggestion, EntityType, QuotationSuggestion, SpeakerSuggestion } from '../types';

/** A kind of suggestion, as the user turns it on and off and accepts it in bulk. */
export type SuggestionKind = EntityType | 'quotation';

export interface PendingEntity {
  readonly kind: EntityType;
  readonly span: Span;
  readonly text: string;
  /** The known actor (of this article or another of the workspace) whose name matched. */
  readonly actorId?: string;
  /** Why it is suggested, in English; `reasonMessage` is the same for the editor to translate. */
  readonly reason: string;
  readonly reasonMessage?: Message;
}

export interface PendingQuotation {
  readonly kind: 'quotation';
  readonly span: Span;
  readonly text: string;
  readonly speaker?: SpeakerSuggestion;
  readonly cue?: Span;
  /** `indirect` for reported speech without quotation marks; absent for direct speech. */
  readonly quotationKind?: QuotationKind;
  /** Why it is suggested, in English; `reasonMessage` is the same for the editor to translate. */
  readonly reason: string;
  readonly reasonMessage?: Message;
}

export type PendingSuggestion = PendingEntity | PendingQuotation;

/** Longer hand-added mentions than this are not looked for when hiding suggestions under them. */
const LONGEST_MENTION = 2000;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const spanKey = (s: Span) => `${s.start}:${s.end}`;

/** Sorted by start; entity candidates and reported-speech quotations (direct and indirect) not yet annotated nor rejected. */
export function pendingSuggestions(
  view: ArticleView,
  quotations: readonly QuotationSuggestion[],
  entities: readonly EntitySuggestion[],
): PendingSuggestion[] {
  const rejected = { actor: new Set<string>(), quotation: new Set<string>() };
  const storedQuotations: Span[] = [];
  // Only the part of the text the suggestions cover is looked at: after a keystroke in a long
  // article the view is live, and this runs again for a window of it.
  let lo = Infinity;
  let hi = -Infinity;
  for (const { span } of [...entities, ...quotations]) {
    lo = Math.min(lo, span.start);
    hi = Math.max(hi, span.end);
  }
  if (lo > hi) return [];
  const extent = { start: lo, end: hi };
  for (const { ref, span } of placedIn(view, extent, ['rejected', 'quotation'])) {
    if (ref.kind === 'rejected') {
      const kind = view.annotations.rejected[ref.index]?.kind;
      if (kind) rejected[kind].add(spanKey(span));
    } else storedQuotations.push(span);
  }
  const mentions = mentionsIn(view, extent); // sorted by start: every mention overlapping a suggestion
  const annotated = (span: Span) => {
    // look back from the last mention starting before the end; a mention is never longer than
    // LONGEST_MENTION, so the search stops that far before the start
    for (let i = firstIndexNotBefore(mentions, (m) => m.start < span.end) - 1; i >= 0 && mentions[i]!.start > span.start - LONGEST_MENTION; i--) {
      if (overlaps(mentions[i]!, span)) return true;
    }
    return false;
  };
  const pending: PendingSuggestion[] = [];
  for (const e of entities) {
    if (rejected.actor.has(spanKey(e.span)) || annotated(e.span)) continue;
    pending.push({ kind: e.type, span: e.span, text: textSlice(view, e.span.start, e.span.end), ...(e.actorId ? { actorId: e.actorId } : {}), reason: e.reason, ...(e.reasonMessage ? { reasonMessage: e.reasonMessage } : {}) });
  }
  for (const q of quotations) {
    if (!(q.direct || q.kind === 'indirect') || rejected.quotation.has(spanKey(q.span)) || storedQuotations.some((s) => overlaps(s, q.span))) continue;
    pending.push({
      kind: 'quotation',
      span: q.span,
      text: textSlice(view, q.span.start, q.span.end),
      ...(q.speaker ? { speaker: q.speaker } : {}),
      ...(q.cue ? { cue: q.cue } : {}),
      ...(q.kind ? { quotationKind: q.kind } : {}),
      reason: q.reason,
      ...(q.reasonMessage ? { reasonMessage: q.reasonMessage } : {}),
    });
  }
  return pending.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
