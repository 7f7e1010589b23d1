import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, openArticle, readText, waitFor, workspaceUri } from './helpers';
import { pageProbeAvailable, quickPickRowsTitled } from './pageProbe';

async function annotationsOf(name: string) {
  return parseSidecar(await readText(workspaceUri(`pickers/${name}.txt.ann.yaml`))).annotations;
}

describe('pickers', () => {
  afterEach(closeAllEditors);

  it('offers first the speaker the cue names ("Selon les médias marocains")', async function () {
    if (!pageProbeAvailable()) this.skip();
    const text = await readText(workspaceUri('bostyn-rabat.txt'));
    const sidecar = await readText(workspaceUri('bostyn-rabat.txt.ann.yaml'));
    const editor = await openArticle('pickers/cue.txt', text, sidecar.replace(/\n {4}speaker: medias-marocains\n/, '\n'));
    const at = editor.document.positionAt(text.indexOf('«la nécessité') + 5);
    editor.selection = new vscode.Selection(at, at);
    const done = vscode.commands.executeCommand('marginalia.attributeQuotation');
    const rows = await waitFor('the speaker picker', () => quickPickRowsTitled(/^Who said/));
    assert.match(rows[0]!, /médias marocains/, `first row: ${rows[0]}`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    const quotation = (await annotationsOf('cue')).quotations.find((q) => q.anchor.text.startsWith('«la nécessité'));
    assert.deepEqual(quotation?.speaker, { actor: 'medias-marocains' });
  });
});
