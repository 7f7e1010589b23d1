/** Head nouns that are not a name on their own ("l'État", "la République", "le Conseil"). */
import { wordList } from '../wordList';

export const loneHeads = wordList(`

`);
