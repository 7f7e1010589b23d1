import type { Actor, Span } from '../model';
import { suggestQuotations } from '../suggestions';

/** Who the cue of a quotation names: its words, and the actor they match when there is one. */
export interface CueSpeaker {
  readonly text: string;
  readonly actorId?: string;
}

/**
 * The speaker the text around a quotation names ("Selon les médias marocains, «…»"), read by
 * the quotation suggester, for the speaker picker to offer first. `quotation` may be the
 * passage with or without its marks: the suggestion that overlaps it most is taken.
 */
export function cueSpeaker(text: string, quotation: Span, actors: readonly Actor[]): CueSpeaker | undefined {
  const knownActors = actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases] }));
  const overlap = (s: Span) => Math.min(s.end, quotation.end) - Math.max(s.start, quotation.start);
  const best = suggestQuotations(text, { knownActors })
    .filter((q) => overlap(q.span) > 0 && q.speaker?.text)
    .sort((a, b) => overlap(b.span) - overlap(a.span))[0];
  if (!best?.speaker) return undefined;
  return { text: best.speaker.text, ...(best.speaker.actorId ? { actorId: best.speaker.actorId } : {}) };
}
