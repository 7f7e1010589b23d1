/**
 * Words that attribute speech, by language (see each language's cues.ts): verbs of saying,
 * prepositions of attribution, subject pronouns, determiners.
 */
import type { SuggestLanguage } from '../types';
import { LANGUAGES, rulesFor, type CueWords } from './index';

export { ACTIVE_AUXILIARIES as FR_ACTIVE_AUXILIARIES, AUXILIARIES as FR_AUXILIARIES } from './fr/cues';

export type CueLexicon = CueWords;

export function cueLexicon(language: SuggestLanguage): CueLexicon {
  return rulesFor(language).cues;
}

/** Personal pronouns that can name a speaker. */
export const SUBJECT_PRONOUNS: Record<SuggestLanguage, ReadonlySet<string>> = {
  fr: LANGUAGES.fr.cues.subjectPronouns,
  de: LANGUAGES.de.cues.subjectPronouns,
  en: LANGUAGES.en.cues.subjectPronouns,
};

/** Words that start a noun phrase (determiners and possessives). */
export const DETERMINERS: Record<SuggestLanguage, ReadonlySet<string>> = {
  fr: LANGUAGES.fr.cues.determiners,
  de: LANGUAGES.de.cues.determiners,
  en: LANGUAGES.en.cues.determiners,
};
