/** Words that open a prepositional or adverbial phrase, not a subject. */
import { wordList } from '../wordList';

export const prepositionOpeners = wordList(`
in
during
at
on
after
to
with
`);
