/** Links a speaker expression to a known actor whose name or alias it contains. */
import type { Span } from '../../model';
import { matchGazetteer } from '../entities/gazetteer';
import type { KnownActor, SpeakerSuggestion } from '../types';

export function linkSpeaker(text: string, span: Span, knownActors: readonly KnownActor[]): SpeakerSuggestion {
  const expression = text.slice(span.start, span.end);
  const entries = knownActors.flatMap((actor) => actor.names.map((name) => ({ name, value: actor.id })));
  const match = matchGazetteer(expression, entries).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return match ? { span, text: expression, actorId: match.value } : { span, text: expression };
}
