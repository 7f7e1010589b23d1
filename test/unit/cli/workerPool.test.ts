import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { WorkerPool } from '../../../src/node/workerPool';
import { PROJECT_ROOT } from './gitRepo';

/** A task that takes a little time and says which thread ran it. */
const where = async (input: number) => {
  await new Promise((resolve) => setTimeout(resolve, 2 + (input % 3)));
  return { input, threadId };
};

describe('the --jobs worker pool', function () {
  this.timeout(60_000);
  let folder: string;
  let entry: string;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'marginalia-pool-'));
    const source = join(folder, 'entry.ts');
    writeFileSync(source, `import { threadId } from 'node:worker_threads';\nimport { serveTasks } from ${JSON.stringify(join(PROJECT_ROOT, 'src/node/workerPool'))};\n` +
      `serveTasks({ where: async (input: number) => { await new Promise((r) => setTimeout(r, 2 + (input % 3))); return { input, threadId }; } });\n`);
    entry = join(folder, 'entry.js');
    buildSync({ entryPoints: [source], outfile: entry, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('hands the results back in input order, this thread taking its share beside the workers', async () => {
    const pool = new WorkerPool(entry, 3, { where });
    const seen: { input: number; threadId: number; index: number }[] = [];
    try {
      const inputs = Array.from({ length: 60 }, (_, i) => i);
      await pool.map('where', inputs, (result: { input: number; threadId: number }, index) => seen.push({ ...result, index }));
    } finally {
      await pool.close();
    }
    assert.deepEqual(seen.map((s) => [s.index, s.input]), seen.map((_, i) => [i, i]));
    const threads = new Set(seen.map((s) => s.threadId));
    assert.ok(threads.has(threadId), 'this thread ran some of the tasks');
    assert.equal(threads.size, 3, `three threads for --jobs 3, not ${[...threads].join(', ')}`);
  });

  it('rejects when a task throws, in this thread or in a worker', async () => {
    const pool = new WorkerPool(entry, 2, { where: () => Promise.reject(new Error('this thread failed')) });
    try {
      await assert.rejects(pool.map('where', [1, 2, 3, 4], () => undefined), /failed|unknown/);
      await assert.rejects(pool.map('nothing', [1, 2], () => undefined), /unknown task 'nothing'/);
    } finally {
      await pool.close();
    }
  });
});
