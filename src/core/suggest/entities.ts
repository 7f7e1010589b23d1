/**
 * Entity candidates: dates, the gazetteer of known actors, capitalised names (see names.ts).
 */
import { findDates } from './dates';
import { guessLanguage } from './language';
import type { EntitySuggestion, SuggestOptions } from './types';

export function suggestEntities(text: string, options: SuggestOptions = {}): EntitySuggestion[] {
  const language = options.language ?? guessLanguage(text);
  const dates: EntitySuggestion[] = findDates(text, language).map((span) => ({ span, type: 'date', confidence: 0.9, reason: 'date or time expression' }));
  return dates;
}
