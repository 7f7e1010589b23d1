import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';

const EXTENSION_ID = 'marginalia.marginalia';

/** Resolves once `condition` holds, polling; fails with `what` after `timeoutMs`. */
async function eventually(condition: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('activation', () => {
  it('activates when a plain-text article is opened and registers its commands', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    const article = vscode.Uri.joinPath(folder.uri, 'bostyn-rabat.txt');
    const editor = await vscode.window.showTextDocument(article);
    assert.equal(editor.document.languageId, 'plaintext');
    assert.match(editor.document.getText(), /Francisca Bostyn/);

    const extension = vscode.extensions.getExtension<MarginaliaApi>(EXTENSION_ID);
    assert.ok(extension, 'Marginalia is installed');
    // Opening the article is enough: the onLanguage:plaintext activation event does the rest.
    await eventually(() => extension.isActive, 'Marginalia is active');
    assert.equal(extension.exports.version, extension.packageJSON.version);

    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('marginalia.showOutline'), 'marginalia.showOutline is registered');
  });

  it('shows the Marginalia view container from the Show Outline command', async () => {
    const commands = await vscode.commands.getCommands(true);
    // The workbench registers these only for a contributed container and view.
    assert.ok(commands.includes('workbench.view.extension.marginalia'), 'the Marginalia view container exists');
    assert.ok(commands.includes('marginalia.outline.focus'), 'the Outline view exists');
    await vscode.commands.executeCommand('marginalia.showOutline');
  });
});
