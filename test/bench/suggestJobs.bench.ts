/**
 * `marginalia suggest --format brat` on the WiNER-fr corpus (944 articles) with `--jobs 2`
 * against `--jobs 1`: the shipped CLI (bundled here as dist/cli.js is), started as a user would,
 * timed on the wall clock (threads are what is measured). The two sides alternate, each round
 * writing into the same emptied folder, and their outputs (every .ann byte for byte, stdout,
 * stderr, exit status) must be equal.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { articleSource, REPO_ROOT } from './corpus';
import { fmtMs, fmtRatio, median, printTable, type BenchContext, type WorkloadResult } from './harness';

const TARGET = 1.7;

interface Run {
  readonly wallMs: number;
  /** CPU time of the CLI process, all its threads (Linux: from /proc; NaN elsewhere). */
  readonly cpuMs: number;
  /** stdout, stderr, status and a digest of every file written. */
  readonly output: string;
}

/** User + system CPU ms of the children this process has waited for (Linux /proc/self/stat: cutime, cstime). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /su, '').split(' ');
    // fields after the command name start at field 3 (state): cutime and cstime are fields 16 and 17, in ticks of 10 ms
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

function digestOf(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  for (const file of files) hash.update(relative(folder, file)).update('\0').update(readFileSync(file)).update('\0');
  return `${files.length} files, sha256 ${hash.digest('hex')}`;
}

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'marginalia-jobs-bench-'));
  try {
    const cli = join(scratch, 'cli.js');
    buildSync({ entryPoints: [join(REPO_ROOT, 'src', 'cli.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
    copyFileSync(join(REPO_ROOT, 'src/core/suggestions/generated/towns.txt'), join(scratch, 'towns.txt'));
    const source = articleSource();
    // The article folders (years), not the licence texts beside them.
    const paths = readdirSync(source, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(source, e.name)).sort();
    const out = join(scratch, 'out');
    const suggest = (jobs: number): Run => {
      rmSync(out, { recursive: true, force: true });
      const cpuBefore = childrenCpuMs();
      const start = performance.now();
      const result = spawnSync(process.execPath, [cli, 'suggest', '--format', 'brat', '--out', out, '--jobs', String(jobs), ...paths], { cwd: scratch, encoding: 'utf8', maxBuffer: 1 << 26 });
      const wallMs = performance.now() - start;
      return { wallMs, cpuMs: childrenCpuMs() - cpuBefore, output: `status ${result.status}\n${result.stdout}\n--\n${result.stderr}\n--\n${digestOf(out)}` };
    };
    const rounds = quick ? 1 : 3;
    const one: Run[] = [];
    const two: Run[] = [];
    const loadBefore = loadavg()[0];
    for (let round = 0; round < rounds; round++) {
      one.push(suggest(1));
      two.push(suggest(2));
    }
    const loadAfter = loadavg()[0];
    const articles = one[0].output.split('\n').filter((line) => line.endsWith('entity candidates') || line.endsWith('entity candidate')).length;
    const identical = [...one, ...two].every((r) => r.output === one[0].output);
    const oneMs = median(one.map((r) => r.wallMs));
    const twoMs = median(two.map((r) => r.wallMs));
    const speedup = oneMs / twoMs;
    // What the machine's load leaves possible: with L other runnable threads on C CPUs, one
    // thread gets min(1, C/(L+1)) of a CPU, two get min(2, 2C/(L+2)) (load 1 on 2 CPUs: 1.33×).
    const cpus = availableParallelism();
    const ceilingAt = (load: number) => Math.min(2, (2 * cpus) / (load + 2)) / Math.min(1, cpus / (load + 1));
    const ceiling = ceilingAt(loadBefore);
    console.log(`${articles} articles from ${paths.join(', ')}; ${availableParallelism()} CPUs; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (a speed-up of at most ${fmtRatio(ceiling)} at the load before); outputs ${identical ? 'identical' : 'DIFFER'}`);
    const oneCpu = median(one.map((r) => r.cpuMs));
    const twoCpu = median(two.map((r) => r.cpuMs));
    printTable([['side', 'wall median', 'CPU median (all threads)', 'runs'], ['suggest --jobs 1', fmtMs(oneMs), fmtMs(oneCpu), String(one.length)], ['suggest --jobs 2', fmtMs(twoMs), fmtMs(twoCpu), String(two.length)]]);
    return {
      id: '11 suggest --jobs',
      title: 'marginalia suggest --jobs 2 vs --jobs 1 on the WiNER-fr corpus',
      input: { paths, articles, cpus: availableParallelism(), loadAverage: { before: loadBefore, after: loadAfter } },
      sides: [
        { name: 'suggest --jobs 2', medianMs: twoMs, wallMedianMs: twoMs, runs: two.length, note: `wall clock; ${fmtMs(twoCpu)} CPU` },
        { name: 'suggest --jobs 1', medianMs: oneMs, wallMedianMs: oneMs, runs: one.length, note: `wall clock; ${fmtMs(oneCpu)} CPU` },
      ],
      ratio: { label: '--jobs 1 ÷ --jobs 2', value: speedup },
      targets: [
        { target: `≥ ${TARGET}× faster`, value: `${fmtRatio(speedup)} (load average ${loadBefore.toFixed(1)}–${loadAfter.toFixed(1)} on ${availableParallelism()} CPUs, which leaves at most ${fmtRatio(ceiling)})`, met: speedup >= TARGET, ...(speedup >= TARGET ? {} : { boundBy: `the CPUs the machine leaves (load average ${loadAfter.toFixed(1)} on ${availableParallelism()}), and the warm-up each thread pays: --jobs 2 takes ${fmtMs(twoCpu)} CPU where --jobs 1 takes ${fmtMs(oneCpu)}` }) },
        { target: 'identical output', value: identical ? 'identical' : 'differs', met: identical },
      ],
      details: { ceiling, oneMs: one.map((r) => r.wallMs), twoMs: two.map((r) => r.wallMs), oneCpuMs: one.map((r) => r.cpuMs), twoCpuMs: two.map((r) => r.cpuMs) },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
