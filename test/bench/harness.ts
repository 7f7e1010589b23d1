/**
 * The benchmark harness shared by every workload of test/bench: sides run alternately (round r
 * starts with a different side, so drift in machine speed hits all sides alike), after warm-up
 * runs, and each side is summarised by the median of its timed runs. The figure compared is the
 * CPU time of this process (user + system): on a machine shared with other jobs the wall clock
 * mostly measures the others; wall medians are kept beside it.
 */
import { performance } from 'node:perf_hooks';

export interface Side {
  readonly name: string;
  /** The work to time; its result is kept away from dead-code elimination. */
  readonly run: () => unknown;
  /** Timed runs of this side (default: the harness' rounds). Slow peers may take fewer. */
  readonly rounds?: number;
  readonly warmup?: number;
}

export interface Timing {
  readonly name: string;
  /** Median CPU time of the timed runs. */
  readonly medianMs: number;
  readonly wallMedianMs: number;
  readonly samplesMs: readonly number[];
  /** What the last timed run returned (to judge its accuracy without running it again). */
  readonly result: unknown;
}

export interface MeasureOptions {
  readonly rounds: number;
  readonly warmup: number;
}

let sink: unknown;

/** CPU time (user + system) and wall time of one call, in ms. */
export function timeOnce<T>(run: () => T): { cpuMs: number; wallMs: number; result: T } {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = run();
  const wallMs = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs, result };
}

/** Times every side alternately and returns the medians, in the order of `sides`. */
export function measure(sides: readonly Side[], options: MeasureOptions): Timing[] {
  for (const side of sides) for (let i = 0; i < (side.warmup ?? options.warmup); i++) sink = side.run();
  const cpu = sides.map(() => [] as number[]);
  const wall = sides.map(() => [] as number[]);
  const results: unknown[] = sides.map(() => undefined);
  const maxRounds = Math.max(...sides.map((s) => s.rounds ?? options.rounds));
  for (let round = 0; round < maxRounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const index = (k + round) % sides.length;
      const side = sides[index];
      if (round >= (side.rounds ?? options.rounds)) continue;
      const timed = timeOnce(side.run);
      results[index] = timed.result;
      cpu[index].push(timed.cpuMs);
      wall[index].push(timed.wallMs);
    }
  }
  if (sink === Symbol.for('never')) console.log('');
  return sides.map((side, i) => ({ name: side.name, medianMs: median(cpu[i]), wallMedianMs: median(wall[i]), samplesMs: cpu[i], result: results[i] }));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A seeded PRNG (mulberry32): the same seed gives the same workload on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles in place with the seeded generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Prints rows as an aligned plain-text table. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

// ------------------------------------------------------------------ results of one run

/** One side of a workload: Marginalia's core or a peer. */
export interface SideResult {
  readonly name: string;
  /** Median CPU ms (the figure compared). */
  readonly medianMs: number;
  readonly wallMedianMs?: number;
  readonly runs?: number;
  readonly note?: string;
}

/** A target of the table, checked on this run. */
export interface TargetResult {
  readonly target: string;
  /** The measured figure, as shown. */
  readonly value: string;
  readonly met: boolean;
  /** When missed: what bounds it. */
  readonly boundBy?: string;
}

/** What one workload reports; run.ts gathers them into bench-results.json. */
export interface WorkloadResult {
  readonly id: string;
  readonly title: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly sides: readonly SideResult[];
  /** Ours ÷ peer (below 1: ours is faster) or the ratio the target speaks of, with its label. */
  readonly ratio?: { readonly label: string; readonly value: number };
  readonly targets: readonly TargetResult[];
  readonly details?: unknown;
}

export interface BenchContext {
  /** CI-size inputs and fewer rounds: a smoke run, not the figures the README quotes. */
  readonly quick: boolean;
}

/** A benchmark module's default export. */
export type Workload = (context: BenchContext) => Promise<WorkloadResult | readonly WorkloadResult[]>;

export const fmtMs = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
export const fmtRatio = (x: number): string => (x >= 10 ? `${x.toFixed(0)}×` : x >= 0.1 ? `${x.toFixed(2)}×` : `${(100 * x).toFixed(2)} %`);
export const fmtPct = (x: number): string => `${(100 * x).toFixed(x < 0.01 ? 3 : 2)} %`;
