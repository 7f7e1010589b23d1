/**
 * The languages the suggesters know, behind one interface ({@link LanguageRules}): French,
 * English, German, each in its own folder, and the lists they share.
 */
import type { SuggestLanguage } from '../types';
import { german } from './de';
import { english } from './en';
import { french } from './fr';
import { unionOf, type LanguageRules, type LexiconSets } from './rules';
import { sharedLexicon } from './shared';

export type { CueWords, IndirectSpeechWords, LanguageLexicon, LanguageRules, LexiconSets } from './rules';

export const LANGUAGES: Readonly<Record<SuggestLanguage, LanguageRules>> = { fr: french, en: english, de: german };

/** The rules of `language`. */
export function rulesFor(language: SuggestLanguage): LanguageRules {
  return LANGUAGES[language];
}

/** Every language's lists together, for the rules that read them whatever the text's language. */
export const ANY_LANGUAGE: LexiconSets = unionOf([french, english, german, sharedLexicon]);
