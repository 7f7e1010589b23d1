/** What the suggesters know of French: its word lists (one file each, beside this one) and cues. */
import type { LanguageRules } from '../rules';
import { frenchCues } from './cues';
import { capitalisedTitles } from './capitalisedTitles';
import { demonyms } from './demonyms';
import { documentHeads } from './documentHeads';
import { eventHeads } from './eventHeads';
import { loneHeads } from './loneHeads';
import { lowercaseHeads } from './lowercaseHeads';
import { nameAdjectives } from './nameAdjectives';
import { nameConnectors } from './nameConnectors';
import { organizationHeads } from './organizationHeads';
import { placeHeads } from './placeHeads';
import { sentenceStartWords } from './sentenceStartWords';
import { titles } from './titles';

export const french: LanguageRules = {
  language: 'fr',
  guessWords: ['le', 'la', 'les', 'des', 'est', 'et', 'que', 'une', 'du', 'dans', 'qui', 'pour', 'sur', 'au'],
  cues: frenchCues,
  titles,
  capitalisedTitles,
  organizationHeads,
  placeHeads,
  eventHeads,
  nameConnectors,
  loneHeads,
  lowercaseHeads,
  documentHeads,
  nameAdjectives,
  demonyms,
  sentenceStartWords,
  demonymEnding: /(?:ais|aise|aises|ain|aine|ains|aines|ien|ienne|iens|iennes|ois|oise|oises|éen|éenne|éens|éennes|ique|iques|ole|oles|an|ane|ans|anes|ard|arde|ite|ites)$/u,
  countryLocales: ['fr', 'en'],
};
