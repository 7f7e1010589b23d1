/**
 * The shared actors that apply to a sidecar on the command line: those of the nearest
 * `marginalia.actors.yaml` in the sidecar's folder or a folder above it (the editor reads the
 * one at the workspace root, which is that file for every article of the workspace).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  EMPTY_SHARED_ACTORS, parseSharedActors, propertiesLookup, SHARED_ACTORS_FILE, type ActorProperties, type SharedActors,
} from '../core/actors';
import { blocksWriting } from '../core/sidecar';

export interface SharedActorsFile {
  readonly path?: string;
  readonly shared: SharedActors;
  /** The properties of an actor by id (built once per file). */
  readonly propertiesOf: (actor: { readonly id: string }) => ActorProperties | undefined;
  /** The file has errors (`check` lists them): its actors are left out rather than read in part. */
  readonly problem?: string;
}

const NONE: SharedActorsFile = { shared: EMPTY_SHARED_ACTORS, propertiesOf: () => undefined };

/** Finds and reads the shared actors file for each folder once. */
export class SharedActorsFiles {
  private readonly byFolder = new Map<string, SharedActorsFile>();

  for(sidecarPath: string): SharedActorsFile {
    return this.inFolder(dirname(sidecarPath));
  }

  private inFolder(folder: string): SharedActorsFile {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const found = this.readIn(folder) ?? (dirname(folder) === folder ? NONE : this.inFolder(dirname(folder)));
    this.byFolder.set(folder, found);
    return found;
  }

  private readIn(folder: string): SharedActorsFile | undefined {
    const path = join(folder, SHARED_ACTORS_FILE);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      return { ...NONE, path, problem: `cannot read: ${(error as Error).message}` };
    }
    const parsed = parseSharedActors(bytes);
    const error = parsed.problems.find(blocksWriting);
    if (error) return { ...NONE, path, problem: `${error.line}:${error.column}: ${error.message}` };
    return { path, shared: parsed.shared, propertiesOf: propertiesLookup(parsed.shared) };
  }
}
