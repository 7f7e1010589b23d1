/** What the suggesters know of German: its word lists (one file each, beside this one) and cues. */
import type { LanguageRules } from '../rules';
import { germanCues } from './cues';
import { capitalisedTitles } from './capitalisedTitles';
import { eventHeads } from './eventHeads';
import { loneHeads } from './loneHeads';
import { nameConnectors } from './nameConnectors';
import { organizationHeads } from './organizationHeads';
import { placeHeads } from './placeHeads';
import { sentenceStartWords } from './sentenceStartWords';
import { titles } from './titles';

export const german: LanguageRules = {
  language: 'de',
  guessWords: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'dem', 'wurde', 'auf'],
  cues: germanCues,
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
  demonymEnding: /(?:er|ers|isch|ische|ischen|aner|anerin)$/u,
  countryLocales: ['de', 'en'],
};
