/** What the suggesters know of English: its word lists (one file each, beside this one) and cues. */
import type { LanguageRules } from '../rules';
import { englishCues } from './cues';
import { englishIndirectSpeech } from './indirectSpeech';
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

export const english: LanguageRules = {
  language: 'en',
  guessWords: ['the', 'and', 'of', 'is', 'to', 'that', 'was', 'for', 'with', 'on', 'by', 'his', 'her'],
  cues: englishCues,
  indirectSpeech: englishIndirectSpeech,
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
  demonymEnding: /(?:ese|ish|ian|ians|an|ans)$/u,
  speakerNouns,
  countryLocales: ['en', 'fr'],
};
