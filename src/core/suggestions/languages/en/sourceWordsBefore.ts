/** Words before a name that make it a source, most often someone ("selon X", "by X"). */
import { wordList } from '../wordList';

export const sourceWordsBefore = wordList(`
by
said
`);
