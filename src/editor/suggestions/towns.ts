/**
 * The town names the entity suggester types places with (see src/core/suggestions/entities/towns.ts): read
 * once, off the keystroke path, from `towns.txt` beside the extension's bundle (dist/), or two
 * levels up for the integration test bundles (dist/test/integration/).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NO_TOWNS, parseTownNames, TOWNS_FILE, type TownNames } from '../../core/suggestions';

let towns: Promise<TownNames> | undefined;

async function firstReadable(files: readonly string[]): Promise<TownNames> {
  for (const file of files) {
    try {
      return parseTownNames(await readFile(file, 'utf8'));
    } catch {
      // not there: try the next place
    }
  }
  // suggestions still work, with names typed by context alone; say so once
  console.warn(`Marginalia: ${TOWNS_FILE} not found beside ${__dirname}; names are typed by their context alone`);
  return NO_TOWNS;
}

/** The town names shipped with the extension (none when the file is missing). */
export function extensionTowns(): Promise<TownNames> {
  towns ??= firstReadable([join(__dirname, TOWNS_FILE), join(__dirname, '..', '..', TOWNS_FILE)]);
  return towns;
}
