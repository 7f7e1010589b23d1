/** Adverbs skipped between a verb of saying and its subject ("a aussi déclaré", "sagte auch"). */
import { wordList } from '../wordList';

export const cueAdverbs = wordList(`
auch
dazu
weiter
zudem
noch
jedoch
bereits
daraufhin
außerdem
hinzu
mit
fort
ein
an
einmal
gar
sich
ähnlich
damals
später
deshalb
darin
dort
hier
abschließend
anschließend
zuvor
wörtlich
empört
folgendermaßen
`);
