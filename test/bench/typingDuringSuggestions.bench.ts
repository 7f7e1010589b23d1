/**
 * Typing 100 characters in a 1 MB article while the suggesters run: the event loop of the
 * extension host's thread, with the editor's suggestion runner in that thread against the
 * worker runner (src/editor/suggestions/), and a side without suggestions (the floor the
 * machine gives). The typing comes in bursts of 10 keys, 70 ms apart, with pauses of 400 ms:
 * each pause lets the store's 300 ms debounce start a computation on the window around the
 * caret (with the article's 1,500 actors as gazetteer), which the next burst types over, as a
 * user who stops to think does. Each keystroke is scheduled at its time in the plan, and its
 * delay is how late its handler starts (a keystroke that waits for the suggesters is late);
 * monitorEventLoopDelay samples the loop beside it. Wall clock, of course: latency is measured.
 * Target: with the worker, no keystroke is delayed by more than one 16 ms frame.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { parseTownNames, suggestionWindow, workspaceActors, type WindowRequest } from '../../src/core/suggestions';
import { InThreadSuggestionRunner, type SuggestionRunner } from '../../src/editor/suggestions/suggestionRunner';
import { WorkerSuggestionRunner } from '../../src/editor/suggestions/workerSuggestionRunner';
import { buildAnnotations, lineWindow } from './articleModel';
import { REPO_ROOT } from './corpus';
import { fmtMs, median, printTable, seededRandom, type BenchContext, type WorkloadResult } from './harness';
import { buildText } from './workload';

const SEED = 20261207;
const FRAME_MS = 16;
const DEBOUNCE_MS = 300;
const KEY_INTERVAL_MS = 70;
const PAUSE_MS = 400;
const BURST = 10;
const KEYS = 100;
const VISIBLE_LINES = 60;

interface Session {
  /** How late each keystroke's handler started, ms. */
  readonly delaysMs: number[];
  /** The event-loop delay histogram's p99 and max over the session, ms. */
  readonly loopP99Ms: number;
  readonly loopMaxMs: number;
  readonly computations: number;
}

/** Fires `KEYS` keystrokes on their plan, each arming the debounced suggestion run as the store does. */
async function typeOnce(baseText: string, caretStart: number, knownActors: WindowRequest['knownActors'], runner: SuggestionRunner | undefined): Promise<Session> {
  let text = baseText;
  let caret = caretStart;
  const plan: number[] = [];
  for (let k = 0, at = 0; k < KEYS; k++) {
    plan.push(at);
    at += (k + 1) % BURST === 0 ? PAUSE_MS : KEY_INTERVAL_MS;
  }
  const delaysMs: number[] = [];
  let computations = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let token = { isCancellationRequested: false };
  const running: Promise<unknown>[] = [];
  const suggest = () => {
    token.isCancellationRequested = true;
    token = { isCancellationRequested: false };
    const window = suggestionWindow(text, lineWindow((start, end) => text.slice(start, end), text.length, caret, VISIBLE_LINES));
    const request: WindowRequest = { text: text.slice(window.start, window.end), offset: window.start, knownActors, speakers: 'precise', quotations: true, entities: true };
    computations++;
    running.push(runner!.run(request, token));
  };
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const key = (k: number) => {
      // timers may fire a fraction of a millisecond early by this clock: that is no delay
      delaysMs.push(Math.max(0, performance.now() - start - plan[k]));
      // the keystroke: the text changes at the caret, and the debounce starts again
      text = text.slice(0, caret) + 'e' + text.slice(caret);
      caret++;
      if (runner) {
        clearTimeout(debounce);
        debounce = setTimeout(suggest, DEBOUNCE_MS);
      }
      if (k + 1 === KEYS) return resolve();
      setTimeout(() => key(k + 1), Math.max(0, start + plan[k + 1] - performance.now()));
    };
    setTimeout(() => key(0), 0);
  });
  clearTimeout(debounce);
  loop.disable();
  await Promise.all(running);
  return { delaysMs, loopP99Ms: loop.percentile(99) / 1e6, loopMaxMs: loop.max / 1e6, computations };
}

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'marginalia-typing-bench-'));
  const townsFile = join(REPO_ROOT, 'src/core/suggestions/generated/towns.txt');
  // the worker's bundle as esbuild.mjs writes it, the town list beside it as in dist/
  const script = join(scratch, 'suggestionWorker.js');
  buildSync({ entryPoints: [join(REPO_ROOT, 'src/editor/suggestions/suggestionWorker.ts')], outfile: script, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  copyFileSync(townsFile, join(scratch, 'towns.txt'));
  const towns = parseTownNames(readFileSync(townsFile, 'utf8'));
  const warnings: string[] = [];
  const inThread = new InThreadSuggestionRunner(async () => towns);
  const worker = new WorkerSuggestionRunner({ script, fallback: new InThreadSuggestionRunner(async () => towns), warn: (m) => warnings.push(m) });
  try {
    const random = seededRandom(SEED);
    const { text, source } = buildText(random, 1 << 20);
    const annotations = buildAnnotations(text, { actors: 1500, added: 6000, quotations: 0, passages: 0, notes: 0 }, random);
    const { known } = workspaceActors([annotations.actors]);
    const caret = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
    const window = suggestionWindow(text, lineWindow((start, end) => text.slice(start, end), text.length, caret, VISIBLE_LINES));
    const sides: { name: string; runner: SuggestionRunner | undefined }[] = [
      { name: 'suggestions in a worker', runner: worker },
      { name: 'suggestions in the host thread', runner: inThread },
      { name: 'no suggestions (floor)', runner: undefined },
    ];
    // warm-up: the worker started and its towns read, the JIT of both sides shaped by one run
    for (const side of sides.slice(0, 2)) await side.runner!.run({ text: text.slice(window.start, window.end), offset: window.start, knownActors: known, speakers: 'precise', quotations: true, entities: true }, { isCancellationRequested: false });
    const rounds = quick ? 1 : 3;
    const sessions = sides.map(() => [] as Session[]);
    const loadBefore = loadavg()[0];
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < sides.length; k++) {
        const index = (k + round) % sides.length;
        sessions[index].push(await typeOnce(text, caret, known, sides[index].runner));
      }
    }
    const loadAfter = loadavg()[0];
    if (warnings.length > 0) throw new Error(`the worker failed: ${warnings.join('; ')}`);
    const summary = sides.map((side, i) => {
      const all = sessions[i].flatMap((s) => s.delaysMs);
      const sorted = [...all].sort((a, b) => a - b);
      return {
        name: side.name,
        maxMs: sorted[sorted.length - 1]!,
        p99Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!,
        medianMs: median(all),
        overFrame: all.filter((d) => d > FRAME_MS).length,
        keys: all.length,
        loopMaxMs: Math.max(...sessions[i].map((s) => s.loopMaxMs)),
        loopP99Ms: median(sessions[i].map((s) => s.loopP99Ms)),
        computations: sessions[i].reduce((n, s) => n + s.computations, 0),
      };
    });
    console.log(`${(text.length / 2 ** 20).toFixed(2)} Mi characters from ${source}; suggestion window ${window.end - window.start} characters, ${known.length} actors; ${KEYS} keys per session, ${rounds} session(s) per side; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after on ${availableParallelism()} CPUs`);
    printTable([
      ['side', 'keystroke delay max', 'p99', 'median', `keys > ${FRAME_MS} ms`, 'loop delay max', 'loop p99', 'suggestion runs'],
      ...summary.map((s) => [s.name, fmtMs(s.maxMs), fmtMs(s.p99Ms), fmtMs(s.medianMs), `${s.overFrame} / ${s.keys}`, fmtMs(s.loopMaxMs), fmtMs(s.loopP99Ms), String(s.computations)]),
    ]);
    const [inWorker, hostThread, floor] = summary;
    const met = inWorker.maxMs <= FRAME_MS;
    return {
      id: '12 typing during suggestions',
      title: 'typing 100 characters while suggestions run on a 1 MB article: keystroke delay on the host thread',
      input: { source, characters: text.length, windowCharacters: window.end - window.start, actors: known.length, keys: KEYS, rounds, loadAverage: { before: loadBefore, after: loadAfter } },
      // medianMs here: the worst keystroke delay of the side (wall clock), the figure the target speaks of
      sides: summary.map((s) => ({ name: s.name, medianMs: s.maxMs, runs: sessions[0].length, note: `max keystroke delay (wall); p99 ${fmtMs(s.p99Ms)}, ${s.overFrame}/${s.keys} keys over ${FRAME_MS} ms` })),
      ratio: { label: 'worst keystroke delay, worker ÷ host thread', value: inWorker.maxMs / hostThread.maxMs },
      targets: [
        {
          target: `no keystroke delayed by suggestion work (worker: every keystroke ≤ ${FRAME_MS} ms late)`,
          value: `worker max ${fmtMs(inWorker.maxMs)} (${inWorker.overFrame}/${inWorker.keys} keys > ${FRAME_MS} ms); host thread max ${fmtMs(hostThread.maxMs)} (${hostThread.overFrame}/${hostThread.keys}); floor max ${fmtMs(floor.maxMs)}`,
          met,
          ...(met ? {} : { boundBy: `the machine: without suggestions the worst keystroke is ${fmtMs(floor.maxMs)} late (load average ${loadAfter.toFixed(1)} on ${availableParallelism()} CPUs)` }),
        },
      ],
      details: summary,
    };
  } finally {
    worker.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}
