/** What the suggesters know of English: its word lists (one file each, beside this one) and cues. */
import type { LanguageRules } from '../rules';
import { englishCues } from './cues';
import { capitalisedTitles } from './capitalisedTitles';
import { eventHeads } from './eventHeads';
import { loneHeads } from './loneHeads';
import { nameConnectors } from './nameConnectors';
import { organizationHeads } from './organizationHeads';
import { placeHeads } from './placeHeads';
import { sentenceStartWords } from './sentenceStartWords';
import { titles } from './titles';

export const english: LanguageRules = {
  language: 'en',
  guessWords: ['the', 'and', 'of', 'is', 'to', 'that', 'was', 'for', 'with', 'on', 'by', 'his', 'her'],
  cues: englishCues,
  titles,
  capitalisedTitles,
  organizationHeads,
  placeHeads,
  eventHeads,
  nameConnectors,
  loneHeads,
  lowercaseHeads: [],
  documentHeads: [],
  nameAdjectives: [],
  demonyms: [],
  sentenceStartWords,
  demonymEnding: /(?:ese|ish|ian|ians|an|ans)$/u,
  countryLocales: ['en', 'fr'],
};
