/**
 * The town names the entity suggester types places with (see src/core/suggestions/entities/towns.ts), read
 * once from `towns.txt`: beside the bundle (dist/), two levels up for the test bundles, or in
 * the sources when run from them (tsx).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_TOWNS, parseTownNames, TOWNS_FILE, type TownNames } from '../core/suggestions';

/** Where the list may be, nearest first. */
export const TOWNS_LOCATIONS: readonly string[] = [
  join(__dirname, TOWNS_FILE),
  join(__dirname, '..', '..', TOWNS_FILE),
  join(__dirname, '..', 'core', 'suggestions', 'generated', TOWNS_FILE),
];

let towns: TownNames | undefined;

/** The town names, or none (with a warning, once) when the list was not built. */
export function readTowns(): TownNames {
  if (towns) return towns;
  const file = TOWNS_LOCATIONS.find(existsSync);
  if (!file) {
    // suggestions still work, with names typed by context alone; say so once
    console.warn(`Marginalia: ${TOWNS_FILE} not found beside ${__dirname}; run \`node scripts/build-gazetteers.mjs\``);
    return (towns = NO_TOWNS);
  }
  return (towns = parseTownNames(readFileSync(file, 'utf8')));
}
