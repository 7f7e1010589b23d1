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
  readonly message: string;
}

export type SidecarProblemCode =
  | 'yaml-syntax'
  | 'merge-conflict'
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
  /** From `marginalia check`: an anchor not found in the article, or found only approximately. */
  | 'orphan'
  | 'approximate'
  | 'missing-article';

/**
 * Whether a file with these problems may be overwritten. A sidecar with any error may hold
 * data that this version could not read (a merge conflict, a newer format, a typo): writing
 * it back from the model would silently drop that data, so the store and the CLI must refuse.
 */
export function isWritable(problems: readonly SidecarProblem[]): boolean {
  return !problems.some((problem) => problem.severity === 'error');
}

/** Thrown by the writer when asked to overwrite a sidecar that {@link isWritable} rejects. */
export class SidecarNotWritableError extends Error {
  constructor(readonly problems: readonly SidecarProblem[]) {
    const first = problems.find((problem) => problem.severity === 'error');
    super(
      `refusing to overwrite a sidecar with errors` +
        (first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : ''),
    );
    this.name = 'SidecarNotWritableError';
  }
}

/** Maps string offsets to 1-based line/column, for problems found outside the YAML parser. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** 1-based line and column of a string offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1];
  }
}

/** A problem covering `text.slice(start, end)`. */
export function problemAt(
  lines: LineIndex,
  start: number,
  end: number,
  severity: SidecarProblem['severity'],
  code: SidecarProblemCode,
  message: string,
): SidecarProblem {
  const from = lines.position(start);
  const to = lines.position(Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, severity, code, message };
}
