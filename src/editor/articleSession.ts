import * as vscode from 'vscode';
import { refKey } from '../core/article/anchors';
import { applyTextChange, refreshStaleAnchors } from '../core/article/edit';
import { buildArticleView, positionHints, reannotate, withAnnotations, type ArticleView } from '../core/article/view';
import { anchorPositions, type SidecarPosition } from '../core/article/anchorPositions';
import { EMPTY_SHARED_ACTORS, ownAnnotations, withSharedActors, type SharedActors } from '../core/actors';
import { EMPTY_ANNOTATIONS, type Anchor, type Annotations } from '../core/model';
import { History } from '../core/operations';
import { isWritable, parseSidecar, writeSidecar, type ParsedSidecar, type SidecarProblem } from '../core/sidecar';
import { notWritableError, readSidecar, sidecarUriFor, writeSidecarText, type SidecarRead } from './articleFiles';

/**
 * One article and its sidecar: holds the current view, applies the user's edits to it live,
 * and persists annotation changes. It never writes a sidecar that did not parse.
 */
export class ArticleSession implements vscode.Disposable {
  readonly sidecarUri: vscode.Uri;
  private current: ArticleView;
  private readonly stale = new Set<string>();
  /** The sidecar's text as last read or written: a change on disk with this text is no change. */
  private sidecarSource: string | undefined;
  /** The write in flight: a reload waits for it, so a late watcher event never reads a half-old file. */
  private writing: Promise<void> = Promise.resolve();
  private problems: readonly SidecarProblem[] = [];
  /**
   * The latest parse this session has: of the sidecar as read, or of a version it wrote when
   * asked for a position since. Writes splice into it (the writer matches entries by identity,
   * so an older version serves as well), which is why what the session writes is not parsed.
   */
  private parse: { readonly source: string; readonly parsed: ParsedSidecar; lookup?: (anchor: Anchor) => SidecarPosition | undefined } | undefined;
  private readonly history = new History<Annotations>(EMPTY_ANNOTATIONS, { cap: 100 });
  private readonly changed = new vscode.EventEmitter<ArticleSession>();
  /** Fires after the view changed: an edit, an annotation, a reload. */
  readonly onDidChange = this.changed.event;

  /**
   * The workspace's shared actors, which every view includes (see core/actors/merge.ts): set
   * once by the extension (editor/sharedActors); none by default.
   */
  static sharedActors: () => SharedActors = () => EMPTY_SHARED_ACTORS;
  /** The shared actors the current view was built with. */
  private shared = ArticleSession.sharedActors();
  /**
   * What the sidecar holds (as last read or written): the view's annotations less what the
   * shared actors give. Undo history and writes are in these terms.
   */
  private own: Annotations = EMPTY_ANNOTATIONS;

  private constructor(readonly document: vscode.TextDocument) {
    this.sidecarUri = sidecarUriFor(document.uri);
    this.current = buildArticleView(document.getText(), withSharedActors(EMPTY_ANNOTATIONS, this.shared));
  }

  /** `read`: the sidecar when the caller has just read it (a watcher event), else it is read here. */
  static async open(document: vscode.TextDocument, read?: SidecarRead): Promise<ArticleSession> {
    const session = new ArticleSession(document);
    session.adopt(read ?? (await readSidecar(session.sidecarUri)));
    return session;
  }

  get view(): ArticleView {
    return this.current;
  }
  get sidecarProblems(): readonly SidecarProblem[] {
    return this.problems;
  }
  get sidecarSourceText(): string | undefined {
    return this.sidecarSource;
  }

  /** Where `anchor` is written in the sidecar (1-based, from the parser); undefined when it is not. */
  sidecarPositionOf(anchor: Anchor): SidecarPosition | undefined {
    const parse = this.currentParse();
    if (parse === undefined) return undefined;
    parse.lookup ??= anchorPositions(parse.parsed.anchorSites);
    return parse.lookup(anchor);
  }

  /** The sidecar as it is now, parsed (undefined without one); parsed once per version, when asked. */
  get parsedSidecar(): ParsedSidecar | undefined {
    return this.currentParse()?.parsed;
  }

  private currentParse(): { readonly parsed: ParsedSidecar; lookup?: (anchor: Anchor) => SidecarPosition | undefined } | undefined {
    const source = this.sidecarSource;
    if (source === undefined) return undefined;
    if (this.parse?.source !== source) this.parse = { source, parsed: parseSidecar(source) };
    return this.parse;
  }
  get hasSidecar(): boolean {
    return this.sidecarSource !== undefined;
  }
  get writable(): boolean {
    return isWritable(this.problems);
  }
  get canUndo(): boolean {
    return this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /**
   * Reads the sidecar again (changed on disk by git or by hand, or edited in its editor) and
   * returns what it read; a read of the text this session last wrote changes nothing.
   */
  async reloadSidecar(): Promise<SidecarRead | undefined> {
    await this.writing;
    const known = this.sidecarSource;
    const read = await readSidecar(this.sidecarUri);
    // An annotation written while we were reading is newer than what we read.
    if (this.sidecarSource !== known) return read;
    if (read?.text !== known) this.adopt(read);
    return read;
  }

  private adopt(read: SidecarRead | undefined): void {
    this.sidecarSource = read?.text;
    const parsed = read?.parsed;
    this.parse = read && parsed && { source: read.text, parsed };
    this.problems = parsed?.problems ?? [];
    const annotations = parsed?.annotations ?? EMPTY_ANNOTATIONS;
    this.own = annotations;
    this.shared = ArticleSession.sharedActors();
    this.current = buildArticleView(this.document.getText(), withSharedActors(annotations, this.shared), positionHints(this.current));
    this.stale.clear();
    this.history.reset(annotations);
    this.changed.fire(this);
  }

  /** The shared actors changed: the view shows the new ones at once (nothing is written). */
  refreshSharedActors(): void {
    const own = ownAnnotations(refreshStaleAnchors(this.current, this.stale), this.shared, this.own);
    this.shared = ArticleSession.sharedActors();
    this.current = reannotate(this.current, withSharedActors(own, this.shared));
    this.changed.fire(this);
  }

  /** The article's text changed in the editor (typing, undo, a reload from disk). */
  applyDocumentChanges(changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    const text = this.document.getText();
    const changedLength = changes.reduce((n, c) => n + Math.max(c.rangeLength, c.text.length), 0);
    if (changedLength > Math.max(10_000, this.current.text.length / 2)) {
      // A whole-file replacement (git checkout, reload): re-anchor rather than shift.
      this.current = buildArticleView(text, this.current.annotations, positionHints(this.current));
      this.markAllStale();
    } else {
      // Changes of one event refer to the text before the event; apply the last first.
      const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
      for (const change of ordered) {
        this.current = applyTextChange(
          this.current,
          { start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text },
          this.stale,
        );
      }
    }
    this.changed.fire(this);
  }

  /** The article was saved: anchors the edits touched are written anew (only those entries). */
  async persistStaleAnchors(): Promise<void> {
    if (this.stale.size === 0 || !this.hasSidecar || !this.writable) return;
    const annotations = refreshStaleAnchors(this.current, this.stale);
    this.stale.clear();
    if (annotations === this.current.annotations) return;
    this.current = withAnnotations(this.current, annotations);
    await this.write(ownAnnotations(annotations, this.shared, this.own));
  }

  /** Applies an annotation change through the core, records it for undo and writes the sidecar. */
  async update(label: string, change: (annotations: Annotations) => Annotations): Promise<void> {
    this.assertWritable();
    const before = refreshStaleAnchors(this.current, this.stale);
    const after = change(before);
    if (after === before) return;
    const own = ownAnnotations(after, this.shared, this.own);
    this.history.record(label, own);
    await this.show(own);
  }

  /** Like {@link update}, on what the sidecar holds rather than on what the view shows. */
  async updateOwn(label: string, change: (own: Annotations) => Annotations): Promise<void> {
    this.assertWritable();
    const before = ownAnnotations(refreshStaleAnchors(this.current, this.stale), this.shared, this.own);
    const after = change(before);
    if (after === before) return;
    this.history.record(label, after);
    await this.show(after);
  }

  async undo(): Promise<string | undefined> {
    this.assertWritable();
    const label = this.history.undoLabel;
    const state = this.history.undo();
    if (state) await this.show(state);
    return state && label;
  }

  async redo(): Promise<string | undefined> {
    this.assertWritable();
    const label = this.history.redoLabel;
    const state = this.history.redo();
    if (state) await this.show(state);
    return state && label;
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** Shows and writes what the sidecar holds (`own`), with the shared actors added to the view. */
  private async show(own: Annotations): Promise<void> {
    this.stale.clear();
    this.current = reannotate(this.current, withSharedActors(own, this.shared));
    await this.write(own);
    this.changed.fire(this);
  }

  /** Writes what the sidecar holds: never the shared actors' names, properties or notes. */
  private async write(own: Annotations): Promise<void> {
    this.assertWritable();
    const text = writeSidecar(own, this.parse?.parsed);
    this.own = own;
    this.sidecarSource = text;
    const written = this.writing.then(() => writeSidecarText(this.sidecarUri, text));
    this.writing = written.catch(() => undefined);
    await written;
  }

  private assertWritable(): void {
    if (!this.writable) throw notWritableError(this.sidecarUri, this.problems);
  }

  private markAllStale(): void {
    for (const p of this.current.placed) this.stale.add(refKey(p.ref));
  }
}
