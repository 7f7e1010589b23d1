/**
 * Progress of a long folder run (`N/M files`), rewritten in place with \r on standard error,
 * and only when that is a terminal: piped output and CI logs never see it.
 */

/** Below this many files a run is quick enough to go without. */
export const PROGRESS_MIN_FILES = 10;

/** Clears the line the progress is written on (carriage return, then erase to its end). */
const CLEAR_LINE = '\r\x1b[K';

export interface ProgressTarget {
  readonly stderr: (text: string) => void;
  readonly stderrIsTTY?: boolean;
}

export interface Progress {
  /** Shows that the `done`-th file of the run is being worked on. */
  readonly show: (done: number) => void;
  /** Clears the progress line: call before printing anything, and at the end of the run. */
  readonly clear: () => void;
}

const SILENT: Progress = { show: () => undefined, clear: () => undefined };

/** The progress of a run over `total` files: silent unless stderr is a terminal and the run is long. */
export function folderProgress(target: ProgressTarget, total: number): Progress {
  if (target.stderrIsTTY !== true || total < PROGRESS_MIN_FILES) return SILENT;
  let shown = false;
  return {
    show: (done) => {
      target.stderr(`${CLEAR_LINE}${done}/${total} files`);
      shown = true;
    },
    clear: () => {
      if (shown) target.stderr(CLEAR_LINE);
      shown = false;
    },
  };
}

/**
 * `io` with its output clearing the progress line first, so that a line printed during the run
 * does not land after `N/M files` on the terminal.
 */
export function printingAbove<I extends ProgressTarget & { readonly stdout: (text: string) => void }>(io: I, progress: Progress): I {
  return { ...io, stdout: (text: string) => (progress.clear(), io.stdout(text)), stderr: (text: string) => (progress.clear(), io.stderr(text)) };
}
