import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, openArticle, select, waitFor, workspaceUri, writeText } from './helpers';

const EXTENSION_ID = 'marginalia.marginalia';

/**
 * What the user reads in each display language, for a few strings from each source: the
 * manifest (package.nls*.json), the l10n bundle (vscode.l10n.t) and the type names.
 * `npm run test:integration` runs it in English; `npm run test:l10n` in French.
 */
const EXPECTED: Record<string, { annotateTitle: string; outlineView: string; quotations: string; person: string; duplicateKey: string; conflictFix: string; undone: string; suggestionHover: string }> = {
  en: {
    annotateTitle: 'Annotate Selection…', outlineView: 'Outline', quotations: 'Quotations', person: 'person',
    duplicateKey: "duplicate key 'name' in actor 'vsse'",
    conflictFix: 'Take theirs ("Sûreté de l\'État") for actors.vsse.name',
    undone: 'Marginalia: undone new person Francisca Bostyn',
    suggestionHover: 'Suggested person (first name, two or three capitalised words). Quick Fix (Ctrl+.) accepts or rejects it.',
  },
  fr: {
    annotateTitle: 'Annoter la sélection…', outlineView: 'Structure', quotations: 'Citations', person: 'personne',
    // Texts of the core (src/core/messages.ts), translated by the editor.
    duplicateKey: "l'acteur «\u00a0vsse\u00a0»\u00a0: clé «\u00a0name\u00a0» en double",
    conflictFix: 'Prendre leur version ("Sûreté de l\'État") pour actors.vsse.name',
    undone: 'Marginalia\u00a0: annulé — nouvel acteur (personne) Francisca Bostyn',
    // the reason of the suggestion too (src/core/suggestions/reasons.ts)
    suggestionHover: "Suggestion\u00a0: personne (prénom, deux ou trois mots à majuscule). Le correctif rapide (Ctrl+.) l'accepte ou la rejette.",
  },
};

const DUPLICATE_KEY = 'marginalia: 1\nactors:\n  vsse:\n    type: organization\n    name: VSSE\n    name: Sûreté\n';
const RECORDED_CONFLICT = `marginalia: 1
actors:
  vsse:
    type: organization
    name: VSSE
conflicts:
  - path: actors.vsse.name
    section: actors
    entry: vsse
    field: name
    ours: VSSE
    theirs: Sûreté de l'État
`;

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

  it('translates the problems of a sidecar the core reports (Problems panel) and the Quick Fixes of a recorded conflict', async () => {
    const sidecar = workspaceUri('l10n/duplicate.txt.ann.yaml');
    await writeText(workspaceUri('l10n/duplicate.txt'), 'La VSSE.\n');
    await writeText(sidecar, DUPLICATE_KEY);
    await vscode.window.showTextDocument(sidecar, { preview: false });
    const problem = await waitFor('the duplicate key in Problems', () => vscode.languages.getDiagnostics(sidecar).find((d) => d.code === 'duplicate-key'));
    assert.equal(problem.message, expected!.duplicateKey);

    const conflicted = workspaceUri('l10n/conflict.txt.ann.yaml');
    await writeText(workspaceUri('l10n/conflict.txt'), 'La VSSE.\n');
    await writeText(conflicted, RECORDED_CONFLICT);
    await vscode.window.showTextDocument(conflicted, { preview: false });
    const recorded = await waitFor('the recorded conflict in Problems', () => vscode.languages.getDiagnostics(conflicted).find((d) => d.code === 'merge-conflict-recorded'));
    assert.match(recorded.message, language === 'fr' ? /^conflit de fusion enregistré\u00a0: actors\.vsse\.name\u00a0: notre version / : /^merge conflict recorded: actors\.vsse\.name: ours /);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', conflicted, recorded.range);
    assert.ok(actions.some((action) => action.title === expected!.conflictFix), `"${expected!.conflictFix}" among ${actions.map((a) => a.title).join(', ')}`);
    await closeAllEditors();
  });

  it('names the undone change in the display language', async () => {
    const editor = await openArticle('l10n/undo.txt', 'Francisca Bostyn était à Rabat.\n', 'marginalia: 1\n');
    select(editor, 'Francisca Bostyn');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'person' });
    const shown = await vscode.commands.executeCommand<string | undefined>('marginalia.undo');
    assert.equal(shown, expected!.undone);
    await closeAllEditors();
  });

  it('says why a name is suggested in the hover of the suggestion', async () => {
    const api = await marginalia();
    const editor = await openArticle('l10n/suggested.txt', 'Francisca Bostyn était à Rabat avec Jean-Marc Lemaire.\n');
    const at = editor.document.positionAt(editor.document.getText().indexOf('Jean-Marc Lemaire') + 2);
    const hover = await waitFor('the hover of the suggested person', () => api.suggestionHover(editor, at));
    // the hover is Markdown, its text escaped (`\(`, `\.`) and its spaces kept as `&nbsp;`
    assert.equal(hover.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1'), expected!.suggestionHover);
    await closeAllEditors();
  });
});
