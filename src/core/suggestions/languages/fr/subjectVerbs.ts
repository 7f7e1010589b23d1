/** Verbs of winning, leaving, dying whose subject is someone, not somewhere ("X remporte"). */
import { wordList } from '../wordList';

export const subjectVerbs = wordList(`
remporte
gagne
garde
creuse
termine
devance
prend
signe
quitte
rejoint
bat
perd
démissionne
meurt
décède
succède
s’impose
s'impose
conserve
reste
devient
`);
