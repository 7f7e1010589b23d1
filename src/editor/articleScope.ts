import * as vscode from 'vscode';
import { EMPTY_ANNOTATIONS } from '../core/model';
import { writeSidecar } from '../core/sidecar';
import { reportFailure } from './errorReporter';
import { articleUriFor, exists, isArticle, sidecarUriFor, writeSidecarText } from './articleFiles';
import type { ArticleRegistry } from './articleRegistry';
import { describeError, log } from './log';

/** `marginalia.articles`: globs (relative to the workspace folder) of files that are articles. */
export const ARTICLES_SETTING = 'marginalia.articles';

/** The context key of menus and keybindings: the active editor shows an article. */
export const IS_ARTICLE_CONTEXT_KEY = 'marginalia:isArticle';

/**
 * Which plain-text and Markdown files are articles, the only files where Marginalia draws and
 * suggests anything. A file is an article when
 * - its folder holds a sidecar (its own or another article's: a folder of articles is one
 *   where someone annotated at least one) — the folder itself, not its ancestors, so that a
 *   sidecar at the root does not make every README of the workspace an article;
 * - or it matches a glob of `marginalia.articles`;
 * - or the user started annotating it (an untitled document, which has no folder yet).
 * The answer for a folder is read once and kept until a sidecar appears or goes there.
 */
export class ArticleScope implements vscode.Disposable {
  private readonly folders = new Map<string, Promise<boolean>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when files may have become articles or stopped being ones. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private contextValue: boolean | undefined;

  constructor(private readonly registry: ArticleRegistry) {
    this.disposables.push(
      registry.onDidChangeSidecarFile(({ uri, kind }) => {
        if (kind === 'changed') return;
        // A sidecar came or went: its folder may have become, or stopped being, one of articles.
        this.folders.delete(folderOf(uri).toString());
        this.changed.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(ARTICLES_SETTING)) this.changed.fire();
      }),
      this.onDidChange(() => reportFailure(this.updateContextKey())),
      vscode.window.onDidChangeActiveTextEditor(() => reportFailure(this.updateContextKey())),
      // A session appears when the user starts annotating a file (also an untitled one).
      registry.onDidChange(() => reportFailure(this.updateContextKey())),
    );
    reportFailure(this.updateContextKey());
  }

  /** Whether Marginalia may draw and suggest in this document. */
  async contains(document: vscode.TextDocument): Promise<boolean> {
    if (!isArticle(document)) return false;
    if (this.registry.get(document.uri)) return true;
    if (matchesSetting(document)) return true;
    if (document.isUntitled) return false;
    return this.folderHoldsSidecar(folderOf(document.uri));
  }

  /**
   * "Marginalia: Start Annotating This File": gives the file an empty sidecar (an untitled one
   * gets its annotations in memory until it is saved), which makes it and its folder articles.
   */
  async startAnnotating(document: vscode.TextDocument): Promise<boolean> {
    if (!isArticle(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Marginalia annotates plain text and Markdown files.'));
      return false;
    }
    const sidecar = sidecarUriFor(document.uri);
    if (!document.isUntitled && !(await exists(sidecar))) {
      await writeSidecarText(sidecar, writeSidecar(EMPTY_ANNOTATIONS));
      this.folders.set(folderOf(document.uri).toString(), Promise.resolve(true));
      log().info(`started annotating ${document.uri.toString()}: wrote ${sidecar.toString()}`);
    }
    await this.registry.sessionFor(document, { create: true });
    this.changed.fire();
    return true;
  }

  private folderHoldsSidecar(folder: vscode.Uri): Promise<boolean> {
    const key = folder.toString();
    let known = this.folders.get(key);
    if (!known) {
      known = readsSidecar(folder);
      this.folders.set(key, known);
    }
    return known;
  }

  private async updateContextKey(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const value = document !== undefined && (await this.contains(document));
    if (document !== vscode.window.activeTextEditor?.document || value === this.contextValue) return;
    this.contextValue = value;
    await vscode.commands.executeCommand('setContext', IS_ARTICLE_CONTEXT_KEY, value);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function folderOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

async function readsSidecar(folder: vscode.Uri): Promise<boolean> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.some(([name, type]) => type !== vscode.FileType.Directory && articleUriFor(folder.with({ path: `${folder.path}/${name}` })) !== undefined);
  } catch (error) {
    log().warn(`could not list ${folder.toString()} to look for sidecars: ${describeError(error)}`);
    return false;
  }
}

/** Whether a glob of `marginalia.articles` (VS Code's glob syntax, as in `files.exclude`) matches. */
function matchesSetting(document: vscode.TextDocument): boolean {
  const globs = vscode.workspace.getConfiguration('marginalia', document.uri).get<unknown>('articles', []);
  if (!Array.isArray(globs)) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return globs.some(
    (glob) => typeof glob === 'string' && glob.trim() !== '' && vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0,
  );
}
