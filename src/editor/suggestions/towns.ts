/**
 * The town names the entity suggester types places with (see src/core/suggestions/entities/towns.ts):
 * read once, on first use and off the keystroke path, from `dist/towns.txt` in the extension
 * through `vscode.workspace.fs`, so that the web worker (no Node, the extension behind a URL)
 * reads it as the desktop does, and the web bundle stays small.
 */
import * as vscode from 'vscode';
import { NO_TOWNS, parseTownNames, TOWNS_FILE, type TownNames } from '../../core/suggestions';

const EXTENSION_ID = 'marginalia.marginalia';

let towns: Promise<TownNames> | undefined;

async function readTowns(): Promise<TownNames> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const file = extension && vscode.Uri.joinPath(extension.extensionUri, 'dist', TOWNS_FILE);
  try {
    if (file) return parseTownNames(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  } catch {
    // not there: said below
  }
  // suggestions still work, with names typed by context alone; say so once
  console.warn(`Marginalia: ${file?.toString() ?? TOWNS_FILE} not found; names are typed by their context alone`);
  return NO_TOWNS;
}

/** The town names shipped with the extension (none when the file is missing). */
export function extensionTowns(): Promise<TownNames> {
  towns ??= readTowns();
  return towns;
}
