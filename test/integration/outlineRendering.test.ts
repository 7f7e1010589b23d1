import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { OutlineItem } from './marginaliaApi';
import { marginalia, workspaceUri } from './helpers';
import { pageProbeAvailable, renderedRows, type RenderedRow } from './pageProbe';

/** The part of the workbench that holds the Marginalia outline view. */
const CONTAINER = 'workbench.view.extension.marginalia';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The rows the provider's tree should show, in order, with each item open where the view shows
 * it open: VS Code keeps the expansion of an item by id (an earlier test or the user opened
 * Rabat), whatever the provider's initial state says. What is checked is that every row under
 * an item is that item's own child, in the provider's order.
 */
function expectedRows(items: readonly OutlineItem[], rendered: readonly RenderedRow[]): { level: number; label: string; description: string }[] {
  const rows: { level: number; label: string; description: string }[] = [];
  const walk = (list: readonly OutlineItem[], level: number) => {
    for (const item of list) {
      rows.push({ level, label: item.label, description: item.description ?? '' });
      const shown = rendered.find((row) => row.index === rows.length - 1);
      const next = rendered.find((row) => row.index === rows.length);
      const open = shown?.expanded ?? (next ? next.level > level : item.collapsible === 'expanded');
      if (open && item.children.length > 0) walk(item.children, level + 1);
    }
  };
  walk(items, 1);
  return rows;
}

function show(rows: readonly { level: number; label: string; description: string }[]): string {
  return rows.map((row) => `${'  '.repeat(row.level - 1)}${row.label} (${row.description})`).join('\n');
}

/**
 * What VS Code renders, not what the provider returns: VS Code's tree batches the children
 * requests of one level, and two loads of the tree that overlap (the view opening while the
 * outline refreshes) used to hand a node the children of another node at the same position
 * (issue 13: "Citations" listing the organisations). Runs first in a fresh workbench with
 * `npm run test:l10n`-style French when MARGINALIA_TESTS=outlineRendering.
 */
describe('outline rendering', () => {
  it('renders each group with its own children when opened from the command while the article changes, every time', async function () {
    if (!pageProbeAvailable()) this.skip();
    this.timeout(180_000);
    const api = await marginalia();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('bostyn-rabat.txt')), { preview: false });
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const failures: string[] = [];
    const put = (text: string) => {
      const at = editor.document.getText().indexOf(text) + 2;
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    };
    const mentions = ['Francisca Bostyn', 'VSSE', 'Rabat', 'Paul Van Tigchelt', 'Belgique', 'La Libre'];
    for (let run = 1; run <= 4; run++) {
      if (run > 1) {
        // Hidden view: a change queues a refresh that the opening view replays.
        await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), ' '));
      }
      put(mentions[run % mentions.length]!);
      await vscode.commands.executeCommand('marginalia.showOutline');
      // While the view loads, the user moves through the article (the outline follows the
      // cursor) and types (the outline refreshes); the first run only opens the view.
      for (let step = 0; run > 1 && step < 10; step++) {
        await sleep(10 + 40 * (run % 3));
        put(mentions[(run + step) % mentions.length]!);
        if (step % 2 === 0) await editor.edit((e) => (step % 4 === 0 ? e.delete(new vscode.Range(0, 0, 0, 1)) : e.insert(new vscode.Position(0, 0), ' ')));
      }
      let expected = expectedRows(await api.outline.items(), []);
      // Read what is on screen for 5 s: it must become right and stay right.
      const started = Date.now();
      let rendered: RenderedRow[] = [];
      let wrong: string | undefined;
      while (Date.now() - started < 5000) {
        await sleep(100);
        rendered = await renderedRows(CONTAINER);
        expected = expectedRows(await api.outline.items(), rendered);
        const mismatch = rendered.find((row) => {
          const want = expected[row.index];
          return !want || want.level !== row.level || want.label !== row.label || want.description !== row.description;
        });
        // Loading (no rows yet) is not wrong; rows that disagree with the provider are, once settled.
        wrong = rendered.length === 0 ? 'nothing rendered' : mismatch ? `row ${mismatch.index}` : undefined;
      }
      if (wrong) failures.push(`run ${run}: ${wrong}\n-- rendered --\n${show(rendered)}\n-- expected --\n${show(expected.slice(0, rendered.length + 2))}`);
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
    }
    assert.deepEqual(failures, []);
  });
});
