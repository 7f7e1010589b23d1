/** A {@link CommandIo} that keeps what a command prints, for in-process CLI tests. */
import type { CommandIo } from '../../../src/cli/io';

export interface MemoryIo extends CommandIo {
  readonly out: string[];
  readonly err: string[];
}

export function memoryIo(cwd: string): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) };
}
