/** Adverbs skipped between a verb of saying and its subject ("a aussi déclaré", "sagte auch"). */
import { wordList } from '../wordList';

export const cueAdverbs = wordList(`
also
later
then
further
recently
finally
however
`);
