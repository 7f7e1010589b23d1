import { formatMessage, type Message } from '../messages';
import { LineIndex } from '../lineIndex';

export { LineIndex };

/**
 * Problems found in a sidecar (or in a file that should not be read as one), each with a
 * 1-based position so that the editor's Problems panel and `marginalia check` can point at it.
 */
export interface SidecarProblem {
  /** 1-based line of the first character concerned. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the first character concerned. */
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `merge-conflict`, `unknown-reference`. */
  readonly code: SidecarProblemCode;
  /** In English: what `marginalia check` prints. */
  readonly message: string;
  /**
   * The same text as a template and its arguments, for the editor to translate; absent from
   * problems made outside the core (the CLI's), which are shown as `message` says.
   */
  readonly localizable?: Message;
}

export type SidecarProblemCode =
  | 'yaml-syntax'
  | 'merge-conflict'
  /** A conflict the merge driver recorded in the `conflicts:` section: the file is valid, a choice is pending. */
  | 'merge-conflict-recorded'
  | 'newer-format'
  | 'bad-version'
  | 'missing-version'
  | 'not-a-sidecar'
  | 'duplicate-key'
  | 'duplicate-id'
  | 'duplicate-entry'
  | 'unknown-reference'
  | 'wrong-type'
  | 'missing-field'
  | 'empty-anchor'
  | 'conflicting-fields'
  | 'unknown-key'
  | 'too-large'
  | 'binary'
  /** Bytes that are not UTF-8 (a sidecar or an article in Latin-1, say). */
  | 'encoding'
  /** From `marginalia check`: an anchor not found in the article, or found only approximately. */
  | 'orphan'
  | 'approximate'
  | 'missing-article'
  /** From `marginalia check`: a file that could not be read at all (permissions, a folder, an internal failure). */
  | 'unreadable'
  /** In the shared actors file: a property value that its declaration does not list. */
  | 'unknown-value';

/**
 * Whether a problem means the file was not read in full. Every error does (git conflict
 * markers, a newer format, a typo) except a recorded merge conflict: that one is data the
 * model holds, reported as an error only so that the user resolves it.
 */
export function blocksWriting(problem: SidecarProblem): boolean {
  return problem.severity === 'error' && problem.code !== 'merge-conflict-recorded';
}

/**
 * Whether a file with these problems may be overwritten (and its model trusted as the whole
 * file). A sidecar with an error that {@link blocksWriting} may hold data that this version
 * could not read: writing it back from the model would silently drop that data, so the store
 * and the CLI must refuse. Recorded merge conflicts do not block: resolving one writes the file.
 */
export function isWritable(problems: readonly SidecarProblem[]): boolean {
  return !problems.some(blocksWriting);
}

/** Thrown by the writer when asked to overwrite a sidecar that {@link isWritable} rejects. */
export class SidecarNotWritableError extends Error {
  /** `message` replaces the English one (the editor gives a localised one). */
  constructor(readonly problems: readonly SidecarProblem[], message?: string) {
    const first = problems.find(blocksWriting);
    super(
      message ??
        `refusing to overwrite a sidecar with errors` +
          (first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : ''),
    );
    this.name = 'SidecarNotWritableError';
  }
}

/** A problem covering `text.slice(start, end)`. */
export function problemAt(
  lines: LineIndex,
  start: number,
  end: number,
  severity: SidecarProblem['severity'],
  code: SidecarProblemCode,
  localizable: Message,
): SidecarProblem {
  const from = lines.position(start);
  const to = lines.position(Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, severity, code, message: formatMessage(localizable), localizable };
}
