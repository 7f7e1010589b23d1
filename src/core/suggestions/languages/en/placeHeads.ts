/** Head words of place names (lowercased). */
import { wordList } from '../wordList';

export const placeHeads = wordList(`
avenue
street
road
square
river
mount
mountain
lake
island
islands
county
bay
valley
sea
ocean
gulf
park
airport
station
bridge
north
south
east
west
saint
san
santa
são
fort
new
los
las
el
puerto
porto
villa
city
town
village
`);
