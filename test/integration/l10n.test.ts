import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'marginalia.marginalia';

/**
 * What the user reads in each display language, for a few strings from each source: the
 * manifest (package.nls*.json), the l10n bundle (vscode.l10n.t) and the type names.
 * `npm run test:integration` runs it in English; `npm run test:l10n` in French.
 */
const EXPECTED: Record<string, { annotateTitle: string; outlineView: string; quotations: string; person: string }> = {
  en: { annotateTitle: 'Annotate Selection…', outlineView: 'Outline', quotations: 'Quotations', person: 'person' },
  fr: { annotateTitle: 'Annoter la sélection…', outlineView: 'Structure', quotations: 'Citations', person: 'personne' },
};

describe('l10n: the display language', () => {
  const language = process.env.MARGINALIA_DISPLAY_LANGUAGE ?? 'en';
  const expected = EXPECTED[language];

  it('is the one the run asked for (the runner did not fall back to English)', () => {
    assert.ok(expected, `no expectations for ${language}`);
    assert.equal(vscode.env.language, language);
  });

  it('gives the manifest its titles from package.nls.json of that language', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'Marginalia is installed');
    type Title = string | { value: string; original: string };
    const manifest = extension.packageJSON as { contributes: { commands: { command: string; title: Title }[]; views: Record<string, { id: string; name: string }[]> } };
    const title = manifest.contributes.commands.find((c) => c.command === 'marginalia.annotate')?.title;
    // A translated command title keeps its English original, which the Command Palette also matches.
    assert.deepEqual(title, language === 'en' ? EXPECTED.en!.annotateTitle : { value: expected!.annotateTitle, original: EXPECTED.en!.annotateTitle });
    assert.equal(manifest.contributes.views.marginalia?.find((v) => v.id === 'marginalia.outline')?.name, expected!.outlineView);
  });

  it('translates the messages of the extension (document symbols of the sample article)', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'bostyn-rabat.txt'));
    await vscode.window.showTextDocument(document);
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    let names: string[] = [];
    const started = Date.now();
    // The session loads its sidecar asynchronously after the document opens.
    while (!names.includes(expected!.quotations) && Date.now() - started < 15000) {
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
      names = symbols.map((symbol) => symbol.name);
      if (!names.includes(expected!.quotations)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(names.includes(expected!.quotations), `the quotations group is "${expected!.quotations}" among ${names.join(', ')}`);
    assert.ok(names.includes(expected!.person), `the person type is "${expected!.person}" among ${names.join(', ')}`);
  });
});
