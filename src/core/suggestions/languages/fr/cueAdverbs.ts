/** Adverbs skipped between a verb of saying and its subject ("a aussi déclaré", "sagte auch"). */
import { wordList } from '../wordList';

export const cueAdverbs = wordList(`
aussi
encore
également
ensuite
d'ailleurs
d’ailleurs
toutefois
pourtant
alors
notamment
ainsi
même
bien
déjà
cependant
enfin
`);
