/** Head words of event names (lowercased): a name that starts with one is an event. */
import { wordList } from '../wordList';

export const eventHeads = wordList(`
festival
open
marathon
games
championship
cup
war
summit
olympics
expo
masters
super
tournament
world
`);
