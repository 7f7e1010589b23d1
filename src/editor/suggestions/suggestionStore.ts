import * as vscode from 'vscode';
import { applyChange } from '../../core/anchoring';
import { buildArticleView, textLength, type ArticleView } from '../../core/article/view';
import { EMPTY_ANNOTATIONS, type Actor, type Span } from '../../core/model';
import {
  pendingSuggestions, suggestionWindow, withArticleActors, workspaceActors, type EntitySuggestion, type PendingSuggestion, type QuotationSuggestion,
  type WorkspaceActors,
} from '../../core/suggestions';
import { isArticle } from '../articleFiles';
import { refusalOf } from '../articleGuard';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleScope } from '../articleScope';
import { documentLength } from '../documentLength';
import type { IndexedArticle, WorkspaceIndex } from '../workspaceIndex';
import type { RanIn, SuggestionRunner } from './suggestionRunner';
import { SUGGESTION_SETTINGS_SECTION, suggestionSettings } from './suggestionSettings';

/** Quiet time after the last edit before the suggesters run again. */
export const SUGGESTION_DELAY_MS = 300;

interface Computed {
  quotations: QuotationSuggestion[];
  entities: EntitySuggestion[];
  /** Every actor of the workspace by id: what an accepted gazetteer match copies. */
  readonly actors: ReadonlyMap<string, Actor>;
  /** The suggestions left to show, derived from the above and the article's annotations. */
  pending?: PendingSuggestion[];
  /** Where they were computed. */
  readonly ranIn: RanIn;
}

/**
 * The suggestions of every visible article, computed off the keystroke path (debounced, by the
 * runner: in a worker on the desktop) and never written anywhere: only accepting one changes the
 * sidecar. Between two computations the spans follow the edits, and a suggestion an edit touched
 * is dropped. A computation is for one version of the text: an edit cancels it, and what it
 * finds for a text that has changed since is discarded (and counted, see {@link staleResults}).
 */
export class SuggestionStore implements vscode.Disposable {
  private readonly computed = new Map<string, Computed>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The computation under way for each document, cancelled when the text changes. */
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  /** Results discarded because the text changed while they were computed. */
  private stale = 0;
  /** The workspace's actors merged, and the articles' actor lists they were merged from. */
  private gazetteer: { readonly from: readonly (readonly Actor[])[]; readonly actors: WorkspaceActors } | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when the suggestions of a document changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly registry: ArticleRegistry,
    private readonly index: WorkspaceIndex,
    private readonly articles: ArticleScope,
    private readonly runner: SuggestionRunner,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.documentChanged(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.scheduleVisible()),
      registry.onDidChange((session) => {
        // accepted or rejected: hide at once what is now annotated; the gazetteer may have grown
        this.refilter(session.document);
        this.scheduleVisible();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SUGGESTION_SETTINGS_SECTION)) this.scheduleVisible(0);
      }),
      articles.onDidChange(() => this.scheduleVisible(0)),
    );
    this.scheduleVisible(0);
  }

  /** The suggestions left to show in a document, sorted by start. */
  get(document: vscode.TextDocument): readonly PendingSuggestion[] {
    const entry = this.computed.get(document.uri.toString());
    if (!entry) return [];
    entry.pending ??= pendingSuggestions(this.viewOf(document), entry.quotations, entry.entities);
    return entry.pending;
  }

  /** The workspace's actors by id, as of the last computation for `document`. */
  workspaceActors(document: vscode.TextDocument): ReadonlyMap<string, Actor> {
    return this.computed.get(document.uri.toString())?.actors ?? new Map();
  }

  /** Where the suggestions shown for a document were computed (none yet: undefined). */
  ranIn(document: vscode.TextDocument): RanIn | undefined {
    return this.computed.get(document.uri.toString())?.ranIn;
  }

  /** How many results were discarded because the text had changed since their request. */
  get staleResults(): number {
    return this.stale;
  }

  /** Whether a computation for the document is under way (requested, not yet answered). */
  computing(document: vscode.TextDocument): boolean {
    return this.running.has(document.uri.toString());
  }

  /** Computes the suggestions of a document now (tests, commands that need them fresh). */
  async refresh(document: vscode.TextDocument): Promise<void> {
    this.cancel(document);
    await this.compute(document);
  }

  private scheduleVisible(delay = SUGGESTION_DELAY_MS): void {
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document, delay);
  }

  private schedule(document: vscode.TextDocument, delay = SUGGESTION_DELAY_MS): void {
    if (!isArticle(document)) return;
    this.cancel(document);
    const key = document.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.compute(document).catch((error: unknown) => console.error('Marginalia: suggestions failed', error));
      }, delay),
    );
  }

  private cancel(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.running.get(key)?.cancel();
  }

  private async compute(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || !isArticle(document)) return;
    const key = document.uri.toString();
    if (refusalOf(document) || !(await this.articles.contains(document))) {
      // Not an article, too large or binary: the suggesters never read it (and what they found before goes).
      if (this.computed.delete(key)) this.changed.fire(document);
      return;
    }
    const settings = suggestionSettings(document.uri);
    const articles = settings.entities || settings.quotations ? await this.index.all() : [];
    if (document.isClosed) return;
    const version = document.version;
    const view = this.viewOf(document);
    const gazetteer = withArticleActors(view.annotations.actors, this.workspaceGazetteer(articles));
    const window = suggestionWindow(view.text, visibleSpan(document));
    const request = { text: view.text.slice(window.start, window.end), offset: window.start, knownActors: gazetteer.known, speakers: settings.speakers, quotations: settings.quotations, entities: settings.entities };
    this.running.get(key)?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running.set(key, source);
    try {
      const result = await this.runner.run(request, source.token);
      if (!result || document.isClosed) return;
      if (document.version !== version) {
        // computed for a text the user has changed since: its offsets are wrong now
        this.stale++;
        return;
      }
      if (source.token.isCancellationRequested) return;
      this.computed.set(key, { quotations: result.quotations, entities: result.entities, actors: gazetteer.byId, ranIn: result.ranIn });
      this.changed.fire(document);
    } finally {
      if (this.running.get(key) === source) this.running.delete(key);
      source.dispose();
    }
  }

  /**
   * Every indexed article's actors, merged again only when an article's actors changed (typing
   * keeps an article's actor list; a 10,000-article workspace has some 100,000 to merge).
   */
  private workspaceGazetteer(articles: readonly IndexedArticle[]): WorkspaceActors {
    const from = articles.map((article) => article.annotations.actors);
    const cached = this.gazetteer;
    if (cached && cached.from.length === from.length && cached.from.every((actors, i) => actors === from[i])) return cached.actors;
    this.gazetteer = { from, actors: workspaceActors(from) };
    return this.gazetteer.actors;
  }

  /** The article's annotations in its current text (none yet when it has no sidecar). */
  private viewOf(document: vscode.TextDocument): ArticleView {
    const session = this.registry.get(document.uri);
    // Lengths, not texts: after a keystroke the view is live and its whole text is not made.
    if (session && textLength(session.view) === documentLength(document)) return session.view;
    return buildArticleView(document.getText(), session?.view.annotations ?? EMPTY_ANNOTATIONS);
  }

  private refilter(document: vscode.TextDocument): void {
    const entry = this.computed.get(document.uri.toString());
    if (!entry) return;
    entry.pending = undefined;
    this.changed.fire(document);
  }

  private documentChanged(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (event.contentChanges.length === 0 || !isArticle(document)) return;
    const entry = this.computed.get(document.uri.toString());
    if (entry) {
      // Changes of one event refer to the text before it: apply the last first.
      const changes = [...event.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset).map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
      const follow = (span: Span): Span | undefined => {
        let current: Span | undefined = span;
        for (const change of changes) {
          const moved: Span | undefined = current && applyChange(current, change);
          // a suggestion whose own text changed is stale until the suggesters run again
          if (!moved || !current || moved.end - moved.start !== current.end - current.start) return undefined;
          current = moved;
        }
        return current;
      };
      entry.entities = entry.entities.flatMap((e) => {
        const span = follow(e.span);
        return span ? [{ ...e, span }] : [];
      });
      entry.quotations = entry.quotations.flatMap((q) => {
        const span = follow(q.span);
        if (!span) return [];
        const cue = q.cue && follow(q.cue);
        const speakerSpan = q.speaker?.span && follow(q.speaker.span);
        const speaker = q.speaker && { ...q.speaker, ...(speakerSpan ? { span: speakerSpan } : {}) };
        return [{ ...q, span, ...(cue ? { cue } : {}), ...(speaker ? { speaker } : {}) }];
      });
      entry.pending = undefined;
      this.changed.fire(document);
    }
    this.schedule(document);
  }

  private forget(document: vscode.TextDocument): void {
    this.cancel(document);
    this.computed.delete(document.uri.toString());
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const source of this.running.values()) source.cancel();
    this.runner.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The visible lines of the first editor showing the document, as offsets. */
function visibleSpan(document: vscode.TextDocument): Span | undefined {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const ranges = editor?.visibleRanges;
  if (!ranges || ranges.length === 0) return undefined;
  return { start: document.offsetAt(ranges[0]!.start), end: document.offsetAt(ranges[ranges.length - 1]!.end) };
}
