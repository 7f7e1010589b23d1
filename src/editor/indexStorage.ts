import * as vscode from 'vscode';
import { parseIndexCache, serializeIndexCache, type IndexCache, type IndexEntry } from '../core/workspaceIndex';
import { describeError, log } from './log';

const FILE = 'workspace-index.json';

/**
 * The workspace index persisted in the extension's storage for this workspace, through
 * `workspace.fs` (so it works wherever the host keeps that storage, a browser included). A
 * cache that does not parse exactly is discarded (and logged), never trusted; it is written to
 * a temporary file renamed over the old one, so a crash mid-write leaves the previous cache.
 */
export class IndexStorage {
  constructor(private readonly folder: vscode.Uri) {}

  async read(environment: string): Promise<IndexEntry[]> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.folder, FILE));
    } catch {
      return []; // none yet (first start in this workspace) or unreadable: built from the files
    }
    const parsed = parseIndexCache(new TextDecoder().decode(bytes), environment);
    if (!parsed.ok) log().info(`workspace index cache discarded: ${parsed.reason}`);
    return parsed.ok ? parsed.entries : [];
  }

  async write(cache: IndexCache): Promise<void> {
    const target = vscode.Uri.joinPath(this.folder, FILE);
    const temporary = vscode.Uri.joinPath(this.folder, `${FILE}.${Date.now().toString(36)}.tmp`);
    try {
      await vscode.workspace.fs.createDirectory(this.folder);
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(serializeIndexCache(cache)));
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
      // The cache only saves time at the next start: failing to write it is no failure of the user's work.
      log().warn(`workspace index cache not written: ${describeError(error)}`);
      await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    }
  }
}
