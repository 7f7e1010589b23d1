/** What the suggesters know of French: its word lists (one file each, beside this one) and cues. */
import type { LanguageRules } from '../rules';
import { frenchCues } from './cues';
import { frenchIndirectSpeech } from './indirectSpeech';
import { capitalisedTitles } from './capitalisedTitles';
import { cueAdverbs } from './cueAdverbs';
import { demonyms } from './demonyms';
import { documentHeads } from './documentHeads';
import { eventHeads } from './eventHeads';
import { loneHeads } from './loneHeads';
import { lowercaseHeads } from './lowercaseHeads';
import { nameAdjectives } from './nameAdjectives';
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

export const french: LanguageRules = {
  language: 'fr',
  guessWords: ['le', 'la', 'les', 'des', 'est', 'et', 'que', 'une', 'du', 'dans', 'qui', 'pour', 'sur', 'au'],
  cues: frenchCues,
  indirectSpeech: frenchIndirectSpeech,
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
  demonymEnding: /(?:ais|aise|aises|ain|aine|ains|aines|ien|ienne|iens|iennes|ois|oise|oises|éen|éenne|éens|éennes|ique|iques|ole|oles|an|ane|ans|anes|ard|arde|ite|ites)$/u,
  speakerNouns,
  countryLocales: ['fr', 'en'],
};
