/** Continents and regions that news names like countries, in French, English and German. */
import { wordList } from '../wordList';

export const continentsAndRegions = wordList(`
Europe
Afrique
Asie
Amérique
Océanie
Africa
Asia
America
Afrika
Asien
Amerika
Antarctique
Antarctica
Moyen-Orient
Proche-Orient
Maghreb
Sahel
Caraïbes
Balkans
Scandinavie
Angleterre
Écosse
Ecosse
England
Scotland
Wales
Pays de Galles
Middle East
`);
