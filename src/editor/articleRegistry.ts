import * as vscode from 'vscode';
import { articleUriFor, isArticle, openDocument, readSidecar, sidecarUriFor, type SidecarRead } from './articleFiles';
import { refusalOf } from './articleGuard';
import { ArticleSession } from './articleSession';
import { reportFailure } from './errorReporter';

/** A sidecar file that came, changed or went on disk. */
export interface SidecarFileEvent {
  readonly uri: vscode.Uri;
  readonly kind: 'created' | 'changed' | 'deleted';
  /**
   * The sidecar as read once for every listener (parsed on first use); undefined when it is
   * gone. When its article is open, what the article's session read (it waited for its own
   * write in flight, and needs no parse of a write of its own coming back).
   */
  readonly read: SidecarRead | undefined;
}

/**
 * The sessions of the open articles that have a sidecar (or that the user started annotating),
 * kept in step with the documents, the sidecars on disk and the sidecars open in editors.
 */
export class ArticleRegistry implements vscode.Disposable {
  private readonly sessions = new Map<string, Promise<ArticleSession | undefined>>();
  private readonly ready = new Map<string, ArticleSession>();
  private readonly changed = new vscode.EventEmitter<ArticleSession>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Per article: its session's subscription, disposed when the article is forgotten. */
  private readonly subscriptions = new Map<string, vscode.Disposable>();
  /** Fires whenever any article's view changed. */
  readonly onDidChange = this.changed.event;
  private readonly sidecarFiles = new vscode.EventEmitter<SidecarFileEvent>();
  /**
   * A sidecar on disk was created, changed or deleted (by git, by hand, by us): the one watcher
   * of `*.ann.yaml`, which reads the file once for everyone. Fired before an open article that
   * had no sidecar gets its session.
   */
  readonly onDidChangeSidecarFile = this.sidecarFiles.event;
  /** Per sidecar, the change being read: the next waits for it, so events are handled in order. */
  private readonly following = new Map<string, Promise<void>>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.ann.yaml');
    this.disposables.push(
      watcher,
      this.sidecarFiles,
      watcher.onDidChange((uri) => this.sidecarChanged(uri, 'changed')),
      watcher.onDidCreate((uri) => this.sidecarChanged(uri, 'created')),
      watcher.onDidDelete((uri) => this.sidecarChanged(uri, 'deleted')),
      vscode.workspace.onDidOpenTextDocument((document) => reportFailure(this.track(document))),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeTextDocument((event) => this.documentChanged(event)),
      vscode.workspace.onDidSaveTextDocument((document) => this.documentSaved(document)),
    );
    for (const document of vscode.workspace.textDocuments) reportFailure(this.track(document));
  }

  /** The session of an open article that has a sidecar, if it is loaded. */
  get(uri: vscode.Uri): ArticleSession | undefined {
    return this.ready.get(uri.toString());
  }

  all(): ArticleSession[] {
    return [...this.ready.values()];
  }

  /** The session of a document, loading it (and starting annotations) when asked to. */
  async sessionFor(document: vscode.TextDocument, options: { create: boolean }): Promise<ArticleSession | undefined> {
    const key = document.uri.toString();
    const existing = await this.sessions.get(key);
    if (existing || !options.create || !isArticle(document) || refusalOf(document)) return existing;
    return this.load(document);
  }

  /** Loads the session of an article that has a sidecar (`read`: the sidecar, when just read). */
  private async track(document: vscode.TextDocument, read?: SidecarRead): Promise<void> {
    if (articleUriFor(document.uri)) {
      // A sidecar opened in an editor: from now on its text is the document's.
      return;
    }
    if (!isArticle(document) || this.sessions.has(document.uri.toString())) return;
    // An untitled document has no sidecar yet: it gets one when the user starts annotating.
    if (document.isUntitled) return;
    // Too large or binary: no view, no decorations (the commands say why, see activeArticle).
    if (refusalOf(document)) return;
    const sidecar = read ?? (await readSidecar(sidecarUriFor(document.uri)));
    if (sidecar && !this.sessions.has(document.uri.toString())) await this.load(document, sidecar);
  }

  private load(document: vscode.TextDocument, read?: SidecarRead): Promise<ArticleSession | undefined> {
    const key = document.uri.toString();
    const loading = ArticleSession.open(document, read).then((session) => {
      this.ready.set(key, session);
      this.subscriptions.set(key, session.onDidChange((s) => this.changed.fire(s)));
      this.changed.fire(session);
      return session;
    }, (error: unknown) => {
      // Not cached: opening the article again (or a change of its sidecar) tries again.
      if (this.sessions.get(key) === loading) this.sessions.delete(key);
      throw error;
    });
    this.sessions.set(key, loading);
    return loading;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const session = this.ready.get(key);
    this.sessions.delete(key);
    this.ready.delete(key);
    this.subscriptions.get(key)?.dispose();
    this.subscriptions.delete(key);
    session?.dispose();
  }

  private documentSaved(document: vscode.TextDocument): void {
    const session = this.ready.get(document.uri.toString());
    if (session) reportFailure(session.persistStaleAnchors());
    // A refused article the user repaired (removed the NUL character) is read once saved.
    else reportFailure(this.track(document));
  }

  private documentChanged(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const article = articleUriFor(event.document.uri);
    if (article) {
      // The sidecar is being edited in an editor: follow it as the user types.
      const session = this.ready.get(article.toString());
      if (session) reportFailure(session.reloadSidecar());
      return;
    }
    this.ready.get(event.document.uri.toString())?.applyDocumentChanges(event.contentChanges);
  }

  private sidecarChanged(sidecar: vscode.Uri, kind: SidecarFileEvent['kind']): void {
    const key = sidecar.toString();
    const following = (this.following.get(key) ?? Promise.resolve()).then(() => this.followSidecar(sidecar, kind));
    const settled = following.catch(() => undefined);
    this.following.set(key, settled);
    void settled.then(() => {
      if (this.following.get(key) === settled) this.following.delete(key);
    });
    reportFailure(following);
  }

  private async followSidecar(sidecar: vscode.Uri, kind: SidecarFileEvent['kind']): Promise<void> {
    const article = articleUriFor(sidecar);
    const session = article && this.ready.get(article.toString());
    const read = session ? await session.reloadSidecar() : kind === 'deleted' ? undefined : await readSidecar(sidecar);
    // Listeners first: the article scope must know of a new sidecar before its article is tracked.
    this.sidecarFiles.fire({ uri: sidecar, kind, read });
    if (!article || session || !read) return;
    const document = openDocument(article);
    if (document) await this.track(document, read);
  }

  dispose(): void {
    for (const session of this.ready.values()) session.dispose();
    for (const subscription of this.subscriptions.values()) subscription.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
