import * as vscode from 'vscode';

/** The sidecars the workspace index looks for: everywhere but in dependencies and git's own folder. */
export const SIDECAR_GLOB = '**/*.ann.yaml';
export const SKIPPED_FOLDERS = ['node_modules', '.git'];

/** True for a file under node_modules or .git, which the index leaves out (a dependency's sidecars are not the user's). */
export function inSkippedFolder(uri: vscode.Uri): boolean {
  return uri.path.split('/').some((segment) => SKIPPED_FOLDERS.includes(segment));
}

/** What the workspace index reads of a file: its stamp and its bytes. */
export interface FileReads {
  /** Every sidecar under a folder of this file system (dependencies and .git skipped). */
  findSidecars?(folder: vscode.Uri): Promise<vscode.Uri[]>;
  stat(uri: vscode.Uri): Thenable<{ readonly mtime: number; readonly size: number }>;
  /** Rejects with a `vscode.FileSystemError` when the file cannot be read (gone, a folder, no permission). */
  readFile(uri: vscode.Uri): Thenable<Uint8Array>;
}

const throughWorkspace: FileReads = {
  stat: (uri) => vscode.workspace.fs.stat(uri),
  readFile: (uri) => vscode.workspace.fs.readFile(uri),
};

let local: FileReads | undefined;

/**
 * The desktop entry reads `file:` URIs with Node (src/editor/localFileReads.ts): in the
 * extension host each `vscode.workspace.fs` call costs about 0.2 ms, and a cold index of 10,000
 * articles makes 40,000 of them (8.6 of its 13.5 s in code-server). The web worker has no Node
 * and reads through `vscode.workspace.fs`.
 */
export function readLocalFilesWith(reads: FileReads): void {
  local = reads;
}

/** How to read `uri`: with Node on the local disk when the entry gave a way, else through VS Code. */
export function fileReadsFor(uri: vscode.Uri): FileReads {
  return uri.scheme === 'file' && local ? local : throughWorkspace;
}

/**
 * Every sidecar of the workspace. The desktop walks its local folders with Node: VS Code's
 * `findFiles` took 2.5 to 6.5 s for 10,000 sidecars in code-server, a search process started for it.
 */
export async function findWorkspaceSidecars(): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const walk = local?.findSidecars;
  if (!walk || folders.length === 0 || folders.some((folder) => folder.uri.scheme !== 'file')) {
    return vscode.workspace.findFiles(SIDECAR_GLOB, `**/{${SKIPPED_FOLDERS.join(',')}}/**`);
  }
  const found = new Map<string, vscode.Uri>();
  for (const uris of await Promise.all(folders.map((folder) => walk(folder.uri)))) for (const uri of uris) found.set(uri.toString(), uri);
  return [...found.values()];
}
