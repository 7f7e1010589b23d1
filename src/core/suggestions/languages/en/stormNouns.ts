/** Nouns before a storm's name ("l'ouragan Matthew"). */
import { wordList } from '../wordList';

export const stormNouns = wordList(`
hurricane
storm
typhoon
`);
