import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { SKIPPED_FOLDERS, type FileReads } from './fileReads';

/**
 * Reads of the local disk with Node, for the desktop entry (see fileReads.ts). Failures become
 * the `vscode.FileSystemError`s `vscode.workspace.fs` would give, so callers handle one kind.
 */
export const localFileReads: FileReads = {
  async findSidecars(folder) {
    const found: vscode.Uri[] = [];
    const skipped = new Set(SKIPPED_FOLDERS);
    // Symbolic links are not followed: a link to a folder above would loop.
    const visit = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return; // gone meanwhile, or not readable: nothing to index there
      }
      const below: Promise<void>[] = [];
      for (const entry of entries) {
        if (entry.isDirectory()) {
          if (!skipped.has(entry.name)) below.push(visit(join(dir, entry.name)));
        } else if (entry.isFile() && entry.name.endsWith('.ann.yaml')) found.push(vscode.Uri.file(join(dir, entry.name)));
      }
      await Promise.all(below);
    };
    await visit(folder.fsPath);
    return found;
  },
  async stat(uri) {
    try {
      const found = await stat(uri.fsPath);
      if (!found.isFile()) throw vscode.FileSystemError.FileIsADirectory(uri);
      // Whole milliseconds, as vscode.workspace.fs gives them: persisted stamps stay comparable.
      return { mtime: found.mtime.getTime(), size: found.size };
    } catch (error) {
      throw asFileSystemError(error, uri);
    }
  },
  async readFile(uri) {
    try {
      return await readFile(uri.fsPath);
    } catch (error) {
      throw asFileSystemError(error, uri);
    }
  },
};

function asFileSystemError(error: unknown, uri: vscode.Uri): unknown {
  if (error instanceof vscode.FileSystemError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return vscode.FileSystemError.FileNotFound(uri);
  if (code === 'EISDIR') return vscode.FileSystemError.FileIsADirectory(uri);
  if (code === 'EACCES' || code === 'EPERM') return vscode.FileSystemError.NoPermissions(uri);
  return vscode.FileSystemError.Unavailable(uri);
}
