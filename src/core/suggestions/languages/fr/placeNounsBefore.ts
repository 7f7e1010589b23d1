/** Common nouns that announce a place's name ("la ville de", "le lac Léman"). */
import { wordList } from '../wordList';

export const placeNounsBefore = wordList(`
ville
village
commune
capitale
région
province
département
pays
quartier
localité
mairie
préfecture
aéroport
lac
mont
mer
océan
pont
église
cathédrale
basilique
château
`);
