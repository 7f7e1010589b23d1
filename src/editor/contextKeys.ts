import * as vscode from 'vscode';
import type { ArticleRegistry } from './articleRegistry';

/** `marginalia:annotated`: the active editor shows an article with annotations (keybindings, menus). */
export function trackContextKeys(registry: ArticleRegistry): vscode.Disposable {
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const annotated = editor !== undefined && registry.get(editor.document.uri) !== undefined;
    void vscode.commands.executeCommand('setContext', 'marginalia:annotated', annotated);
  };
  update();
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(update), registry.onDidChange(update));
}
