import type { EntitySuggestion, SuggestOptions } from './types';
export function suggestEntities(_text: string, _options: SuggestOptions = {}): EntitySuggestion[] {
  return [];
}
