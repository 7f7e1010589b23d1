/**
 * Entity candidates: the gazetteer of known actors first, then dates, acronym expansions and
 * capitalised names, typed by their words and context; within an article a name typed once
 * lends its type to its other mentions and to the surname alone.
 */
import type { Span } from '../model';
import { findAcronymExpansions } from './acronyms';
import { findDates } from './dates';
import { matchGazetteer } from './gazetteer';
import { guessLanguage } from './language';
import { findNameCandidates } from './names';
import { typeName } from './nameTypes';
import type { EntitySuggestion, EntityType, SuggestOptions } from './types';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function suggestEntities(text: string, options: SuggestOptions = {}): EntitySuggestion[] {
  const language = options.language ?? guessLanguage(text);
  const suggestions: EntitySuggestion[] = [];
  const taken: Span[] = [];
  const add = (s: EntitySuggestion): void => {
    if (taken.some((t) => overlaps(t, s.span))) return;
    taken.push(s.span);
    suggestions.push(s);
  };
  const entries = (options.knownActors ?? []).flatMap((actor) => actor.names.map((name) => ({ name, value: actor })));
  for (const match of matchGazetteer(text, entries)) {
    add({ span: { start: match.start, end: match.end }, type: match.value.type ?? 'misc', confidence: 0.95, reason: `known actor '${match.value.id}'`, actorId: match.value.id });
  }
  for (const span of findDates(text, language)) add({ span, type: 'date', confidence: 0.9, reason: 'date or time expression' });
  for (const expansion of findAcronymExpansions(text)) {
    add({ span: expansion.expansion, type: 'organization', confidence: 0.8, reason: `expansion of ${expansion.acronymText}` });
  }
  const names = findNameCandidates(text).map((candidate) => ({ candidate, typed: typeName(candidate) }));
  // a name typed with evidence lends its type to identical mentions and to its last word
  const lent = new Map<string, { type: EntityType; confidence: number }>();
  for (const { candidate, typed } of names) {
    if (typed.confidence < 0.6) continue;
    const keys = [candidate.text, ...(typed.type === 'person' && candidate.words.length > 1 ? [candidate.text.split(/\s+/u).slice(-1)[0]!] : [])];
    for (const key of keys) {
      const known = lent.get(key);
      if (!known || known.confidence < typed.confidence) lent.set(key, { type: typed.type, confidence: typed.confidence });
    }
  }
  for (const { candidate, typed } of names) {
    const other = lent.get(candidate.text);
    const surname = candidate.words.length === 1 && other?.type === 'person' && typed.type !== 'person' && !typed.reason.includes('country');
    const type = other && (other.confidence > typed.confidence || surname) ? other.type : typed.type;
    add({ span: { start: candidate.start, end: candidate.end }, type, confidence: typed.confidence, reason: typed.reason });
  }
  return suggestions.sort((a, b) => a.span.start - b.span.start);
}
