/**
 * Lowercase words that open a name when a capitalised word follows ("gare Saint-Lazare"). The
 * common noun of a building, lake or sea named after a place or a person is not one of them: the
 * name is what follows it ("la mairie de Lyon", "le lac Léman", "le lycée Vaugelas").
 */
import { wordList } from '../wordList';

export const lowercaseHeads = wordList(`
ministère
université
armée
place
avenue
rue
boulevard
gare
diocèse
île
hôpital
palais
golfe
académie
institut
école
quai
cours
impasse
allée
chemin
route
abbaye
archidiocèse
`);
