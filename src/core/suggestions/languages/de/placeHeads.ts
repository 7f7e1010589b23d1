/** Head words of place names (lowercased). */
import { wordList } from '../wordList';

export const placeHeads = wordList(`
straße
strasse
platz
insel
see
berg
tal
nord
bad
sankt
kreis
land
`);
