/** What the suggesters know of German: its word lists (one file each, beside this one) and cues. */
import type { LanguageRules } from '../rules';
import { germanCues } from './cues';
import { germanIndirectSpeech } from './indirectSpeech';
import { capitalisedTitles } from './capitalisedTitles';
import { cueAdverbs } from './cueAdverbs';
import { eventHeads } from './eventHeads';
import { loneHeads } from './loneHeads';
import { nameConnectors } from './nameConnectors';
import { namingWordsBefore } from './namingWordsBefore';
import { nounPhraseStops } from './nounPhraseStops';
import { organizationHeads } from './organizationHeads';
import { organizationNounsBefore } from './organizationNounsBefore';
import { placeHeads } from './placeHeads';
import { placeNounsBefore } from './placeNounsBefore';
import { placePrepositions } from './placePrepositions';
import { prepositionOpeners } from './prepositionOpeners';
import { sentenceStartWords } from './sentenceStartWords';
import { sourceWordsBefore } from './sourceWordsBefore';
import { speakerNouns } from './speakerNouns';
import { stormNouns } from './stormNouns';
import { subjectVerbs } from './subjectVerbs';
import { titles } from './titles';

export const german: LanguageRules = {
  language: 'de',
  guessWords: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'dem', 'wurde', 'auf'],
  cues: germanCues,
  indirectSpeech: germanIndirectSpeech,
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
  placePrepositions,
  sourceWordsBefore,
  organizationNounsBefore,
  placeNounsBefore,
  subjectVerbs,
  stormNouns,
  namingWordsBefore,
  nounPhraseStops,
  cueAdverbs,
  prepositionOpeners,
  demonymEnding: /(?:er|ers|isch|ische|ischen|aner|anerin)$/u,
  speakerNouns,
  countryLocales: ['de', 'en'],
};
