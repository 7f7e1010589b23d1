/**
 * A small benchmark harness shared by the workloads in test/bench: sides run alternately
 * (round r starts with a different side, so drift in machine speed hits all sides alike),
 * after warm-up runs, and each side is summarised by the median of its timed runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  readonly medianMs: number;
  readonly samplesMs: readonly number[];
  /** What the last timed run returned (to judge its accuracy without running it again). */
  readonly result: unknown;
}

export interface MeasureOptions {
  readonly rounds: number;
  readonly warmup: number;
}

let sink: unknown;

/** Times every side alternately and returns the medians, in the order of `sides`. */
export function measure(sides: readonly Side[], options: MeasureOptions): Timing[] {
  for (const side of sides) for (let i = 0; i < (side.warmup ?? options.warmup); i++) sink = side.run();
  const samples = sides.map(() => [] as number[]);
  const results: unknown[] = sides.map(() => undefined);
  const maxRounds = Math.max(...sides.map((s) => s.rounds ?? options.rounds));
  for (let round = 0; round < maxRounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const index = (k + round) % sides.length;
      const side = sides[index];
      if (round >= (side.rounds ?? options.rounds)) continue;
      const started = performance.now();
      results[index] = side.run();
      samples[index].push(performance.now() - started);
    }
  }
  if (sink === Symbol.for('never')) console.log('');
  return sides.map((side, i) => ({ name: side.name, medianMs: median(samples[i]), samplesMs: samples[i], result: results[i] }));
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

/** Appends one record to bench-results.json (git-ignored), keeping earlier runs. */
export function appendResults(record: object, file = 'bench-results.json'): void {
  const previous: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const runs = Array.isArray(previous) ? previous : [previous];
  runs.push({ date: new Date().toISOString(), node: process.version, ...record });
  writeFileSync(file, JSON.stringify(runs, null, 2) + '\n');
}

/** Prints rows as an aligned plain-text table. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}
