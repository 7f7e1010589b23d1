import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';

describe('activation', () => {
  it('activates on a plain-text article and registers its commands', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    const article = vscode.Uri.joinPath(folder.uri, 'bostyn-rabat.txt');
    await vscode.window.showTextDocument(article);
    const extension = vscode.extensions.getExtension<MarginaliaApi>('marginalia.marginalia');
    assert.ok(extension, 'Marginalia is installed');
    const api = await extension.activate();
    assert.equal(api.version, extension.packageJSON.version);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('marginalia.showOutline'));
  });
});
