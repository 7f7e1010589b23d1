/** Titles capitalised before a name by convention ("le Pape François"), lowercased. */
import { wordList } from '../wordList';

export const capitalisedTitles = wordList(`
herr
frau
`);
