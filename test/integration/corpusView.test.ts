// The corpus view: every quotation of the workspace in a table, filtered from its search box,
// a row that opens the article at the quotation, and live updates when a sidecar changes.
// The page runs in a webview (a nested frame of another origin); with the code-server runner
// the test reads and drives its DOM through the page probe, as a user would click and type.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, marginalia, readText, waitFor, workspaceUri, writeText } from './helpers';
import { evaluateInFrames, pageProbeAvailable } from './pageProbe';

const FIRST = 'Le 3 mars, la ministre Inès Vandamme a déclaré : « Nous restons vigilants. » Un témoin a ajouté : « Tout le monde a eu peur. »\n';
const FIRST_SIDECAR = `marginalia: 1
actors:
  ines-vandamme:
    type: person
    name: Inès Vandamme
quotations:
  - text: « Nous restons vigilants. »
    speaker: ines-vandamme
  - text: « Tout le monde a eu peur. »
    speaker-text: Un témoin
`;
const SECOND = 'Selon le parquet fédéral, « l’enquête se poursuit ». Inès Vandamme a confirmé : « Rien n’est exclu. »\n';
const SECOND_SIDECAR = `marginalia: 1
actors:
  ines-vandamme:
    type: person
    name: Inès Vandamme
  parquet-federal:
    type: organization
    name: parquet fédéral
quotations:
  - text: « l’enquête se poursuit »
    speaker: parquet-federal
  - text: « Rien n’est exclu. »
    speaker: ines-vandamme
`;

const first = workspaceUri('corpus-view/2024-03-03-ministre.txt');
const second = workspaceUri('corpus-view/2024-04-11-parquet.txt');
const sidecar = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.ann.yaml` });

/** How many quotations the workspace's sidecars hold, counted from the files themselves. */
async function quotationsInWorkspace(): Promise<number> {
  const sidecars = await vscode.workspace.findFiles('**/*.ann.yaml');
  const counts = await Promise.all(sidecars.map(async (uri) => parseSidecar(await readText(uri)).annotations.quotations.length));
  return counts.reduce((a, b) => a + b, 0);
}

/** The rows the page's table shows: speaker and quotation text, read in the webview's DOM. */
function tableRows(): Promise<{ speaker: string; text: string; date: string }[] | null> {
  return evaluateInFrames(`(() => {
    const root = document.getElementById('marginalia-corpus');
    if (!root) return null;
    return [...root.querySelectorAll('tbody tr[data-id]')].map((row) => ({
      speaker: row.querySelector('.col-speaker').textContent,
      text: row.querySelector('.col-text').textContent,
      date: row.querySelector('.col-date').textContent,
    }));
  })()`);
}

describe('the corpus view', () => {
  // The suites share one workspace: the articles written here must not show up in the other
  // suites' workspace-wide counts (references, the workspace outline).
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri('corpus-view'), { recursive: true, useTrash: false });
  });

  it('lists every quotation of the workspace, filters them, opens one, and follows a sidecar change', async function () {
    this.timeout(60_000);
    const api = await marginalia();
    await writeText(first, FIRST);
    await writeText(sidecar(first), FIRST_SIDECAR);
    await writeText(second, SECOND);
    await writeText(sidecar(second), SECOND_SIDECAR);
    const expected = await quotationsInWorkspace();
    assert.ok(expected >= 4, `the workspace holds the test's quotations (${expected})`);

    await vscode.commands.executeCommand('marginalia.openCorpusView');
    const loaded = await waitFor('the corpus view to render every quotation', () => {
      const state = api.corpusView.state();
      return state && state.total === expected ? state : undefined;
    }, 20_000);
    assert.equal(loaded.shown, expected);

    const probe = pageProbeAvailable();
    if (probe) {
      const rows = await waitFor('the table in the webview', async () => ((await tableRows())?.length === expected ? tableRows() : undefined));
      const lahbib = rows.filter((r) => r.speaker === 'Inès Vandamme');
      assert.equal(lahbib.length, 2, JSON.stringify(rows));
      assert.ok(rows.some((r) => r.text === '« Tout le monde a eu peur. »' && r.speaker === 'Un témoin' && r.date === '2024-03-03'), JSON.stringify(rows));
      // Typed into the page's own search box: accents and case do not matter.
      await evaluateInFrames(`(() => {
        const input = document.querySelector('#marginalia-corpus input.search');
        if (!input) return null;
        input.value = 'parquet federal';
        input.dispatchEvent(new Event('input'));
        return true;
      })()`);
    } else {
      api.corpusView.search('parquet federal');
    }
    const filtered = await waitFor('the filtered table', () => {
      const state = api.corpusView.state();
      return state?.filter === 'parquet federal' ? state : undefined;
    });
    // Every word must occur: "parquet" alone would also keep the other quotation of its article
    // (the file name holds it), "federal" only matches the speaker "parquet fédéral".
    assert.equal(filtered.shown, 1);
    assert.equal(filtered.total, expected);

    if (probe) {
      const shown = await tableRows();
      assert.deepEqual(shown?.map((r) => r.text), ['« l’enquête se poursuit »']);
      // A click on the row opens the article with the cursor on the quotation.
      await evaluateInFrames(`(() => {
        const row = [...document.querySelectorAll('#marginalia-corpus tbody tr[data-id]')]
          .find((r) => r.querySelector('.col-text').textContent === '« l’enquête se poursuit »');
        if (!row) return null;
        row.click();
        return true;
      })()`);
      const editor = await waitFor('the article opened at the quotation', () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === second.toString() ? active : undefined;
      });
      assert.equal(editor.selection.active.character, SECOND.indexOf('« l’enquête'));
    }

    // A quotation added to a sidecar on disk appears without reopening the view.
    await writeText(sidecar(first), `${FIRST_SIDECAR}  - text: a déclaré\n    speaker: ines-vandamme\n`);
    await waitFor('the view to follow the sidecar change', () => api.corpusView.state()?.total === expected + 1, 20_000);
  });
});
