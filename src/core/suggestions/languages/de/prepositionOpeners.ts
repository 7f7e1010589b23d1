/** Words that open a prepositional or adverbial phrase, not a subject. */
import { wordList } from '../wordList';

export const prepositionOpeners = wordList(`
in
im
bei
gegenüber
dazu
am
auf
vor
nach
mit
anlässlich
hierzu
vom
zum
zur
beim
über
für
so
darin
damit
daraufhin
indes
dann
nun
heute
gestern
ähnlich
deshalb
zudem
außerdem
auch
jedoch
dem
den
einem
einen
des
`);
