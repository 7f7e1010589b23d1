/** Common nouns that announce an organisation's name ("le constructeur Airbus", "le quotidien Le Monde"). */
import { wordList } from '../wordList';

export const organizationNounsBefore = wordList(`
unternehmen
konzern
zeitung
partei
verein
sender
`);
