import * as vscode from 'vscode';
import type { ArticleRegistry } from './articleRegistry';
import { articleCounts } from './diagnostics';

/** The active article's counts; clicking opens Marginalia's view. */
export class AnnotationStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('marginalia.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly registry: ArticleRegistry) {
    this.item.name = 'Marginalia';
    this.item.command = 'marginalia.showOutline';
    this.disposables = [
      this.item,
      registry.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  get text(): string | undefined {
    return this.item.text || undefined;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const session = editor && this.registry.get(editor.document.uri);
    if (!session) {
      this.item.hide();
      return;
    }
    const counts = articleCounts(session.view);
    const orphans = counts.orphans > 0 ? ` $(warning) ${counts.orphans}` : '';
    this.item.text = `$(bookmark) ${counts.actors} · ${counts.mentions} · $(quote) ${counts.quotations}${orphans}`;
    this.item.tooltip = vscode.l10n.t(
      '{0} actors, {1} mentions, {2} quotations, {3} orphans — open Marginalia',
      counts.actors, counts.mentions, counts.quotations, counts.orphans,
    );
    this.item.backgroundColor = counts.orphans > 0 || !session.writable ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
