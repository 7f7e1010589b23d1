import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestHooks } from '../../src/extension';

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

    const extension = vscode.extensions.getExtension<TestHooks>(EXTENSION_ID);
    assert.ok(extension, 'Marginalia is installed');
    // Opening the article is enough: the onLanguage:plaintext activation event does the rest.
    await eventually(() => extension.isActive, 'Marginalia is active');
    assert.equal(extension.exports.version, extension.packageJSON.version);
    const activationMs = extension.exports.activationMs;
    assert.ok(typeof activationMs === 'number' && activationMs > 0, 'activate() reports its own duration');
    console.log(`      activate() took ${activationMs.toFixed(1)} ms`);
    // Read by the benchmark (npm run bench), which reports it beside the bundle size.
    const results = path.join(extension.extensionPath, 'test-results');
    mkdirSync(results, { recursive: true });
    writeFileSync(path.join(results, 'activation.json'), JSON.stringify({ activationMs, date: new Date().toISOString() }) + '\n');

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
