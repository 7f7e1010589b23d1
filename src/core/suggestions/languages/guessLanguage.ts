/** A language hint from function words: which cue lexicon to use first. */
import type { SuggestLanguage } from '../types';
import { LANGUAGES } from './index';
import { pushTo } from '../../multiMap';

const FUNCTION_WORDS: Record<SuggestLanguage, readonly string[]> = {
  fr: LANGUAGES.fr.guessWords,
  en: LANGUAGES.en.guessWords,
  de: LANGUAGES.de.guessWords,
};

/** Which languages each function word belongs to, built once. */
const LANGUAGE_OF_WORD = new Map<string, SuggestLanguage[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS) as [SuggestLanguage, readonly string[]][]) {
  for (const word of words) pushTo(LANGUAGE_OF_WORD, word, language);
}

/** The language whose function words are most frequent in (the first 20,000 characters of) `text`. */
export function guessLanguage(text: string): SuggestLanguage {
  const counts: Record<SuggestLanguage, number> = { fr: 0, en: 0, de: 0 };
  for (const word of text.slice(0, 20000).toLowerCase().match(/\p{L}+/gu) ?? []) {
    const language = LANGUAGE_OF_WORD.get(word);
    if (language) for (const l of language) counts[l]++;
  }
  return (['fr', 'en', 'de'] as const).reduce((best, l) => (counts[l] > counts[best] ? l : best), 'fr' as SuggestLanguage);
}
