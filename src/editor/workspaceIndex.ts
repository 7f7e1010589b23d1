import * as vscode from 'vscode';
import { buildArticleView, type ArticleView } from '../core/article/view';
import type { SharedActors } from '../core/actors';
import type { Actor, Annotations } from '../core/model';
import { checkArticleText, decodeUtf8, isWritable, parseSidecarModelFromBytes } from '../core/sidecar';
import {
  ActorIndex, contentHash, freshness, indexEntryOf, ViewCache, type FileStamp, type FlatRanges, type IndexEntry,
} from '../core/workspaceIndex';
import { articleUriFor, sidecarUriFor } from './articleFiles';
import { maxArticleLength } from './articleGuard';
import type { ArticleRegistry } from './articleRegistry';
import type { ArticleSession } from './articleSession';
import { reportFailure } from './errorReporter';
import { fileReadsFor, findWorkspaceSidecars, inSkippedFolder } from './fileReads';
import { IndexStorage } from './indexStorage';

/** What the index needs of the shared actors (editor/sharedActors): the one hook it has. */
export interface SharedAnnotations {
  merge(annotations: Annotations): Annotations;
  /** The shared actors now, the file that holds them, and the line of each there. */
  readonly current: SharedActors;
  readonly uri: vscode.Uri | undefined;
  entryLine(id: string): number | undefined;
  /** Changes the file (diff-local); refuses a file with errors. */
  update(change: (shared: SharedActors) => SharedActors): Promise<void>;
  /** Their fingerprint: entries derived under another one are derived again. */
  fingerprint(): string;
  /** Resolves once the shared actors file has been read. */
  readonly ready: Promise<void>;
  readonly onDidChange: vscode.Event<void>;
}

export interface IndexedArticle {
  readonly uri: vscode.Uri;
  readonly annotations: Annotations;
  /** False when the sidecar has errors (Marginalia will not write it; `annotations` may miss entries). */
  readonly sidecarWritable: boolean;
  /** Its view: the live one of an open article, else built from its text on disk (undefined: no longer readable). */
  view(): Promise<ArticleView | undefined>;
}

/** How the last build got its entries (the integration tests read it through the test API). */
export interface IndexBuildReport {
  /** Entries taken from the persisted index, their files' stamps unchanged. */
  readonly fromCache: number;
  /** Entries whose stamps moved or could not be trusted, but whose contents hash the same: not parsed. */
  readonly verified: number;
  /** Articles read and parsed. */
  readonly parsed: number;
  readonly articles: number;
}

/** Articles read at once before the index lets the event loop run (keystrokes, providers). */
const BATCH = 64;
/**
 * Longest stretch of parsing before the index lets the event loop run: a batch parsed in one go
 * held the host ~100-200 ms on a 10,000-article workspace, and an article opened meanwhile
 * waited that long for its decorations.
 */
const SLICE_MS = 8;
/** After a change, the persisted index is written once things have been quiet for this long. */
const SAVE_DELAY_MS = 5000;
/** Stamps of an entry made from an open article's live view: never fresh on the next start. */
const LIVE: FileStamp = { mtime: -1, size: -1 };

/**
 * Every annotated article of the workspace (those with a sidecar), for the workspace outline,
 * references across articles, workspace symbols, rename across articles and the corpus view.
 * Built in the background after activation (a progress item in the status bar; the event loop
 * runs between batches): from the index persisted for this workspace when there is one, whose
 * entries are then checked against the files' stamps (and contents, when a stamp cannot be
 * trusted) so that only what changed is read again. Each entry keeps the parsed annotations and
 * each actor's mention ranges, which answer symbols and references; an article's view is built
 * on demand (see {@link ViewCache}). Open articles use their live view.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly model = new ActorIndex();
  private readonly views = new ViewCache();
  private readonly live = new Map<string, ArticleSession>();
  /** The indexed articles' keys sorted by path; recomputed only when an article comes or goes. */
  private sortedKeys: string[] | undefined;
  private readonly articles = new WeakMap<IndexEntry, IndexedArticle>();
  private building: Promise<void> | undefined;
  private refreshing: Promise<void> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  private report: IndexBuildReport = { fromCache: 0, verified: 0, parsed: 0, articles: 0 };
  /** When the event loop last ran between two articles parsed (see {@link SLICE_MS}). */
  private sliceStarted = 0;
  private pause: Promise<void> | undefined;
  private readonly storage: IndexStorage | undefined;
  private extraEnvironment = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /**
   * `storage`: the extension's storage for this workspace (undefined: no folder open, nothing
   * persisted); `shared`: the workspace's shared actors, added to every article's view.
   */
  constructor(private readonly registry: ArticleRegistry, storage?: vscode.Uri, readonly shared?: SharedAnnotations) {
    this.storage = storage && new IndexStorage(storage);
    this.disposables.push(
      ...(shared ? [shared.onDidChange(() => reportFailure(this.setEnvironment(sharedEnvironment(shared))))] : []),
      registry.onDidChangeSidecarFile(({ uri }) => {
        const article = articleUriFor(uri);
        if (article && this.building && !inSkippedFolder(uri)) reportFailure(this.whenBuilt(() => this.reindex(article, true)).then((moved) => moved && this.modified()));
      }),
      registry.onDidChange((session) => {
        this.live.set(session.document.uri.toString(), session);
        if (this.building) this.modified();
      }),
      ...this.watchArticleTexts(),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        // Its entry held the live view, unsaved edits included: the files say again what it holds.
        if (this.live.delete(key) && this.building) reportFailure(this.whenBuilt(() => this.reindex(document.uri, true)).then(() => this.modified()));
      }),
    );
    // After activation returns: activation never waits for the workspace to be walked.
    const timer = setTimeout(() => reportFailure(this.ensureBuilt()), 0);
    this.disposables.push({ dispose: () => clearTimeout(timer) });
  }

  /**
   * The texts of indexed articles no editor shows, changed or deleted on disk (a pull, a
   * checkout, another program): their entries hold mentions at offsets of the old text, so
   * references and counts would point beside the names. The watcher sees every file; only an
   * indexed one costs more than a lookup.
   */
  private watchArticleTexts(): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', true, false, false);
    const changed = (uri: vscode.Uri) => {
      if (!this.building || !this.model.get(uri.toString())) return;
      reportFailure(this.whenBuilt(() => this.reindex(uri, true)).then((moved) => (moved === 'parsed' || moved === 'dropped') && this.modified()));
    };
    return [watcher, watcher.onDidChange(changed), watcher.onDidDelete(changed)];
  }

  /** Every indexed article, sorted by path; waits for the first build. */
  async all(): Promise<IndexedArticle[]> {
    await this.ensureBuilt();
    this.syncLive();
    this.sortedKeys ??= [...this.model.values()]
      .map((entry) => ({ key: entry.key, path: vscode.Uri.parse(entry.key).path }))
      .sort((a, b) => a.path.localeCompare(b.path))
      .map(({ key }) => key);
    return this.sortedKeys.flatMap((key) => {
      const entry = this.model.get(key);
      return entry ? [this.article(entry)] : [];
    });
  }

  /**
   * The actors whose name, alias or id matches `query` (see ActorIndex.search): one hit per
   * article that lists it, at its first mention there (else at the sidecar); a shared actor
   * only where it is mentioned, or once in the shared actors file when nowhere.
   */
  async symbols(query: string): Promise<{ readonly uri: vscode.Uri; readonly actor: Pick<Actor, 'id' | 'type' | 'name'>; readonly location: vscode.Location }[]> {
    await this.ensureBuilt();
    this.syncLive();
    const shared = this.shared?.current.actors ?? [];
    const hits = this.model.search(query, new Set(shared.map((actor) => actor.id))).map((hit) => {
      const uri = vscode.Uri.parse(hit.key);
      const location = hit.first ? new vscode.Location(uri, rangesOf(hit.first)[0]!) : new vscode.Location(sidecarUriFor(uri), new vscode.Position(0, 0));
      return { uri, actor: hit.actor, location };
    });
    const file = this.shared?.uri;
    if (!file) return hits;
    const unmentioned = this.model.unmentioned(query, shared).map((actor) =>
      ({ uri: file, actor, location: new vscode.Location(file, new vscode.Position(this.shared?.entryLine(actor.id) ?? 0, 0)) }));
    return [...hits, ...unmentioned];
  }

  /** Every mention of `actorId` in the workspace, per article. */
  async references(actorId: string): Promise<{ readonly uri: vscode.Uri; readonly ranges: vscode.Range[] }[]> {
    await this.ensureBuilt();
    this.syncLive();
    return this.model.references(actorId).map(({ key, ranges }) => ({ uri: vscode.Uri.parse(key), ranges: rangesOf(ranges) }));
  }

  /** The articles whose sidecar lists `actorId`, and those whose sidecar has errors (they may list it unread). */
  async listingOrUnreadable(actorId: string): Promise<IndexedArticle[]> {
    const all = await this.all();
    const listing = this.model.articlesWith(actorId);
    return all.filter((article) => !article.sidecarWritable || listing.has(article.uri.toString()));
  }

  /** How many other articles list `actorId`, and how many times they mention it. */
  async countsElsewhere(actorId: string, except: vscode.Uri): Promise<{ readonly articles: number; readonly mentions: number }> {
    await this.ensureBuilt();
    this.syncLive();
    return this.model.countsElsewhere(actorId, except.toString());
  }

  /** How the last (re)build got its entries. */
  get lastBuild(): IndexBuildReport {
    return this.report;
  }

  /** Resolves when the index is built and checked against the files, and the persisted index written. */
  async idle(): Promise<IndexBuildReport> {
    await this.ensureBuilt();
    await this.refreshing;
    await this.saveNow();
    return this.report;
  }

  /**
   * Tests only: forgets everything held in memory and builds again, as the next start would
   * (from the persisted index when there is one).
   */
  async restart(): Promise<IndexBuildReport> {
    await this.idle();
    for (const entry of [...this.model.values()]) this.model.delete(entry.key);
    this.views.clear();
    this.sortedKeys = undefined;
    this.building = undefined;
    return this.idle();
  }

  private ensureBuilt(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async whenBuilt<T>(work: () => Promise<T>): Promise<T> {
    await this.ensureBuilt();
    return work();
  }

  /** Resolves once queries can be answered: the persisted entries loaded, else the first scan done. */
  private async build(): Promise<void> {
    if (this.shared) {
      // Entries hold mentions of the shared actors' names: derive them with the file read.
      await this.shared.ready;
      this.extraEnvironment = sharedEnvironment(this.shared);
    }
    const cached = this.storage ? await this.storage.read(this.environment()) : [];
    for (const entry of cached) this.model.set(entry);
    this.refreshing = this.refresh();
    if (cached.length === 0) await this.refreshing;
  }

  /** Checks every sidecar of the workspace against the index, reading only what changed. */
  private async refresh(): Promise<void> {
    const counts = { fromCache: 0, verified: 0, parsed: 0 };
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Marginalia: indexing articles') }, async (progress) => {
      const sidecars = await findWorkspaceSidecars();
      const articles = sidecars.map((sidecar) => articleUriFor(sidecar)).filter((uri): uri is vscode.Uri => uri !== undefined);
      const present = new Set(articles.map((uri) => uri.toString()));
      let moved = false;
      for (const key of [...this.model.values()].map((entry) => entry.key)) {
        if (!present.has(key) && !this.live.has(key)) moved = this.forget(key) || moved;
      }
      for (let at = 0; at < articles.length; at += BATCH) {
        const outcomes = await Promise.all(articles.slice(at, at + BATCH).map((uri) => this.reindex(uri, false)));
        for (const outcome of outcomes) {
          if (outcome === 'cached') counts.fromCache++;
          else if (outcome === 'verified') counts.verified++;
          else if (outcome === 'parsed') counts.parsed++;
          moved ||= outcome === 'parsed' || outcome === 'dropped';
        }
        progress.report({ message: vscode.l10n.t('{0} of {1}', Math.min(at + BATCH, articles.length), articles.length) });
        await new Promise((resolve) => setTimeout(resolve, 0)); // let keystrokes and providers run
      }
      this.report = { ...counts, articles: this.model.size };
      if (moved || counts.verified > 0 || counts.parsed > 0) this.modified();
    });
  }

  /**
   * Brings one article's entry up to date: kept when its files' stamps prove it unchanged (or
   * their contents hash the same), else read and parsed again; `force`: the sidecar is known to
   * have changed. Returns what it did (false when nothing moved).
   */
  private async reindex(article: vscode.Uri, force: boolean): Promise<'cached' | 'verified' | 'parsed' | 'dropped' | false> {
    const key = article.toString();
    if (this.live.has(key)) return false;
    const sidecar = sidecarUriFor(article);
    let stamps: { article: FileStamp; sidecar: FileStamp };
    try {
      const files = fileReadsFor(article);
      const [a, s] = await Promise.all([files.stat(article), files.stat(sidecar)]);
      stamps = { article: { mtime: a.mtime, size: a.size }, sidecar: { mtime: s.mtime, size: s.size } };
    } catch (error) {
      if (error instanceof vscode.FileSystemError) return this.forget(key) ? 'dropped' : false; // deleted or unreadable
      throw error;
    }
    const known = this.model.get(key);
    const state = known && !force ? freshness(known, stamps) : 'changed';
    if (known && state === 'fresh') return 'cached';
    const readAt = Date.now();
    let bytes: [Uint8Array, Uint8Array];
    try {
      const files = fileReadsFor(article);
      bytes = await Promise.all([files.readFile(article), files.readFile(sidecar)]);
    } catch (error) {
      if (error instanceof vscode.FileSystemError) return this.forget(key) ? 'dropped' : false;
      throw error;
    }
    return this.inSlice(() => {
      const hash = contentHash(bytes);
      if (this.live.has(key)) return false; // opened while reading: the live view wins
      if (known && known.hash === hash) {
        this.model.set({ ...known, ...stamps, readAt });
        return 'verified';
      }
      const text = articleText(bytes[0]);
      // Not UTF-8, too large or binary: not an article Marginalia reads (the CLI's rule), so not indexed.
      if (text === undefined) return this.forget(key) ? 'dropped' : false;
      // The quick reader: yaml's Document was most of a cold index of 10,000 articles.
      const parsed = parseSidecarModelFromBytes(bytes[1]);
      const view = this.buildView(text, parsed.annotations);
      this.model.set(indexEntryOf(key, { ...stamps, hash, readAt }, view, isWritable(parsed.problems)));
      if (!known) this.sortedKeys = undefined;
      this.views.set(key, hash, view);
      return 'parsed';
    });
  }

  /**
   * Runs `work` (parsing, no await) once the event loop has run when this stretch of parsing has
   * lasted {@link SLICE_MS}. The articles of a batch waiting here share one pause, then each
   * checks anew and works in the same turn, so the one that finds the new stretch spent starts
   * the next pause.
   */
  private async inSlice<T>(work: () => T): Promise<T> {
    while (performance.now() - this.sliceStarted > SLICE_MS) {
      this.pause ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
        this.sliceStarted = performance.now();
        this.pause = undefined;
      });
      await this.pause;
    }
    return work();
  }

  private forget(key: string): boolean {
    if (!this.model.get(key)) return false;
    this.model.delete(key);
    this.views.delete(key);
    this.sortedKeys = undefined;
    return true;
  }

  /** Open articles whose view changed since the last query: their entries from the live view. */
  private syncLive(): void {
    for (const [key, session] of this.live) {
      if (this.registry.get(session.document.uri) !== session) {
        this.live.delete(key);
        continue;
      }
      const known = this.model.get(key);
      if (known && this.views.peek(key) === session.view) continue;
      const entry = indexEntryOf(key, { article: LIVE, sidecar: LIVE, hash: '', readAt: 0 }, session.view, session.writable);
      if (!known) this.sortedKeys = undefined;
      this.model.set(entry);
      this.views.setLive(key, session.view);
    }
  }

  private article(entry: IndexEntry): IndexedArticle {
    let article = this.articles.get(entry);
    if (!article) {
      const uri = vscode.Uri.parse(entry.key);
      article = { uri, annotations: entry.annotations, sidecarWritable: entry.writable, view: () => this.viewOf(uri, entry) };
      this.articles.set(entry, article);
    }
    return article;
  }

  private async viewOf(uri: vscode.Uri, entry: IndexEntry): Promise<ArticleView | undefined> {
    const key = entry.key;
    const session = this.live.get(key) ?? this.registry.get(uri);
    if (session) return session.view;
    const known = this.views.get(key, entry.hash);
    if (known) return known;
    let bytes: Uint8Array;
    try {
      bytes = await fileReadsFor(uri).readFile(uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError) return undefined;
      throw error;
    }
    const text = articleText(bytes);
    if (text === undefined) return undefined;
    const view = this.buildView(text, entry.annotations);
    if (this.model.get(key) === entry) this.views.set(key, entry.hash, view);
    return view;
  }

  /**
   * An article's view from its text and its sidecar's annotations: the one place where
   * workspace-wide data (shared actors) may join them. Whatever it depends on besides the two
   * files must be part of {@link environment}, so that entries made without it are not trusted.
   */
  private buildView(text: string, annotations: Annotations): ArticleView {
    return buildArticleView(text, this.shared ? this.shared.merge(annotations) : annotations);
  }

  /**
   * What entries depend on besides their files changed (e.g. the workspace's shared actors):
   * every entry is derived again, and the persisted copy made under the old one is discarded.
   */
  async setEnvironment(extra: string): Promise<void> {
    if (extra === this.extraEnvironment) return;
    this.extraEnvironment = extra;
    await this.building;
    await this.refreshing;
    for (const entry of [...this.model.values()]) this.model.delete(entry.key);
    this.views.clear();
    this.sortedKeys = undefined;
    this.building = undefined;
    await this.ensureBuilt();
    this.modified();
  }

  /** What entries depend on besides their files: an entry made under another environment is not trusted. */
  private environment(): string {
    return `max-length=${maxArticleLength()}${this.extraEnvironment ? `;${this.extraEnvironment}` : ''}`;
  }

  /** Something the index holds changed: its users recompute, and the persisted index is written later. */
  private modified(): void {
    this.changed.fire();
    if (!this.storage) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => reportFailure(this.saveNow()), SAVE_DELAY_MS);
  }

  private async saveNow(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.saving;
    if (!this.storage) return;
    // Live entries (an open article, unsaved edits included) are not what the files hold: left out.
    const entries = [...this.model.values()].filter((entry) => entry.readAt > 0);
    this.saving = this.storage.write({ environment: this.environment(), entries });
    await this.saving;
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The article's text as the CLI reads it (UTF-8, BOM dropped), or undefined when Marginalia refuses it. */
function articleText(bytes: Uint8Array): string | undefined {
  const decoded = decodeUtf8(bytes);
  const text = decoded.text.replace(/^\uFEFF/, '');
  return decoded.problems.length === 0 && checkArticleText(text, maxArticleLength()).length === 0 ? text : undefined;
}

function rangesOf(flat: FlatRanges): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  for (let i = 0; i + 3 < flat.length; i += 4) ranges.push(new vscode.Range(flat[i]!, flat[i + 1]!, flat[i + 2]!, flat[i + 3]!));
  return ranges;
}

function sharedEnvironment(shared: SharedAnnotations): string {
  return `shared-actors=${shared.fingerprint()}`;
}
