/** Common nouns for laws, treaties, plans and contests, capitalised before what names them. */
import { wordList } from '../wordList';

export const documentHeads = wordList(`
loi
lois
code
statut
traité
accord
accords
pacte
charte
tapisserie
concours
projet
plan
réforme
décret
rapport
`);
