/** Common nouns that announce a place's name ("la ville de", "le lac Léman"). */
import { wordList } from '../wordList';

export const placeNounsBefore = wordList(`
village
province
city
town
county
state
`);
