/**
 * The town names for the desktop's suggestion worker (./suggestionWorker.ts), which has no
 * `vscode` to read them through (./towns.ts does that for the extension host): read once from
 * `towns.txt` beside the worker's bundle (dist/), or two levels up for the test bundles.
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
export function bundledTowns(): Promise<TownNames> {
  towns ??= firstReadable([join(__dirname, TOWNS_FILE), join(__dirname, '..', '..', TOWNS_FILE)]);
  return towns;
}
