import * as vscode from 'vscode';
import type { Span, Speaker } from '../core/model';
import { mentionsIn, quotationsIn, textLength, type ArticleView } from '../core/article/view';
import { actorTypeStyles, styleOf, type ActorTypeStyle } from './actorTypes';
import type { ArticleRegistry } from './articleRegistry';
import { documentLength } from './documentLength';

/** Lines decorated above and below the visible window, so scrolling does not show gaps. */
const MARGIN_LINES = 40;

/**
 * Colours the mentions of actors by type and gives the stored quotations their background, in
 * the visible part of every editor showing an annotated article. Decoration types are created
 * once per actor type (again only when the settings change).
 */
export class ActorDecorations implements vscode.Disposable {
  private styles: ActorTypeStyle[] = [];
  private mentionTypes = new Map<string, vscode.TextEditorDecorationType>();
  /** Every stored direct quotation looks the same; its speaker is named by an inlay hint (speakerLabels.ts). */
  private readonly quotation = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('marginalia.quotation.background'),
  });
  /** Indirect speech is a paraphrase, not the speaker's words: a dashed underline, no background. */
  private readonly indirectQuotation = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 2px 0',
    borderColor: new vscode.ThemeColor('marginalia.quotation.indirect'),
  });
  /** What was last set per editor: decoration key → ranges. */
  private readonly applied = new WeakMap<vscode.TextEditor, Map<string, vscode.Range[]>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly registry: ArticleRegistry) {
    this.createTypes();
    this.disposables.push(
      registry.onDidChange((session) => this.refresh(session.document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.decorate(e.textEditor)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('marginalia.types')) {
          this.disposeTypes();
          this.createTypes();
          this.refreshAll();
        }
      }),
    );
  }

  /** The ranges currently decorated in an editor, by key (`actor:<type>`, `quotation:<type>`, and `indirect` for indirect speech). */
  rangesOf(editor: vscode.TextEditor): ReadonlyMap<string, readonly vscode.Range[]> {
    return this.applied.get(editor) ?? new Map();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private refresh(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this.decorate(editor);
    }
  }

  private decorate(editor: vscode.TextEditor): void {
    const session = this.registry.get(editor.document.uri);
    if (!session) return;
    const view = session.view;
    if (textLength(view) !== documentLength(editor.document)) return; // an edit is on its way
    const window = visibleWindow(editor);
    const byKey = new Map<string, vscode.Range[]>();
    const add = (key: string, span: Span) => {
      const list = byKey.get(key) ?? [];
      list.push(new vscode.Range(editor.document.positionAt(span.start), editor.document.positionAt(span.end)));
      byKey.set(key, list);
    };
    for (const mention of mentionsIn(view, window)) {
      const actor = view.actorsById.get(mention.actorId);
      if (actor) add(`actor:${styleOf(actor.type, this.styles).type}`, mention);
    }
    const quotations: vscode.Range[] = [];
    const indirect: vscode.DecorationOptions[] = [];
    for (const { span, quotation } of quotationsIn(view, window)) {
      // Keyed by the speaker's type for the test API; drawn alike, indirect speech apart.
      const speakerType = speakerTypeOf(view, quotation.speaker);
      add(speakerType ? `quotation:${styleOf(speakerType, this.styles).type}` : 'quotation:unattributed', span);
      const range = new vscode.Range(editor.document.positionAt(span.start), editor.document.positionAt(span.end));
      if (quotation.kind === 'indirect') {
        add('indirect', span);
        indirect.push({ range, hoverMessage: new vscode.MarkdownString().appendText(vscode.l10n.t('Indirect speech')) });
      } else quotations.push(range);
    }
    for (const [type, decoration] of this.mentionTypes) editor.setDecorations(decoration, byKey.get(`actor:${type}`) ?? []);
    editor.setDecorations(this.quotation, quotations);
    editor.setDecorations(this.indirectQuotation, indirect);
    this.applied.set(editor, byKey);
  }

  private createTypes(): void {
    this.styles = actorTypeStyles();
    for (const style of this.styles) {
      this.mentionTypes.set(
        style.type,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: typeof style.color === 'string' ? style.color + '33' : new vscode.ThemeColor(`marginalia.${style.type}.background`),
          borderStyle: 'none none solid none',
          borderWidth: '0 0 2px 0',
          borderColor: style.color,
          borderRadius: '2px',
        }),
      );
    }
  }

  private disposeTypes(): void {
    for (const decoration of this.mentionTypes.values()) decoration.dispose();
    this.mentionTypes = new Map();
  }

  dispose(): void {
    this.disposeTypes();
    this.quotation.dispose();
    this.indirectQuotation.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function visibleWindow(editor: vscode.TextEditor): Span {
  const document = editor.document;
  const ranges = editor.visibleRanges.length > 0 ? editor.visibleRanges : [new vscode.Range(0, 0, 200, 0)];
  const first = Math.max(0, ranges[0]!.start.line - MARGIN_LINES);
  const last = Math.min(document.lineCount - 1, ranges[ranges.length - 1]!.end.line + MARGIN_LINES);
  return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
}

/** The type whose colour a quotation takes: its speaker's. */
function speakerTypeOf(view: ArticleView, speaker: Speaker | undefined): string | undefined {
  if (!speaker) return undefined;
  if ('text' in speaker) return 'misc';
  return view.actorsById.get(speaker.actor)?.type ?? 'misc';
}
