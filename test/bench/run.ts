/**
 * `npm run bench [-- --quick] [name…]`: runs every `*.bench.ts` of this folder (each
 * default-exports a {@link Workload}) one after the other, each in a fresh Node process of its
 * own, prints each workload's table, then a summary with one line per target (MISSED where one
 * is missed), and overwrites bench-results.json (git-ignored) with this run's figures.
 * One process per workload, so that no workload runs with JIT state (inline caches, optimised
 * code) shaped by what the earlier ones called with other strings and indexes; the sides of one
 * workload still alternate in one process.
 * `--quick`: CI-size inputs and fewer rounds; the README quotes full runs only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { articleSource, REPO_ROOT } from './corpus';
import { fmtMs, fmtRatio, printTable, type Workload, type WorkloadResult } from './harness';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.filter((a) => !a.startsWith('--'));
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
  const started = performance.now();
  const loadBefore = loadavg();
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')}; inputs from ${articleSource()}${quick ? '; QUICK run (CI-size inputs)' : ''}`);
  const results: WorkloadResult[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
  try {
    for (const file of files) {
      console.log(`\n## ${file}`);
      const fileStarted = performance.now();
      results.push(...runInOwnProcess(file, quick, join(scratch, `${file}.json`)));
      console.log(`(${file}: ${((performance.now() - fileStarted) / 1000).toFixed(1)} s)`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // In the issue's order (ids start with the workload's number), whatever the file names.
  results.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const loadAfter = loadavg();
  const seconds = (performance.now() - started) / 1000;

  console.log(`\n## summary (median CPU time; load average ${loadBefore[0].toFixed(1)} → ${loadAfter[0].toFixed(1)} on ${cpus().length} CPUs; ${seconds.toFixed(0)} s)`);
  const rows: string[][] = [['workload', 'marginalia', 'peer', 'ratio', 'target', 'measured', '']];
  for (const r of results) {
    const [ours, peer] = r.sides;
    r.targets.forEach((t, i) => rows.push([
      i === 0 ? r.id : '',
      i === 0 && ours ? fmtMs(ours.medianMs) : '',
      i === 0 && peer ? fmtMs(peer.medianMs) : '',
      i === 0 && r.ratio ? fmtRatio(r.ratio.value) : '',
      t.target, t.value, t.met ? 'met' : 'MISSED',
    ]));
  }
  printTable(rows);
  const missed = results.flatMap((r) => r.targets.filter((t) => !t.met).map((t) => ({ id: r.id, ...t })));
  for (const m of missed) console.log(`MISSED ${m.id}: ${m.target} (measured ${m.value})${m.boundBy ? ` — bound by: ${m.boundBy}` : ''}`);
  if (missed.length === 0) console.log('every target met');

  const file = join(REPO_ROOT, 'bench-results.json');
  writeFileSync(file, JSON.stringify({
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model,
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: { before: loadBefore, after: loadAfter },
    quick,
    inputs: articleSource(),
    seconds,
    workloads: results,
    missed: missed.map((m) => `${m.id}: ${m.target}`),
  }, null, 2) + '\n');
  console.log(`figures written to ${file}`);
}

/** Runs one workload file in a child Node process (with this process's tsx loader) and reads its results. */
function runInOwnProcess(file: string, quick: boolean, out: string): WorkloadResult[] {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename], {
    stdio: 'inherit',
    env: { ...process.env, MARGINALIA_BENCH_ONE: file, MARGINALIA_BENCH_OUT: out, MARGINALIA_BENCH_QUICK: quick ? '1' : '' },
  });
  if (child.status !== 0) throw new Error(`${file} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(readFileSync(out, 'utf8')) as WorkloadResult[];
}

/** In the child process: runs the one workload and writes its results for the parent. */
async function runOne(file: string, out: string, quick: boolean): Promise<void> {
  // tsx loads this CommonJS package's modules with require; the default export is a property.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bench = require(join(__dirname, file)) as { default: Workload };
  const produced = await bench.default({ quick });
  writeFileSync(out, JSON.stringify(Array.isArray(produced) ? produced : [produced]));
}

const one = process.env['MARGINALIA_BENCH_ONE'];
(one ? runOne(one, process.env['MARGINALIA_BENCH_OUT']!, process.env['MARGINALIA_BENCH_QUICK'] === '1') : main()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
