import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, marginalia, openArticle, readText, waitFor, workspaceUri } from './helpers';

// A second article sharing actor ids (francisca-bostyn, vsse) with the sample bostyn-rabat.txt.
const INTERVIEW = 'Entretien avec Francisca Bostyn.\nLa patronne de la VSSE juge la menace élevée. «Nous travaillons avec nos partenaires», dit Bostyn. Selon la sûreté de l’État, tout va bien.\n';
const INTERVIEW_SIDECAR = `marginalia: 1
actors:
  francisca-bostyn:
    type: person
    name: Francisca Bostyn
    aliases: [Bostyn]
  vsse:
    type: organization
    name: VSSE
    aliases: [sûreté de l’État]
quotations:
  - text: «Nous travaillons avec nos partenaires»
    before: "menace élevée. "
    after: ", dit Bostyn"
    speaker: francisca-bostyn
`;
const RENAME = 'Le ministre Paul Van Tigchelt a parlé. Paul Van Tigchelt a ensuite quitté la salle.\n';
// An id no other article of the test workspace has: F2 renames across articles that share
// the id (renameAcross.test.ts), and this test is about one article.
const RENAME_SIDECAR = `marginalia: 1
actors:
  ministre-van-tigchelt:
    type: person
    name: Paul Van Tigchelt
`;

async function openSample(): Promise<vscode.TextEditor> {
  const api = await marginalia();
  const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'), { preview: false });
  await waitFor('the sample to be loaded', () => api.articleView(editor.document));
  return editor;
}

function positionOf(document: vscode.TextDocument, text: string, occurrence = 0, inside = 2): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = document.getText().indexOf(text, at + 1);
  assert.ok(at >= 0, `"${text}" (${occurrence}) is in ${document.uri.path}`);
  return document.positionAt(at + inside);
}

function offsetOf(document: vscode.TextDocument, text: string, occurrence = 0): number {
  return document.offsetAt(positionOf(document, text, occurrence, 0));
}

function cursorAt(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
}

/** The hover's Markdown, with the no-break spaces MarkdownString.appendText writes turned back into spaces. */
const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');

const cursorOffset = (editor: vscode.TextEditor) => editor.document.offsetAt(editor.selection.active);

describe('navigation', () => {
  before(async () => {
    await openArticle('navigation/interview.txt', INTERVIEW, INTERVIEW_SIDECAR);
    await closeAllEditors();
  });
  afterEach(closeAllEditors);

  it('moves to the next and previous mention of the actor under the cursor, wrapping around with a notice', async () => {
    const api = await marginalia();
    const editor = await openSample();
    const { document } = editor;
    cursorAt(editor, positionOf(document, 'Francisca Bostyn'));
    await vscode.commands.executeCommand('marginalia.nextMention');
    assert.equal(cursorOffset(editor), offsetOf(document, 'directrice'));
    await vscode.commands.executeCommand('marginalia.nextMention');
    assert.equal(cursorOffset(editor), offsetOf(document, 'Francisca Bostyn', 1));
    await vscode.commands.executeCommand('marginalia.nextMention');
    assert.equal(cursorOffset(editor), 0);
    assert.match(api.navigationNotice() ?? '', /wrapped around to the first mention of Francisca Bostyn/);
    await vscode.commands.executeCommand('marginalia.previousMention');
    assert.equal(cursorOffset(editor), offsetOf(document, 'Francisca Bostyn', 1));
    assert.match(api.navigationNotice() ?? '', /last mention of Francisca Bostyn/);
    await vscode.commands.executeCommand('marginalia.previousMention');
    assert.equal(cursorOffset(editor), offsetOf(document, 'directrice'));
  });

  it('moves through the quotations and wraps around', async () => {
    const editor = await openSample();
    const { document } = editor;
    cursorAt(editor, new vscode.Position(0, 0));
    await vscode.commands.executeCommand('marginalia.nextQuotation');
    assert.equal(cursorOffset(editor), offsetOf(document, '«la nécessité'));
    await vscode.commands.executeCommand('marginalia.nextQuotation');
    assert.equal(cursorOffset(editor), offsetOf(document, '«ce que la Syrie'));
    await vscode.commands.executeCommand('marginalia.nextQuotation');
    assert.equal(cursorOffset(editor), offsetOf(document, '«la nécessité'));
    await vscode.commands.executeCommand('marginalia.previousQuotation');
    assert.equal(cursorOffset(editor), offsetOf(document, '«ce que la Syrie'));
  });

  it('goes to the actor\'s first mention, and from there to its entry in the sidecar', async () => {
    const { document } = await openSample();
    const fromSecond = await vscode.commands.executeCommand<vscode.LocationLink[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Francisca Bostyn', 1));
    assert.equal(fromSecond.length, 1);
    assert.equal(fromSecond[0]!.targetUri.toString(), document.uri.toString());
    assert.deepEqual(fromSecond[0]!.targetRange.start, document.positionAt(0));
    assert.equal(document.getText(fromSecond[0]!.originSelectionRange), 'Francisca Bostyn');

    const fromFirst = await vscode.commands.executeCommand<vscode.LocationLink[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Francisca Bostyn'));
    const sidecarUri = workspaceUri('bostyn-rabat.txt.ann.yaml');
    assert.equal(fromFirst[0]!.targetUri.toString(), sidecarUri.toString());
    const sidecarLines = (await readText(sidecarUri)).split('\n');
    assert.equal(sidecarLines[fromFirst[0]!.targetRange.start.line]!.trim(), 'francisca-bostyn:');
  });

  it('goes to the sidecar entry when marginalia.definitionTarget is "sidecar"', async () => {
    const { document } = await openSample();
    const settings = vscode.workspace.getConfiguration('marginalia');
    await settings.update('definitionTarget', 'sidecar', vscode.ConfigurationTarget.Workspace);
    try {
      const links = await vscode.commands.executeCommand<vscode.LocationLink[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Rabat', 1));
      assert.equal(links[0]!.targetUri.path, workspaceUri('bostyn-rabat.txt.ann.yaml').path);
      const sidecarLines = (await readText(workspaceUri('bostyn-rabat.txt.ann.yaml'))).split('\n');
      assert.equal(sidecarLines[links[0]!.targetRange.start.line]!.trim(), 'rabat:');
    } finally {
      await settings.update('definitionTarget', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('finds every mention of an actor in every annotated article of the workspace', async () => {
    const api = await marginalia();
    const { document } = await openSample();
    const sampleView = (await api.articleView(document))!;
    const inSample = sampleView.mentions.filter((m) => m.actorId === 'vsse').length;
    const interview = workspaceUri('navigation/interview.txt');
    const references = await waitFor('references in both articles', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'VSSE'));
      return found.some((l) => l.uri.path === interview.path) ? found : undefined;
    });
    const here = references.filter((l) => l.uri.toString() === document.uri.toString());
    assert.equal(here.length, inSample);
    assert.deepEqual(here.map((l) => document.getText(l.range)), ['sûreté de l’État', 'VSSE']);
    const there = references.filter((l) => l.uri.path === interview.path);
    const lines = INTERVIEW.split('\n');
    assert.deepEqual(there.map((l) => lines[l.range.start.line]!.slice(l.range.start.character, l.range.end.character)), ['VSSE', 'sûreté de l’État']);
  });

  it('renames the actor in the sidecar (old name kept as an alias, id unchanged), never the article text', async () => {
    const editor = await openArticle('navigation/rename.txt', RENAME, RENAME_SIDECAR);
    const { document } = editor;
    const sidecarUri = workspaceUri('navigation/rename.txt.ann.yaml');
    const position = positionOf(document, 'Paul Van Tigchelt', 1);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', document.uri, position);
    assert.equal(prepared.placeholder, 'Paul Van Tigchelt');
    assert.equal(document.getText(prepared.range), 'Paul Van Tigchelt');

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, 'Paul Van Tigchelt, ministre');
    assert.equal(edit.size, 0, 'the rename edits no text');
    const sidecar = parseSidecar(await readText(sidecarUri)).annotations;
    assert.deepEqual(sidecar.actors.map((a) => [a.id, a.name, a.aliases]), [['ministre-van-tigchelt', 'Paul Van Tigchelt, ministre', ['Paul Van Tigchelt']]]);
    assert.equal(document.getText(), RENAME);
    assert.equal(await readText(workspaceUri('navigation/rename.txt')), RENAME);
    const api = await marginalia();
    assert.equal((await api.articleView(document))!.mentions.length, 2, 'the old name still mentions the actor');

    cursorAt(editor, position);
    await vscode.commands.executeCommand('marginalia.renameActorId', { id: 'van-tigchelt' });
    assert.deepEqual(parseSidecar(await readText(sidecarUri)).annotations.actors.map((a) => a.id), ['van-tigchelt']);
    assert.equal(await readText(workspaceUri('navigation/rename.txt')), RENAME);
  });

  it('lists actors by type and quotations as document symbols', async () => {
    const { document } = await openSample();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const byName = new Map(symbols.map((s) => [s.name, s]));
    const persons = byName.get('person');
    assert.ok(persons, `a person group among ${[...byName.keys()].join(', ')}`);
    assert.deepEqual(persons.children.map((c) => [c.name, c.kind]), [['Francisca Bostyn', vscode.SymbolKind.Object], ['Paul Van Tigchelt', vscode.SymbolKind.Object]]);
    assert.equal(document.getText(persons.children[1]!.selectionRange), 'Paul Van Tigchelt');
    assert.ok(byName.get('organization')!.children.every((c) => c.kind === vscode.SymbolKind.Module));
    const quotations = byName.get('Quotations')!;
    assert.deepEqual(quotations.children.map((c) => [c.kind, c.detail]), [[vscode.SymbolKind.String, 'médias marocains'], [vscode.SymbolKind.String, 'the Belgian side, per La Libre']]);
    assert.match(document.getText(quotations.children[1]!.range), /^«ce que la Syrie et l’Irak ont été»$/);
  });

  it('finds actors across articles as workspace symbols', async () => {
    await openSample();
    const symbols = await waitFor('Bostyn in both articles', async () => {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'bostyn');
      const paths = new Set(found.filter((s) => s.name === 'Francisca Bostyn').map((s) => s.location.uri.path));
      return paths.has(workspaceUri('navigation/interview.txt').path) && paths.has(workspaceUri('bostyn-rabat.txt').path) ? found : undefined;
    });
    const inInterview = symbols.find((s) => s.location.uri.path.endsWith('interview.txt'))!;
    assert.equal(inInterview.kind, vscode.SymbolKind.Object);
    assert.deepEqual([inInterview.location.range.start.line, inInterview.location.range.start.character], [0, INTERVIEW.indexOf('Francisca')]);
    assert.ok(symbols.every((s) => /bostyn/i.test(s.name)), 'only matching actors');
  });

  it('shows a hover card on a mention with counts here and across the workspace', async () => {
    const { document } = await openSample();
    const hovers = await waitFor('a hover that counts both articles', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'directrice'));
      const text = hoverText(found);
      // Other suites leave copies of the sample in the shared workspace: two articles or more.
      return /in (?:[2-9]|[1-9]\d+) articles/.test(text) ? { found, text } : undefined;
    });
    const { text } = hovers;
    assert.match(text, /Francisca Bostyn/);
    assert.match(text, /Bostyn/);
    assert.match(text, /Head of the VSSE/);
    assert.match(text, /3 mentions here · \d+ in \d+ articles/);
    assert.match(text, /command:marginalia\.nextMention\?/);
    assert.match(text, /command:marginalia\.renameActor\?/);
    assert.match(text, /command:marginalia\.addAliasByName\?/);
    assert.doesNotMatch(text, /command:(?!marginalia\.)/);
    const range = hovers.found[0]!.range!;
    assert.equal(document.getText(range), 'directrice');
  });

  it('puts only a codicon name from marginalia.types into the hover card (its markdown is trusted)', async () => {
    const settings = vscode.workspace.getConfiguration('marginalia');
    const hostile = 'x) [click](command:workbench.action.closeWindow) $(tag';
    await settings.update('types', { gadget: { icon: hostile }, gizmo: { icon: 'flame' } }, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openArticle('navigation/icons.txt', 'Le Gadget et le Gizmo.\n',
        'marginalia: 1\nactors:\n  gadget:\n    type: gadget\n    name: Gadget\n  gizmo:\n    type: gizmo\n    name: Gizmo\n');
      const hover = async (name: string) => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, name)));
      const gadget = await waitFor('a hover on the gadget', async () => ((await hover('Gadget')).includes('Gadget') ? hover('Gadget') : undefined));
      assert.match(gadget, /^\$\(tag\) /, 'the setting ignored, the default icon');
      assert.doesNotMatch(gadget, /closeWindow|\[click\]/);
      assert.match(await hover('Gizmo'), /^\$\(flame\) /, 'a codicon name is used');
    } finally {
      await settings.update('types', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('lists the quotations an actor speaks on its hover card', async () => {
    const editor = await vscode.window.showTextDocument(workspaceUri('navigation/interview.txt'));
    const api = await marginalia();
    await waitFor('the interview to be loaded', () => api.articleView(editor.document));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Bostyn', 1));
    const text = hoverText(hovers);
    assert.match(text, /«Nous travaillons avec nos partenaires»/);
  });

  it('highlights the other mentions of the actor under the cursor', async () => {
    const { document } = await openSample();
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, positionOf(document, 'directrice'));
    assert.deepEqual(
      highlights.map((h) => [document.getText(h.range), h.kind]),
      [['Francisca Bostyn', vscode.DocumentHighlightKind.Read], ['directrice', vscode.DocumentHighlightKind.Text], ['Francisca Bostyn', vscode.DocumentHighlightKind.Read]],
    );
    // Off a mention, Marginalia has nothing to say and VS Code falls back to its textual word highlights.
    const offMention = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, positionOf(document, 'visite stratégique'));
    assert.ok((offMention ?? []).every((h) => document.getText(h.range) === 'visite'));
  });
});
