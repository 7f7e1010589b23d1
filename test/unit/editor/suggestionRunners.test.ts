import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { parseTownNames, suggestInWindow, type WindowRequest } from '../../../src/core/suggestions';
import { InThreadSuggestionRunner, type RunToken } from '../../../src/editor/suggestions/suggestionRunner';
import { WorkerSuggestionRunner } from '../../../src/editor/suggestions/workerSuggestionRunner';

const ROOT = join(__dirname, '..', '..', '..');
const TOWNS = join(ROOT, 'src/core/suggestions/generated/towns.txt');
const towns = parseTownNames(readFileSync(TOWNS, 'utf8'));

const TEXT = 'Au port, Jeanne Morvan a rencontré Albert Quéméner à Brest. « Nous reprendrons la pêche lundi », a déclaré Jeanne Morvan.\n';
const request = (text: string, offset = 0): WindowRequest => ({ text, offset, knownActors: [], speakers: 'precise', quotations: true, entities: true });
const live: RunToken = { isCancellationRequested: false };

describe('suggestion runners', function () {
  this.timeout(60_000);
  let folder: string;
  let script: string;
  const warnings: string[] = [];
  const runners: WorkerSuggestionRunner[] = [];
  const workerRunner = (path = script) => {
    const runner = new WorkerSuggestionRunner({ script: path, fallback: new InThreadSuggestionRunner(async () => towns), warn: (m) => warnings.push(m) });
    runners.push(runner);
    return runner;
  };

  before(() => {
    // the worker's bundle as esbuild.mjs writes it, with the town list beside it as in dist/
    folder = mkdtempSync(join(tmpdir(), 'marginalia-runner-'));
    script = join(folder, 'suggestionWorker.js');
    buildSync({ entryPoints: [join(ROOT, 'src/editor/suggestions/suggestionWorker.ts')], outfile: script, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
    copyFileSync(TOWNS, join(folder, 'towns.txt'));
  });
  afterEach(() => {
    for (const runner of runners.splice(0)) runner.dispose();
    warnings.length = 0;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('in this thread: the suggestions of the window, shifted to offsets in the article', async () => {
    const result = await new InThreadSuggestionRunner(async () => towns).run(request(TEXT, 100), live);
    assert.equal(result?.ranIn, 'thread');
    const names = result!.entities.map((e) => TEXT.slice(e.span.start - 100, e.span.end - 100));
    assert.ok(names.includes('Albert Quéméner'), JSON.stringify(names));
    assert.equal(TEXT.slice(result!.quotations[0]!.span.start - 100, result!.quotations[0]!.span.end - 100), '« Nous reprendrons la pêche lundi »');
  });

  it('in the worker: the same suggestions as in this thread, towns included', async () => {
    const runner = workerRunner();
    const fromWorker = await runner.run(request(TEXT, 7), live);
    assert.equal(fromWorker?.ranIn, 'worker');
    const suggestions = { quotations: fromWorker!.quotations, entities: fromWorker!.entities };
    assert.deepEqual(suggestions, suggestInWindow(request(TEXT, 7), towns));
    assert.ok(suggestions.entities.some((e) => e.type === 'place' && TEXT.slice(e.span.start - 7, e.span.end - 7) === 'Brest'));
    assert.deepEqual(warnings, []);
  });

  it('never sends a request cancelled while it waits for the worker', async () => {
    const runner = workerRunner();
    runner.replyDelayMs = 200;
    const first = runner.run(request(TEXT), live);
    const token = { isCancellationRequested: false };
    const second = runner.run(request('Selon Paul Durand, « rien ne change ».'), token);
    assert.ok(runner.busy);
    token.isCancellationRequested = true;
    assert.equal((await first)?.ranIn, 'worker', 'the request under way is answered');
    assert.equal(await second, undefined);
  });

  it('falls back to this thread, with one log line, when the worker cannot start', async () => {
    const runner = workerRunner(join(folder, 'missing.js'));
    const results = await Promise.all([runner.run(request(TEXT), live), runner.run(request(TEXT), live)]);
    assert.deepEqual(results.map((r) => r?.ranIn), ['thread', 'thread']);
    assert.ok(results[0]!.entities.length > 0);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /suggestion worker .*extension host's thread/);
  });

  it('falls back to this thread when the worker dies with a request under way, and loses none', async () => {
    const dying = join(folder, 'dying.js');
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const runner = workerRunner(dying);
    const results = await Promise.all([runner.run(request(TEXT), live), runner.run(request(TEXT, 5), live)]);
    assert.deepEqual(results.map((r) => r?.ranIn), ['thread', 'thread']);
    assert.deepEqual(results[1]!.entities, suggestInWindow(request(TEXT, 5), towns).entities);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /exit code 3/);
    assert.equal((await runner.run(request(TEXT), live))?.ranIn, 'thread', 'later requests too');
  });
});
