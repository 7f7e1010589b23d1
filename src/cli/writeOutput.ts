/** Writing one output file of a command (a sidecar, a brat file), the way every command does it. */
import { relative } from 'node:path';
import { RefusedWriteError, writeFileAtomic, type AtomicWriteResult } from '../node/writeFileAtomic';
import type { CommandIo } from './io';

export interface OutputOptions {
  /** The folder the command was asked to write in: `--out DIR`, else the input's folder. */
  readonly within: string;
  /** `--force`: replace a file that exists. */
  readonly force: boolean;
  /** false: the caller syncs the written file's folder itself, once for many files (see `writeFileAtomic`). */
  readonly syncFolder?: boolean;
}

/**
 * Writes `data` to `target` atomically (see `writeFileAtomic`). A refusal (the file exists and
 * no --force; a link out of the folder) or a failure is printed on stderr, naming the file, and
 * gives undefined: the command goes on with its next file and exits 1.
 */
export function writeOutput(command: string, target: string, data: string, options: OutputOptions, io: CommandIo): AtomicWriteResult | undefined {
  const shown = relative(io.cwd, target) || target;
  try {
    return writeFileAtomic(target, data, { within: options.within, replace: options.force, syncFolder: options.syncFolder });
  } catch (error) {
    if (error instanceof RefusedWriteError) {
      io.stderr(`marginalia ${command}: ${shown} ${error.message}${error.reason === 'exists' ? ' (use --force to replace it)' : ''}\n`);
    } else {
      io.stderr(`marginalia ${command}: cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return undefined;
  }
}
