/** Finding the sidecars a command works on, from the PATHs given on the command line. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SIDECAR_SUFFIX, sidecarPathFor } from '../core/model';

/** Folders never searched: dependencies and git's own data. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export class MissingPathError extends Error {}

/**
 * The sidecars under `paths` (files or folders), sorted and without duplicates. A sidecar is
 * taken as is; an article with a sidecar beside it stands for that sidecar; folders are
 * searched recursively, skipping node_modules and .git.
 * @throws MissingPathError when a path does not exist.
 */
export function findSidecars(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    if (!existsSync(path)) throw new MissingPathError(`no such file or folder: ${path}`);
    if (statSync(path).isDirectory()) for (const sidecar of filesUnder(path, (name) => name.endsWith(SIDECAR_SUFFIX))) found.add(sidecar);
    else if (path.endsWith(SIDECAR_SUFFIX)) found.add(path);
    else if (existsSync(sidecarPathFor(path))) found.add(sidecarPathFor(path));
  }
  return [...found].sort();
}

/**
 * The files under `folder` whose name `accept`s, searched recursively (skipping node_modules
 * and .git, and not following symbolic links to folders), each folder's entries in name order.
 * The one walker of the commands. A folder that cannot be read is passed to `onUnreadable` and
 * skipped when the caller gives one (a folder run goes on); otherwise its error is thrown.
 */
export function filesUnder(
  folder: string,
  accept: (name: string) => boolean,
  onUnreadable?: (folder: string, error: unknown) => void,
): string[] {
  const found: string[] = [];
  walk(folder, accept, onUnreadable, found);
  return found;
}

function walk(folder: string, accept: (name: string) => boolean, onUnreadable: ((folder: string, error: unknown) => void) | undefined, found: string[]): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if (!onUnreadable) throw error;
    onUnreadable(folder, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      // Recursion appends in place: no spread into push, whose argument count is bounded.
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(path, accept, onUnreadable, found);
    } else if (entry.isFile() && accept(entry.name)) {
      found.push(path);
    }
  }
}
