import * as vscode from 'vscode';
import {
  EMPTY_SHARED_ACTORS, parseSharedActors, propertiesLookup, SHARED_ACTORS_FILE, withSharedActors, writeSharedActors,
  type ActorProperties, type ParsedSharedActors, type SharedActors,
} from '../../core/actors';
import { sameValue } from '../../core/equality';
import type { Annotations } from '../../core/model';
import { textHash } from '../../core/workspaceIndex';
import { blocksWriting, decodeUtf8, isWritable, SidecarNotWritableError, type DecodedText } from '../../core/sidecar';
import { openDocument, writeSidecarText } from '../articleFiles';
import { toDiagnostic } from '../diagnostics';
import { reportFailure } from '../errorReporter';
import { problemMessage } from '../localizedMessage';

/**
 * The workspace's shared actors (`marginalia.actors.yaml` at the root of the first workspace
 * folder): read at start, again whenever the file changes (on disk, or in its editor as the user
 * types), its problems in the Problems panel. A version with errors is reported and never
 * overwritten; the articles keep the last version that read without error.
 */
export class SharedActorsStore implements vscode.Disposable {
  /** The file, when the workspace has a folder. */
  readonly uri: vscode.Uri | undefined;
  private shared: SharedActors = EMPTY_SHARED_ACTORS;
  /** The line of each actor's entry in the file as last read (where Go to Symbol takes the user). */
  private entryLines = new Map<string, number>();
  private lookup: { readonly shared: SharedActors; readonly of: (actor: { readonly id: string }) => ActorProperties | undefined } | undefined;
  private fingerprinted: { readonly shared: SharedActors; readonly hash: string } | undefined;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('marginalia-actors');
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the shared actors changed (not when the file changed to the same actors). */
  readonly onDidChange = this.changed.event;
  /** The first read of the file. */
  readonly ready: Promise<void>;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];

  constructor() {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.uri = folder && vscode.Uri.joinPath(folder.uri, SHARED_ACTORS_FILE);
    if (!folder) {
      this.ready = Promise.resolve();
      return;
    }
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, SHARED_ACTORS_FILE));
    const reread = () => reportFailure(this.reload());
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reread),
      watcher.onDidChange(reread),
      watcher.onDidDelete(reread),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isFile(event.document.uri)) this.adopt(event.document.getText());
      }),
      // Closing an edited, unsaved file: the articles go back to what the disk holds.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.isFile(document.uri)) reread();
      }),
    );
    this.ready = this.reload();
  }

  /** The 0-based line of an actor's entry in the file, when it has one. */
  entryLine(id: string): number | undefined {
    return this.entryLines.get(id);
  }

  get current(): SharedActors {
    return this.shared;
  }

  /** An article's annotations with the shared actors (see core/actors/merge.ts). */
  merge(annotations: Annotations): Annotations {
    return withSharedActors(annotations, this.shared);
  }

  /** A fingerprint of the shared actors now (the workspace index re-derives its entries when it changes). */
  fingerprint(): string {
    if (this.fingerprinted?.shared !== this.shared) this.fingerprinted = { shared: this.shared, hash: textHash(JSON.stringify(this.shared)) };
    return this.fingerprinted.hash;
  }

  /** The properties of an actor by id (for the corpus view's rows). */
  propertiesOf(actor: { readonly id: string }): ActorProperties | undefined {
    if (this.lookup?.shared !== this.shared) this.lookup = { shared: this.shared, of: propertiesLookup(this.shared) };
    return this.lookup.of(actor);
  }

  isFile(uri: vscode.Uri): boolean {
    return this.uri !== undefined && uri.toString() === this.uri.toString();
  }

  /** Reads the file again (its open document when it has one: that is what the user sees). */
  async reload(): Promise<void> {
    this.adopt(await this.readText());
  }

  /**
   * Changes the shared actors and writes the file (diff-local; atomically, through its open
   * document when it has one, as sidecars are written). The articles see the change before
   * this returns.
   * @throws Error when the file has errors (it is never overwritten) or there is no workspace folder.
   */
  async update(change: (shared: SharedActors) => SharedActors): Promise<void> {
    const uri = this.uri;
    if (!uri) throw new Error(vscode.l10n.t('Shared actors need a workspace folder: open the folder of your articles.'));
    const input = await this.readText();
    const parsed = input === undefined ? undefined : parseSharedActors(input);
    if (parsed && !isWritable(parsed.problems)) {
      this.adopt(input);
      throw notWritable(uri, parsed);
    }
    const next = change(parsed?.shared ?? EMPTY_SHARED_ACTORS);
    const written = writeSharedActors(next, parsed);
    if (written !== parsed?.source) await writeSidecarText(uri, written);
    this.adopt(written);
  }

  /** The file's text: its document's when open, else its bytes decoded (bytes that are not UTF-8 are a problem, never replaced). */
  private async readText(): Promise<string | DecodedText | undefined> {
    if (!this.uri) return undefined;
    const open = openDocument(this.uri);
    if (open) return open.getText();
    try {
      return decodeUtf8(await vscode.workspace.fs.readFile(this.uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  private adopt(input: string | DecodedText | undefined): void {
    if (!this.uri) return;
    const parsed = input === undefined ? undefined : parseSharedActors(input);
    this.diagnostics.set(this.uri, parsed ? parsed.problems.map(toDiagnostic) : []);
    // A version with errors may miss actors: the articles keep the last good one until it is fixed.
    if (parsed && !isWritable(parsed.problems)) return;
    this.entryLines = parsed ? entryLines(parsed) : new Map();
    const next = parsed?.shared ?? EMPTY_SHARED_ACTORS;
    if (sameValue(next, this.shared)) return;
    this.shared = next;
    this.changed.fire();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function notWritable(uri: vscode.Uri, parsed: ParsedSharedActors): SidecarNotWritableError {
  const first = parsed.problems.find(blocksWriting);
  return new SidecarNotWritableError(
    parsed.problems,
    vscode.l10n.t('{0} has errors (line {1}: {2}); fix it before annotating — Marginalia will not overwrite it.', vscode.workspace.asRelativePath(uri), first?.line ?? '?', first ? problemMessage(first) : ''),
  );
}

function entryLines(parsed: ParsedSharedActors): Map<string, number> {
  const lines = new Map<string, number>();
  const entries = parsed.layout.sections.get('actors')?.entries ?? [];
  let line = 0;
  let counted = 0;
  for (const entry of [...entries].sort((a, b) => a.start - b.start)) {
    for (; counted < entry.start; counted++) if (parsed.source.charCodeAt(counted) === 10) line++;
    lines.set(entry.key, line);
  }
  return lines;
}
