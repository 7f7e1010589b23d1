/** Words that end a noun phrase when reading it rightwards or leftwards (conjunctions, prepositions, auxiliaries). */
import { wordList } from '../wordList';

export const nounPhraseStops = wordList(`
que
qu'
qu’
à
lors
dans
sur
après
avant
pendant
pour
par
en
au
aux
avec
hier
vendredi
lundi
mardi
mercredi
jeudi
samedi
dimanche
mais
comme
ce
lui
leur
qui
dont
est
a
ont
sont
était
avait
devant
depuis
et
parce
car
si
`);
