/** Words that connect the parts of one name ("Place de la Concorde", "Bank of America", "van Gogh"). */
import { wordList } from '../wordList';

export const nameConnectors = wordList(`
of
the
&
for
upon
`);
