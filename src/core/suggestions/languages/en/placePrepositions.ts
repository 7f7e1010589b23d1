/** Prepositions of place before a name ("à Lyon", "in Berlin"). */
import { wordList } from '../wordList';

export const placePrepositions = wordList(`
in
at
near
from
to
toward
towards
outside
across
`);
