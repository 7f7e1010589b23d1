/**
 * The sidecar reader and writer a use-case goes through: the real format of `core/sidecar`,
 * behind a small interface so a caller (or a test) can give another.
 */
import type { Annotations } from '../model';
import { isWritable, parseSidecar, parseSidecarModel, writeSidecar, type SidecarProblem } from '../sidecar';

export interface ParsedSidecarLike {
  readonly annotations: Annotations;
  readonly problems: readonly SidecarProblem[];
}

/** Reads and writes sidecars: the shape of `parseSidecar` / `writeSidecar`. */
export interface SidecarCodec {
  parse(source: string): ParsedSidecarLike;
  /** Serialises; `previousSource` lets the writer keep the layout and comments of the file. */
  write(annotations: Annotations, previousSource?: string): string;
}

/**
 * A sidecar is usable when it was read in full: no error but recorded merge conflicts (which
 * are data the model holds, see `isWritable`); warnings allowed.
 */
export function isReadable(parsed: ParsedSidecarLike): boolean {
  return isWritable(parsed.problems);
}

export const sidecarCodec: SidecarCodec = { parse: parseSidecar, write: writeSidecar };

/**
 * The codec of the commands that only read (stats, export): the same model and problems as
 * {@link sidecarCodec}, through the quick reader when it can (sidecar/quickRead.ts) — a
 * sidecar as the writer writes it without the `yaml` Document, about ten times faster.
 */
export const readingCodec: SidecarCodec = { parse: parseSidecarModel, write: writeSidecar };
