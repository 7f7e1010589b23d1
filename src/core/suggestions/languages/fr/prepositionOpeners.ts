/** Words that open a prepositional or adverbial phrase, not a subject. */
import { wordList } from '../wordList';

export const prepositionOpeners = wordList(`
à
dans
lors
en
au
aux
par
pour
avec
sur
`);
