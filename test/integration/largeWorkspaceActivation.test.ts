// A measurement, not a check of behaviour: run by the benchmark (test/bench/hostActivation.bench.ts)
// in a generated 10,000-article workspace, which names the article to open and the file to
// write the figures to. In the ordinary suite (no such variables) it is skipped.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { TestHooks } from '../../src/extension';
import { marginalia, workspaceUri } from './helpers';

const resultFile = process.env.MARGINALIA_HOST_BENCH_RESULT;
const article = process.env.MARGINALIA_HOST_BENCH_ARTICLE;

describe('activation in a large workspace (benchmark)', function () {
  this.timeout(600_000);
  before(function () {
    if (!resultFile || !article) this.skip();
  });

  it('decorates the first article opened while the workspace index is built in the background', async () => {
    const extension = vscode.extensions.getExtension<TestHooks>('marginalia.marginalia');
    assert.ok(extension, 'Marginalia is installed');
    const hooks = await extension.activate();
    const api = await marginalia();
    const indexedBefore = api.workspaceIndex.lastBuild().articles;
    const loadBefore = loadavg()[0];
    const opening = performance.now();
    const editor = await vscode.window.showTextDocument(workspaceUri(article!));
    const shownMs = performance.now() - opening;
    // Polled every millisecond: the figure is at most a timer tick late.
    while (!Object.values(api.decorations(editor)).some((ranges) => ranges.length > 0)) {
      assert.ok(performance.now() - opening < 60_000, 'the article was not decorated within a minute');
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const decoratedMs = performance.now() - opening;
    // lastBuild is set when a build ends: 0 articles means the index was still being built.
    const indexedAtDecoration = api.workspaceIndex.lastBuild().articles;
    const report = await api.workspaceIndex.idle();
    const indexReadyMs = performance.now() - opening;
    const figures = {
      activationMs: hooks.activationMs,
      shownMs,
      decoratedMs,
      indexBuilding: indexedAtDecoration === 0,
      indexedBefore,
      indexReadyMs,
      index: report,
      loadAverage: { before: loadBefore, after: loadavg()[0] },
    };
    console.log(`      ${JSON.stringify(figures)}`);
    writeFileSync(resultFile!, JSON.stringify(figures) + '\n');
    assert.ok(report.articles > 0, 'the index holds the workspace once built');
  });
});
