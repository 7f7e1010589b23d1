/** Titles capitalised before a name by convention ("le Pape François"), lowercased. */
import { wordList } from '../wordList';

export const capitalisedTitles = wordList(`
président
présidente
premier
première
ministre
général
générale
colonel
capitaine
maréchal
commandant
docteur
professeur
maître
sénateur
député
députée
maire
juge
chef
secrétaire
chancelier
chancelière
pape
roi
reine
cheikh
émir
imam
ayatollah
monseigneur
madame
monsieur
mademoiselle
`);
