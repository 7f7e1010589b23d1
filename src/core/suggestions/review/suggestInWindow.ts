/**
 * The suggesters run on one window of an article (see ./window.ts), their spans shifted back to
 * offsets in the whole text: the work the editor hands to its suggestion runner, in this thread
 * or in a worker. Pure, so both run exactly the same code.
 */
import type { Span } from '../../model';
import { suggestEntities } from '../entities/entities';
import { suggestQuotations } from '../quotations/quotations';
import type { SpeakerSetting } from '../quotations/speakerConfidence';
import type { EntitySuggestion, KnownActor, QuotationSuggestion } from '../types';
import type { TownNames } from '../entities/towns';

export interface WindowRequest {
  /** The window's text (a slice of the article). */
  readonly text: string;
  /** Where the window starts in the article. */
  readonly offset: number;
  readonly knownActors: readonly KnownActor[];
  readonly speakers: SpeakerSetting;
  /** Which kinds to look for (the user's settings). */
  readonly quotations: boolean;
  readonly entities: boolean;
}

export interface WindowSuggestions {
  readonly quotations: QuotationSuggestion[];
  readonly entities: EntitySuggestion[];
}

/** The suggestions of a window, in offsets of the whole article. */
export function suggestInWindow(request: WindowRequest, towns: TownNames | undefined): WindowSuggestions {
  const { text, offset } = request;
  const options = { knownActors: request.knownActors, speakers: request.speakers, ...(towns ? { towns } : {}) };
  const shift = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
  const quotations = request.quotations
    ? suggestQuotations(text, options).map((q) => ({ ...q, span: shift(q.span), ...(q.cue ? { cue: shift(q.cue) } : {}), ...(q.speaker?.span ? { speaker: { ...q.speaker, span: shift(q.speaker.span) } } : {}) }))
    : [];
  const entities = request.entities ? suggestEntities(text, options).map((e) => ({ ...e, span: shift(e.span) })) : [];
  return { quotations, entities };
}
