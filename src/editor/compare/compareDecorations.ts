import * as vscode from 'vscode';
import type { Disagreement } from '../../core/agreement/disagreements';
import type { Span } from '../../core/model';
import type { BranchComparisons } from './branchComparison';

/** Decoration keys, for the test API: what both branches have, only this one, only the other. */
export type CompareKey = 'both' | 'onlyHere' | 'onlyThere';

/**
 * Draws a comparison in the editors of its article: an underline for what both branches have,
 * and for what only one has, each in its own themable colour; the hover says who has what.
 */
export class CompareDecorations implements vscode.Disposable {
  private readonly types: Record<CompareKey, vscode.TextEditorDecorationType> = {
    both: vscode.window.createTextEditorDecorationType({ borderStyle: 'none none solid none', borderWidth: '0 0 1px 0', borderColor: new vscode.ThemeColor('marginalia.compare.both') }),
    onlyHere: vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('marginalia.compare.onlyHere'), borderStyle: 'none none dashed none', borderWidth: '0 0 2px 0', borderColor: new vscode.ThemeColor('marginalia.compare.onlyHere') }),
    onlyThere: vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('marginalia.compare.onlyThere'), borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderColor: new vscode.ThemeColor('marginalia.compare.onlyThere') }),
  };
  private readonly applied = new WeakMap<vscode.TextEditor, Map<CompareKey, vscode.Range[]>>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly comparisons: BranchComparisons) {
    this.disposables = [
      comparisons.onDidChange((uri) => this.refresh(uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.decorate(e))),
    ];
  }

  rangesOf(editor: vscode.TextEditor): ReadonlyMap<CompareKey, readonly vscode.Range[]> {
    return this.applied.get(editor) ?? new Map();
  }

  private refresh(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const state = this.comparisons.get(editor.document.uri);
    const document = editor.document;
    const range = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const options: Record<CompareKey, vscode.DecorationOptions[]> = { both: [], onlyHere: [], onlyThere: [] };
    if (state) {
      const revision = state.other.revision;
      for (const span of state.comparison.agreed) options.both.push({ range: range(span), hoverMessage: vscode.l10n.t('Both this branch and {0} have this.', revision) });
      for (const d of state.comparison.disagreements) {
        const key: CompareKey = d.kind === 'speaker' ? 'onlyThere' : d.side === 'here' ? 'onlyHere' : 'onlyThere';
        options[key].push({ range: range(d.span), hoverMessage: new vscode.MarkdownString(describeDisagreement(d, revision)) });
      }
    }
    const applied = new Map<CompareKey, vscode.Range[]>();
    for (const key of Object.keys(this.types) as CompareKey[]) {
      editor.setDecorations(this.types[key], options[key]);
      applied.set(key, options[key].map((o) => o.range));
    }
    this.applied.set(editor, applied);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables, ...Object.values(this.types)).dispose();
  }
}

/** Who has what, in words: the hover and the list of disagreements. */
export function describeDisagreement(d: Disagreement, revision: string): string {
  switch (d.kind) {
    case 'mention':
      return d.side === 'here'
        ? vscode.l10n.t('Only this branch: a mention of {0} ({1}).', d.actorName, d.type)
        : vscode.l10n.t('Only {0}: a mention of {1} ({2}).', revision, d.actorName, d.type);
    case 'quotation':
      return d.side === 'here' ? vscode.l10n.t('Only this branch: a quotation.') : vscode.l10n.t('Only {0}: a quotation.', revision);
    case 'speaker':
      return vscode.l10n.t('This branch and {0} name different speakers for this quotation.', revision);
  }
}
