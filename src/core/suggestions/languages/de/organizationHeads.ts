/** Head words of organisation names (lowercased). */
import { wordList } from '../wordList';

export const organizationHeads = wordList(`
union
gmbh
ag
partei
verband
bund
gewerkschaft
regierung
ministerium
bundestag
bundesrat
universität
stiftung
verein
international
national
`);
