/** `--jobs N`: how many threads a folder run uses (workers from src/node/workerPool.ts). */
import { defaultJobs } from '../node/workerPool';

/** The usage lines of `--jobs`, the same in every command that takes it. */
export const JOBS_USAGE = `  --jobs N        work on N files at a time, in N threads (default: the number of CPUs);
                  the output is the same as with --jobs 1, in the same order`;

/** The number of jobs `--jobs` asks for (the CPUs when absent), or what is wrong with it. */
export function parseJobs(value: string | undefined): number | string {
  if (value === undefined) return defaultJobs();
  if (!/^[1-9][0-9]{0,3}$/.test(value)) return `--jobs needs a whole number from 1, not '${value}'`;
  return Number(value);
}

/**
 * The script the workers start from when a run may use them: the bundled CLI says where it is
 * (`CommandIo.workerEntry`); without it (commands run in-process from the sources, as the unit
 * tests do) everything stays in this thread.
 */
export function workerEntryFor(jobs: number, files: number, entry: string | undefined): string | undefined {
  return jobs > 1 && files > 1 ? entry : undefined;
}
