/** Prepositions of place before a name ("à Lyon", "in Berlin"). */
import { wordList } from '../wordList';

export const placePrepositions = wordList(`
à
en
au
aux
vers
depuis
près
dans
`);
