import * as vscode from 'vscode';
import type { PendingSuggestion } from '../../core/suggestions';
import { kindLabel } from '../localizedLabels';
import { localize } from '../localizedMessage';
import type { SuggestionStore } from './suggestionStore';
import { pushTo } from '../../core/multiMap';

/**
 * Draws suggestions faintly: a dotted underline in the themable colour `marginalia.suggestion`
 * (indirect speech: dashed, in `marginalia.quotation.indirect`), with a hover that says what is
 * suggested and how to accept it. Two decoration types, created once.
 */
export class SuggestionDecorations implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('marginalia.suggestion'),
  });
  private readonly indirect = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('marginalia.quotation.indirect'),
  });
  /** What was last drawn per editor, for the test API: kind → ranges, and each hover. */
  private readonly applied = new WeakMap<vscode.TextEditor, { byKind: Map<string, vscode.Range[]>; hovers: readonly { range: vscode.Range; hoverMessage: vscode.MarkdownString }[] }>();
  private readonly disposables: vscode.Disposable[] = [this.decoration, this.indirect];

  constructor(private readonly store: SuggestionStore) {
    this.disposables.push(
      store.onDidChange((document) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.decorate(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.decorate(editor))),
    );
  }

  /** The ranges drawn in an editor, by kind (`person`, `organization`, …, `quotation`, and `indirect` for indirect speech). */
  rangesOf(editor: vscode.TextEditor): ReadonlyMap<string, readonly vscode.Range[]> {
    return this.applied.get(editor)?.byKind ?? new Map();
  }

  /** The text of the hover of the suggestion drawn at `position`, if any. */
  hoverAt(editor: vscode.TextEditor, position: vscode.Position): string | undefined {
    const drawn = this.applied.get(editor)?.hovers.find((options) => options.range.contains(position));
    return drawn?.hoverMessage.value;
  }

  private decorate(editor: vscode.TextEditor): void {
    const document = editor.document;
    const byKind = new Map<string, vscode.Range[]>();
    const options = this.store.get(document).map((suggestion) => {
      const range = new vscode.Range(document.positionAt(suggestion.span.start), document.positionAt(suggestion.span.end));
      const key = isIndirect(suggestion) ? 'indirect' : suggestion.kind;
      pushTo(byKind, key, range);
      return { range, hoverMessage: hoverOf(suggestion), indirect: isIndirect(suggestion) };
    });
    editor.setDecorations(this.decoration, options.filter((o) => !o.indirect));
    editor.setDecorations(this.indirect, options.filter((o) => o.indirect));
    this.applied.set(editor, { byKind, hovers: options });
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

const isIndirect = (suggestion: PendingSuggestion): boolean => suggestion.kind === 'quotation' && suggestion.quotationKind === 'indirect';

function hoverOf(suggestion: PendingSuggestion): vscode.MarkdownString {
  const speaker = suggestion.kind === 'quotation' ? suggestion.speaker && speakerName(suggestion.speaker) : undefined;
  const what =
    suggestion.kind === 'quotation' && suggestion.quotationKind === 'indirect'
      ? speaker
        ? vscode.l10n.t('Suggested indirect speech, said by {0}', speaker)
        : vscode.l10n.t('Suggested indirect speech')
      : suggestion.kind === 'quotation'
      ? speaker
        ? vscode.l10n.t('Suggested quotation, said by {0}', speaker)
        : vscode.l10n.t('Suggested quotation')
      : vscode.l10n.t('Suggested {0}', kindLabel(suggestion.kind));
  const markdown = new vscode.MarkdownString();
  const reason = suggestion.reasonMessage ? localize(suggestion.reasonMessage) : suggestion.reason;
  markdown.appendText(`${what} (${reason}). `);
  markdown.appendText(vscode.l10n.t('Quick Fix (Ctrl+.) accepts or rejects it.'));
  return markdown;
}

/** "il" alone says nothing in a hover: the name a pronoun or description stands for follows it. */
function speakerName(speaker: { readonly text: string; readonly refersTo?: string }): string {
  return speaker.refersTo && speaker.refersTo !== speaker.text ? vscode.l10n.t('{0}, that is {1}', speaker.text, speaker.refersTo) : speaker.text;
}
