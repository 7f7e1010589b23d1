/**
 * How Marginalia writes a file (sidecars, brat files, merge results), in the CLI and in the
 * editor (both run in Node): a temporary file in the target's folder, fsynced, renamed over the
 * target. A crash at any instant leaves the old file or the new one, never a torn one, and two
 * writers of one file cannot interleave: the last complete write wins. A write never leaves the
 * folder it was asked to stay in, through a symbolic link or a linked folder.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync, fchmodSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync,
  writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Why a write was refused; `message` says it in words a command can print after the path. */
export class RefusedWriteError extends Error {
  constructor(
    readonly reason: 'exists' | 'outside' | 'dangling-link' | 'not-a-file',
    message: string,
  ) {
    super(message);
    this.name = 'RefusedWriteError';
  }
}

export interface AtomicWriteOptions {
  /**
   * The folder the write must stay in (default: the target's folder). Missing folders between
   * it and the target are created; a symbolic link (file or folder) leading out of it is refused.
   */
  readonly within?: string;
  /** Replace a file that exists (default true); false refuses it, atomically (no check-then-write race). */
  readonly replace?: boolean;
  /**
   * Sync the folder after the rename (default true). A command writing hundreds of files in a
   * few folders passes false and calls {@link syncFolders} once at the end with the folders of
   * the results: the data is synced before the rename either way (old or new file, never a
   * torn one), only the rename's durability waits for the end of the run, and the run does one
   * folder sync per folder instead of one per file.
   */
  readonly syncFolder?: boolean;
}

/** What the write did: `path` is where the bytes landed (a link inside the folder is followed). */
export interface AtomicWriteResult {
  readonly path: string;
  readonly replaced: boolean;
}

/**
 * Writes `data` to `target` atomically; the replaced file's permissions are kept.
 * @throws RefusedWriteError when the target exists and `replace` is false, or when the write
 * would leave the `within` folder; other errors (disk full, permission) as Node throws them.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): AtomicWriteResult {
  const { path, existing } = landingPath(resolve(target), resolve(options.within ?? dirname(target)));
  if (existing !== undefined && options.replace === false) {
    throw new RefusedWriteError('exists', 'exists; left alone');
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temporary = writeTemporary(path, bytes, existing?.mode);
  try {
    if (options.replace === false) {
      createOnly(temporary, path);
    } else {
      renameSync(temporary, path);
    }
  } catch (error) {
    unlinkQuietly(temporary);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new RefusedWriteError('exists', 'exists; left alone');
    throw error;
  }
  if (options.syncFolder !== false) syncFolder(dirname(path));
  return { path, replaced: existing !== undefined };
}

/**
 * Gives the temporary file the target's name unless that name is taken: link() fails when it
 * is, so a file created meanwhile is not replaced. On a file system without hard links (FAT,
 * some network shares) the name was checked just before: a rename is the best left.
 */
function createOnly(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    if (lstatOrUndefined(path) !== undefined) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temporary, path);
    return;
  }
  unlinkSync(temporary);
}

/** The temporary file's name: hidden, unique, and never mistaken for a sidecar or a brat file. */
function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

function writeTemporary(path: string, bytes: Uint8Array, mode: number | undefined): string {
  const temporary = temporaryName(path);
  const fd = openSync(temporary, 'wx', mode ?? 0o666);
  try {
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    // The umask applied at creation may have removed bits the replaced file had.
    if (mode !== undefined) fchmodSync(fd, mode);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkQuietly(temporary);
    throw error;
  }
  closeSync(fd);
  return temporary;
}

/**
 * Where a write to `target` lands, and the file it replaces (if any): the target, or the file
 * a symbolic link at the target points to when that file is inside `within`.
 */
function landingPath(target: string, within: string): { path: string; existing?: { mode: number } } {
  mkdirSync(within, { recursive: true });
  const root = realpathSync(within);
  if (!isInside(within, target, false)) throw new RefusedWriteError('outside', `is not inside ${within}`);
  makeFolders(dirname(target), root);
  const link = lstatOrUndefined(target);
  if (link?.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(target);
    } catch {
      throw new RefusedWriteError('dangling-link', 'is a symbolic link to a file that does not exist; left alone');
    }
    if (!isInside(root, real, false)) throw new RefusedWriteError('outside', `is a symbolic link to ${real}, outside ${within}; left alone`);
    const info = statSync(real);
    if (!info.isFile()) throw new RefusedWriteError('not-a-file', 'is not a regular file; left alone');
    return { path: real, existing: { mode: info.mode & 0o7777 } };
  }
  const path = join(realpathSync(dirname(target)), basename(target));
  if (!isInside(root, path, false)) throw new RefusedWriteError('outside', `is in a linked folder outside ${within}; left alone`);
  if (link === undefined) return { path };
  if (!link.isFile()) throw new RefusedWriteError('not-a-file', 'is not a regular file; left alone');
  return { path, existing: { mode: link.mode & 0o7777 } };
}

/** Creates the folders up to `folder`, refusing when an existing one is a link out of `root`. */
function makeFolders(folder: string, root: string): void {
  let existing = folder;
  while (lstatOrUndefined(existing) === undefined) existing = dirname(existing);
  if (!isInside(root, realpathSync(existing), true)) throw new RefusedWriteError('outside', `is in a linked folder outside ${root}; left alone`);
  mkdirSync(folder, { recursive: true });
}

/** Whether `path` is under `root` (or `root` itself when `orSame`), comparing resolved names. */
function isInside(root: string, path: string, orSame: boolean): boolean {
  const rel = relative(root, path);
  if (rel === '') return orSame;
  return rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** Makes the renames of writes done with `syncFolder: false` durable: each folder once. */
export function syncFolders(folders: Iterable<string>): void {
  for (const folder of new Set(folders)) syncFolder(folder);
}

/** Makes the rename itself durable; not every system lets a folder be opened or synced. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // The data is written and renamed; only durability across a power cut is weaker.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never created.
  }
}
