import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { Annotations } from '../../src/core/model';
import { parseSidecar } from '../../src/core/sidecar';
import { findIn, type OutlineItem } from './marginaliaApi';
import { closeAllEditors, marginalia, openArticle, readText, waitFor, workspaceUri, writeText } from './helpers';
import { pageProbeAvailable, renderedRows } from './pageProbe';

/** The item of an id anywhere in the tree. */
function itemOf(items: readonly OutlineItem[], id: string): OutlineItem {
  return findIn(items, id) ?? assert.fail(`no tree item ${id} (roots: ${items.map((i) => i.id).join(', ')})`);
}
const brief = (items: readonly OutlineItem[]) => items.map((i) => `${i.label} (${i.description})`);

async function sample(): Promise<{ text: string; sidecar: string }> {
  return { text: await readText(workspaceUri('bostyn-rabat.txt')), sidecar: await readText(workspaceUri('bostyn-rabat.txt.ann.yaml')) };
}

/** A copy of the sample under outline/, so that edits do not touch other suites' files. */
async function openSampleCopy(name: string): Promise<vscode.TextEditor> {
  const { text, sidecar } = await sample();
  return openArticle(`outline/${name}.txt`, text, sidecar);
}

async function annotationsOnDisk(name: string): Promise<Annotations> {
  return parseSidecar(await readText(workspaceUri(`outline/${name}.txt.ann.yaml`))).annotations;
}

async function showOutline(): Promise<void> {
  const api = await marginalia();
  await vscode.commands.executeCommand('marginalia.showOutline');
  await waitFor('the outline view to be visible', () => api.outline.visible());
}

describe('outline', () => {
  beforeEach(async () => {
    await vscode.commands.executeCommand('marginalia.outline.scopeArticle');
    await vscode.commands.executeCommand('marginalia.outline.clearFilter');
    await vscode.commands.executeCommand('marginalia.outline.sortByAppearance');
  });
  afterEach(closeAllEditors);

  it('shows the sample article: actors by type with counts and coloured icons, quotations by speaker, topics', async () => {
    const api = await marginalia();
    const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'));
    const view = await waitFor('the sample to be loaded', () => api.articleView(editor.document));
    const items = await waitFor('the outline of the sample', async () => {
      const roots = await api.outline.items();
      return roots.length > 0 ? roots : undefined;
    });
    assert.deepEqual(brief(items), ['Actors (10)', 'Quotations (2)', 'Topics (3)']);
    const actors = items[0]!;
    assert.deepEqual(brief(actors.children), ['Person (2)', 'Organization (5)', 'Place (3)']);
    const [persons, organizations, places] = actors.children;
    assert.deepEqual([persons!.icon, persons!.iconColor, persons!.collapsible], ['person', 'marginalia.person', 'expanded']);
    assert.deepEqual(brief(persons!.children), ['Francisca Bostyn (3)', 'Paul Van Tigchelt (1)']);
    assert.deepEqual(brief(organizations!.children), ['VSSE (2)', 'médias marocains (2)', 'Al-Qaïda (1)', 'État islamique (2)', 'La Libre (2)']);
    assert.deepEqual(brief(places!.children), ['Rabat (2)', 'Belgique (3)', 'Sahel (2)']);
    for (const type of actors.children) {
      for (const actor of type.children) {
        assert.equal(actor.icon, type.icon, actor.label);
        assert.equal(actor.iconColor, type.iconColor, actor.label);
        assert.equal(actor.contextValue, 'actor');
        assert.equal(actor.collapsible, 'collapsed');
        // The count is what the article view derives for that actor.
        const actorId = actor.id.replace(/^actor:/, '');
        assert.equal(actor.description, String(view.mentions.filter((m) => m.actorId === actorId).length), actor.label);
      }
    }
    assert.equal(organizations!.iconColor, 'marginalia.organization');
    assert.deepEqual([places!.icon, places!.iconColor], ['location', 'marginalia.place']);

    const bostyn = itemOf(items, 'actor:francisca-bostyn');
    assert.deepEqual(bostyn.children.map((m) => m.description), ['line 1', 'line 1', 'line 7']);
    assert.deepEqual(bostyn.children.map((m) => m.contextValue), ['mention.name', 'mention.added', 'mention.name']);
    assert.deepEqual(bostyn.children.map((m) => m.icon), ['symbol-text', 'edit', 'symbol-text']);
    assert.match(bostyn.children[2]!.label, /^Cette visite de Francisca Bostyn fait/);
    assert.ok(bostyn.children.every((m) => m.command === 'marginalia.outline.reveal' && m.collapsible === 'none'));

    const quotations = items[1]!;
    assert.deepEqual(brief(quotations.children), ['médias marocains (1)', 'the Belgian side, per La Libre (1)']);
    assert.deepEqual(quotations.children.map((s) => s.contextValue), ['speaker.actor', 'speaker.text']);
    const quote = quotations.children[1]!.children[0]!;
    assert.deepEqual([quote.label, quote.description, quote.icon, quote.contextValue], ['«ce que la Syrie et l’Irak ont été»', 'line 3', 'quote', 'quotation']);

    const topics = items[2]!;
    assert.deepEqual(brief(topics.children), ['Counter-terrorism cooperation (1)']);
    assert.deepEqual(brief(topics.children[0]!.children.filter((c) => c.contextValue === 'topic')), ['Foreign Fighters (1)', 'Transfer of detainees (1)']);
  });

  it('reveals and selects a mention in the article when its item is clicked', async () => {
    const api = await marginalia();
    const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'));
    await waitFor('the sample to be loaded', () => api.articleView(editor.document));
    const items = await waitFor('the outline', async () => ((await api.outline.items()).length > 0 ? api.outline.items() : undefined));
    // Another editor in front: the click must bring the article back.
    await openArticle('outline/other.txt', 'Un autre texte.\n');
    const directrice = itemOf(items, 'actor:francisca-bostyn').children[1]!;
    await vscode.commands.executeCommand(directrice.command!, ...directrice.commandArguments!);
    const active = await waitFor('the article in front', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith('bostyn-rabat.txt') ? vscode.window.activeTextEditor : undefined));
    assert.equal(active.document.getText(active.selection), 'directrice');
    const quote = itemOf(items, 'speaker:actor:medias-marocains').children[0]!;
    await vscode.commands.executeCommand(quote.command!, ...quote.commandArguments!);
    assert.match(active.document.getText(vscode.window.activeTextEditor!.selection), /^«la nécessité d’élargir.*sécurité\.»$/);
  });

  it('follows the cursor: the actor mentioned under it is selected in the tree', async () => {
    const api = await marginalia();
    await showOutline();
    const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'));
    await waitFor('the sample to be loaded', () => api.articleView(editor.document));
    const put = (text: string, inside: number) => {
      const at = editor.document.getText().indexOf(text) + inside;
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    };
    put('Paul Van Tigchelt', 5);
    await waitFor('Paul Van Tigchelt selected in the tree', () => api.outline.selection().join() === 'actor:paul-van-tigchelt');
    put('la presse marocaine', 'la presse'.length); // an alias of "médias marocains"
    await waitFor('médias marocains selected in the tree', () => api.outline.selection().join() === 'actor:medias-marocains');
    assert.ok(vscode.window.activeTextEditor === editor || vscode.window.activeTextEditor?.document === editor.document, 'the editor kept the focus');
  });

  it('follows the cursor from a person to an organisation, and reveals the actor again after Collapse All', async () => {
    const api = await marginalia();
    await showOutline();
    const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'));
    await waitFor('the sample to be loaded', () => api.articleView(editor.document));
    const put = (text: string) => {
      const at = editor.document.getText().indexOf(text) + 2;
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
      return editor.selection.active;
    };
    put('Francisca Bostyn');
    await waitFor('Francisca Bostyn selected', () => api.outline.selection().join() === 'actor:francisca-bostyn');
    // "sûreté de l’État" is an alias of the VSSE, right after Francisca Bostyn's mentions.
    const onVsse = put('sûreté de l’État');
    await waitFor('the VSSE selected', () => api.outline.selection().join() === 'actor:vsse');
    // The breadcrumb names the group of the first symbol holding the cursor: the organisations.
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
    const enclosing = symbols.find((s) => s.range.contains(onVsse));
    assert.ok(!enclosing || enclosing.kind !== vscode.SymbolKind.Namespace || enclosing.name === 'organization', `the breadcrumb would say ${enclosing?.name}`);

    await vscode.commands.executeCommand('workbench.actions.treeView.marginalia.outline.collapseAll');
    await waitFor('the groups collapsed', () => api.outline.expanded().length === 0 && !api.outline.treeView.selection.some(() => false));
    // Onto another mention of the actor still selected, hidden now: it is shown again.
    put('VSSE');
    await waitFor('the VSSE still selected', () => api.outline.selection().join() === 'actor:vsse');
    if (pageProbeAvailable()) {
      // What the user sees: the actor's row is on screen, its groups opened again.
      await waitFor('the row of the VSSE rendered', async () =>
        (await renderedRows('workbench.view.extension.marginalia')).some((row) => row.label === 'VSSE' && row.level === 3),
      );
    }
    put('Paul Van Tigchelt');
    await waitFor('Paul Van Tigchelt selected', () => api.outline.selection().join() === 'actor:paul-van-tigchelt');
  });

  it('changes the sidecar from the context-menu commands of actors and quotations', async () => {
    const api = await marginalia();
    // Rabat under an id of its own, shared with one closed article: renaming from the tree
    // renames it there too (as F2 does), and leaves the other suites' articles alone.
    const { text, sidecar } = await sample();
    const own = sidecar.replace(/^ {2}rabat:$/mu, '  rabat-menus:');
    await writeText(workspaceUri('outline/menus-closed.txt'), text);
    await writeText(workspaceUri('outline/menus-closed.txt.ann.yaml'), own);
    const editor = await openArticle('outline/menus.txt', text, own);
    await waitFor('the closed copy in the workspace index', async () => {
      const at = editor.document.positionAt(text.indexOf('Rabat') + 1);
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
      return references.some((l) => l.uri.path.endsWith('outline/menus-closed.txt'));
    });
    const node = async (id: string) => waitFor(`node ${id}`, () => api.outline.node(id));
    // A context menu passes the node; the answers of the pickers are added here.
    await vscode.commands.executeCommand('marginalia.renameActor', { ...(await node('actor:rabat-menus')), name: 'Rabat-Salé' });
    // a refactoring edit is saved by VS Code (files.refactoring.autoSave), as after F2
    await waitFor('Rabat renamed in the closed article too', async () => {
      const closed = parseSidecar(await readText(workspaceUri('outline/menus-closed.txt.ann.yaml'))).annotations;
      return closed.actors.find((a) => a.id === 'rabat-menus')?.name === 'Rabat-Salé' || undefined;
    });
    await vscode.commands.executeCommand('marginalia.changeType', { ...(await node('actor:la-libre')), type: 'work' });
    await vscode.commands.executeCommand('marginalia.addAlias', { ...(await node('actor:paul-van-tigchelt')), alias: 'le ministre' });
    await vscode.commands.executeCommand('marginalia.mergeActors', { ...(await node('actor:al-qaida')), into: 'etat-islamique' });
    await vscode.commands.executeCommand('marginalia.deleteActor', await node('actor:sahel'));
    const quotation = (await node('speaker:text:the Belgian side, per La Libre'))!.children[0]!;
    await vscode.commands.executeCommand('marginalia.attributeQuotation', { ...quotation, speaker: 'la-libre' });

    const annotations = await annotationsOnDisk('menus');
    const actor = (id: string) => annotations.actors.find((a) => a.id === id);
    assert.equal(actor('rabat-menus')?.name, 'Rabat-Salé');
    assert.equal(actor('la-libre')?.type, 'work');
    assert.deepEqual(actor('paul-van-tigchelt')?.aliases, ['le ministre']);
    assert.equal(actor('al-qaida'), undefined);
    assert.ok(actor('etat-islamique')?.aliases.includes('Al-Qaïda'));
    assert.equal(actor('sahel'), undefined);
    assert.deepEqual(annotations.quotations.find((q) => q.anchor.text.startsWith('«ce que'))?.speaker, { actor: 'la-libre' });
    // The tree shows the changes.
    const items = await api.outline.items();
    assert.equal(itemOf(items, 'actor:rabat-menus').label, 'Rabat-Salé');
    assert.equal(findIn(items, 'actor:sahel'), undefined);
    assert.deepEqual(brief(itemOf(items, 'group:quotations').children), ['médias marocains (1)', 'La Libre (1)']);
  });

  it('copies a quotation as a citation', async () => {
    const api = await marginalia();
    await openSampleCopy('citation');
    const quotation = (await waitFor('the speaker node', () => api.outline.node('speaker:text:the Belgian side, per La Libre')))!.children[0]!;
    await vscode.commands.executeCommand('marginalia.outline.copyCitation', quotation);
    assert.equal(await vscode.env.clipboard.readText(), '«ce que la Syrie et l’Irak ont été» — the Belgian side, per La Libre, outline/citation.txt');
  });

  it('contributes every command its menus name', async () => {
    const extension = vscode.extensions.getExtension('marginalia.marginalia')!;
    const menus = extension.packageJSON.contributes.menus as Record<string, { command?: string }[]>;
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const menu of ['view/title', 'view/item/context']) {
      for (const entry of menus[menu] ?? []) assert.ok(entry.command && registered.has(entry.command), `${menu}: ${entry.command}`);
    }
  });

  it('filters and sorts the tree, and says so in the view', async () => {
    const api = await marginalia();
    const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'));
    await waitFor('the sample to be loaded', () => api.articleView(editor.document));
    await vscode.commands.executeCommand('marginalia.outline.filter', { filter: 'etat' });
    const filtered = await api.outline.items();
    assert.deepEqual(brief(filtered), ['Actors (2)']);
    assert.deepEqual(filtered[0]!.children.flatMap((t) => t.children.map((a) => a.label)), ['VSSE', 'État islamique']);
    assert.match(api.outline.treeView.message ?? '', /etat/);
    assert.match(api.outline.treeView.description ?? '', /etat/);
    await vscode.commands.executeCommand('marginalia.outline.clearFilter');
    assert.equal((await api.outline.items()).length, 3);
    assert.equal(api.outline.treeView.message, undefined);
    await vscode.commands.executeCommand('marginalia.outline.sortByCount');
    assert.deepEqual(brief(itemOf(await api.outline.items(), 'type:place').children), ['Belgique (3)', 'Rabat (2)', 'Sahel (2)']);
  });

  it('shows the welcome view for an article without annotations', async () => {
    const api = await marginalia();
    await openArticle('outline/plain.txt', 'Un texte sans annotations.\n');
    await waitFor('the empty status', async () => (await api.outline.status()) === 'empty');
    assert.deepEqual(await api.outline.items(), []);
  });

  it('unites an actor of two articles in workspace scope, its mentions grouped by file', async () => {
    const api = await marginalia();
    const sidecar = 'marginalia: 1\nactors:\n  hadja-lahbib:\n    type: person\n    name: Hadja Lahbib\n';
    await openArticle('outline/ws-a.txt', 'Hadja Lahbib est à Rabat. Hadja Lahbib parle.\n', sidecar);
    await openArticle('outline/ws-b.txt', 'Selon Hadja Lahbib, rien de neuf.\n', sidecar);
    await vscode.commands.executeCommand('marginalia.outline.scopeWorkspace');
    const lahbib = await waitFor('Hadja Lahbib in both articles', async () => {
      const item = findIn(await api.outline.items(), 'actor:hadja-lahbib');
      return item?.children.length === 2 ? item : undefined;
    });
    assert.equal(lahbib.description, '3');
    assert.deepEqual(brief(lahbib.children), ['outline/ws-a.txt (2)', 'outline/ws-b.txt (1)']);
    assert.deepEqual(lahbib.children.map((f) => f.contextValue), ['file', 'file']);
    // The sample's actors are there too, once each.
    const items = await api.outline.items();
    assert.ok(findIn(items, 'actor:francisca-bostyn'));
    assert.match(api.outline.treeView.description ?? '', /Workspace/);
    // A mention in the other article opens that article.
    const mention = lahbib.children[1]!.children[0]!;
    await vscode.commands.executeCommand(mention.command!, ...mention.commandArguments!);
    const editor = await waitFor('ws-b in front', () => (vscode.window.activeTextEditor?.document.uri.path.endsWith('ws-b.txt') ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.getText(editor.selection), 'Hadja Lahbib');
  });

  it('keeps what the user expanded when the article is edited', async () => {
    const api = await marginalia();
    await showOutline();
    const editor = await openSampleCopy('expand');
    await vscode.window.showTextDocument(editor.document);
    await waitFor('the Rabat node', () => api.outline.node('actor:rabat'));
    await api.outline.reveal('actor:rabat', { expand: true });
    await waitFor('Rabat expanded', () => api.outline.expanded().includes('actor:rabat'));
    assert.equal(itemOf(await api.outline.items(), 'actor:rabat').collapsible, 'expanded');
    assert.equal(itemOf(await api.outline.items(), 'actor:sahel').collapsible, 'collapsed');
    // The cursor away from any mention, so that following it does not select another actor.
    const end = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(end, end);
    // An edit that changes Rabat's children and count (and so the mention ids).
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Rabat, '));
    const rabat = await waitFor('a third Rabat mention', async () => {
      const item = itemOf(await api.outline.items(), 'actor:rabat');
      return item.description === '3' ? item : undefined;
    });
    assert.equal(rabat.collapsible, 'expanded');
    assert.ok(api.outline.expanded().includes('actor:rabat'));
    assert.equal(itemOf(await api.outline.items(), 'actor:sahel').collapsible, 'collapsed');
    // The tree still knows the node VS Code shows: revealing it again finds the same id.
    await api.outline.reveal('actor:rabat', { select: true, focus: false });
    assert.deepEqual(api.outline.selection(), ['actor:rabat']);
  });

  it('re-assigns mentions dragged onto another actor', async () => {
    const api = await marginalia();
    await openSampleCopy('dnd');
    const controller = api.outline.dragAndDrop;
    const token = new vscode.CancellationTokenSource().token;
    const drag = async (sourceId: string, targetId: string) => {
      const source = await waitFor(sourceId, () => api.outline.node(sourceId));
      const target = await waitFor(targetId, () => api.outline.node(targetId));
      const transfer = new vscode.DataTransfer();
      await controller.handleDrag!([source], transfer, token);
      await controller.handleDrop!(target, transfer, token);
    };
    // A name occurrence: "Selon La Libre" is, say, the Moroccan media's.
    await drag('actor:la-libre/mention:' + workspaceUri('outline/dnd.txt').toString() + '#1', 'actor:medias-marocains');
    let annotations = await annotationsOnDisk('dnd');
    const actor = (id: string) => annotations.actors.find((a) => a.id === id)!;
    assert.deepEqual(actor('la-libre').excluded.map((a) => a.text), ['La Libre']);
    assert.deepEqual(actor('medias-marocains').added.map((a) => a.text), ['La Libre']);
    // A hand-added mention moves.
    const directrice = 'actor:francisca-bostyn/mention:' + workspaceUri('outline/dnd.txt').toString() + '#1';
    await drag(directrice, 'actor:vsse');
    annotations = await annotationsOnDisk('dnd');
    assert.deepEqual(actor('francisca-bostyn').added, []);
    assert.deepEqual(actor('vsse').added.map((a) => a.text), ['directrice']);
    const items = await api.outline.items();
    assert.deepEqual(
      ['actor:la-libre', 'actor:medias-marocains', 'actor:francisca-bostyn', 'actor:vsse'].map((id) => itemOf(items, id).description),
      ['1', '3', '2', '3'],
    );
  });
});
