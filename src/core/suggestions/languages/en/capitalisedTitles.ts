/** Titles capitalised before a name by convention ("le Pape François"), lowercased. */
import { wordList } from '../wordList';

export const capitalisedTitles = wordList(`
president
king
queen
pope
senator
governor
mayor
judge
chancellor
minister
secretary
sir
lord
lady
dame
`);
