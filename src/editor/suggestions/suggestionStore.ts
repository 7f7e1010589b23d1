import * as vscode from 'vscode';
import { applyChange } from '../../core/anchoring';
import { buildArticleView, textLength, type ArticleView } from '../../core/article/view';
import { EMPTY_ANNOTATIONS, type Actor, type Span } from '../../core/model';
import { pendingSuggestions, suggestEntities, suggestionWindow, suggestQuotations, workspaceActors, type EntitySuggestion, type PendingSuggestion, type QuotationSuggestion } from '../../core/suggestions';
import { isArticle } from '../articleFiles';
import { refusalOf } from '../articleGuard';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleScope } from '../articleScope';
import { documentLength } from '../documentLength';
import type { WorkspaceIndex } from '../workspaceIndex';
import { SUGGESTION_SETTINGS_SECTION, suggestionSettings } from './suggestionSettings';
import { extensionTowns } from './towns';

/** Quiet time after the last edit before the suggesters run again. */
export const SUGGESTION_DELAY_MS = 300;

interface Computed {
  quotations: QuotationSuggestion[];
  entities: EntitySuggestion[];
  /** Every actor of the workspace by id: what an accepted gazetteer match copies. */
  readonly actors: ReadonlyMap<string, Actor>;
  /** The suggestions left to show, derived from the above and the article's annotations. */
  pending?: PendingSuggestion[];
}

/**
 * The suggestions of every visible article, computed off the keystroke path (debounced) and
 * never written anywhere: only accepting one changes the sidecar. Between two computations the
 * spans follow the edits, and a suggestion an edit touched is dropped.
 */
export class SuggestionStore implements vscode.Disposable {
  private readonly computed = new Map<string, Computed>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when the suggestions of a document changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly registry: ArticleRegistry,
    private readonly index: WorkspaceIndex,
    private readonly articles: ArticleScope,
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
    const towns = settings.entities ? await extensionTowns() : undefined;
    if (document.isClosed) return;
    const view = this.viewOf(document);
    const gazetteer = workspaceActors([view.annotations.actors, ...articles.map((a) => a.view.annotations.actors)]);
    const text = view.text;
    const window = suggestionWindow(text, visibleSpan(document));
    const slice = text.slice(window.start, window.end);
    const options = { knownActors: gazetteer.known, speakers: settings.speakers, ...(towns ? { towns } : {}) };
    const shift = (span: Span): Span => ({ start: span.start + window.start, end: span.end + window.start });
    const quotations = settings.quotations
      ? suggestQuotations(slice, options).map((q) => ({ ...q, span: shift(q.span), ...(q.cue ? { cue: shift(q.cue) } : {}), ...(q.speaker?.span ? { speaker: { ...q.speaker, span: shift(q.speaker.span) } } : {}) }))
      : [];
    const entities = settings.entities ? suggestEntities(slice, options).map((e) => ({ ...e, span: shift(e.span) })) : [];
    this.computed.set(key, { quotations, entities, actors: gazetteer.byId });
    this.changed.fire(document);
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
