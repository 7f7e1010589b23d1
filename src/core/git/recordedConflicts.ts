/**
 * The conflicts a merge recorded in a sidecar's `conflicts:` section, as the editor offers
 * them: where each is written, what each side would keep, and the file once one is resolved.
 */
import { resolveConflict, type ConflictSide } from '../merge/resolveConflict';
import { formatMessage, LocalizableError, message, type Message } from '../messages';
import type { Annotations, MergeConflict } from '../model';
import { isWritable, modelIssues, parseSidecar, writeSidecar, type SidecarProblem } from '../sidecar';
import { truncate } from '../shorten';

/** The problem code the sidecar reader gives a recorded conflict (one per conflict, at its entry). */
export const RECORDED_CONFLICT_CODE = 'merge-conflict-recorded';

/** A recorded conflict and where its entry is written (1-based, as sidecar problems are). */
export interface RecordedConflictSite {
  /** Its index in `annotations.conflicts`: what {@link resolveConflict} takes. */
  readonly index: number;
  readonly conflict: MergeConflict;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /**
   * The sides that can be picked: those whose result the writer writes (and the reader reads
   * back). "Keep base" of a field both sides added would leave an actor without a name, say.
   */
  readonly sides: readonly ConflictSide[];
}

const SIDES: readonly ConflictSide[] = ['ours', 'theirs', 'base'];

/** Whether picking `side` of conflict `index` gives annotations the writer writes. */
export function canPick(annotations: Annotations, index: number, side: ConflictSide): boolean {
  try {
    return modelIssues(resolveConflict(annotations, index, side)).length === 0;
  } catch {
    return false;
  }
}

/**
 * Pairs each recorded conflict with the problem the reader reported for it. The reader reports
 * one per well-formed conflict, in file order, which is the order of `annotations.conflicts`;
 * when the counts differ (a reader that does not report them) no site is returned rather than
 * a wrong one.
 */
export function recordedConflictSites(parsed: { readonly annotations: Annotations; readonly problems: readonly SidecarProblem[] }): RecordedConflictSite[] {
  const conflicts = parsed.annotations.conflicts ?? [];
  const problems = parsed.problems
    .filter((problem) => (problem.code as string) === RECORDED_CONFLICT_CODE)
    .sort((a, b) => a.line - b.line || a.column - b.column);
  if (conflicts.length === 0 || problems.length !== conflicts.length) return [];
  // A file with other errors is not written over: no side can be picked until they are fixed.
  const writable = isWritable(parsed.problems);
  return conflicts.map((conflict, index) => {
    const problem = problems[index]!;
    return {
      index, conflict, line: problem.line, column: problem.column,
      endLine: problem.endLine ?? problem.line, endColumn: problem.endColumn ?? problem.column + 1,
      sides: writable ? SIDES.filter((side) => canPick(parsed.annotations, index, side)) : [],
    };
  });
}

/** The title of the Quick Fix that picks `side` of `conflict`, e.g. `Keep ours ("F. Bostyn")`. */
export function pickTitle(conflict: MergeConflict, side: ConflictSide): string {
  return formatMessage(pickTitleMessage(conflict, side));
}

/** {@link pickTitle} as a message, for the editor to translate. */
export function pickTitleMessage(conflict: MergeConflict, side: ConflictSide): Message {
  const value = conflict[side];
  const shown = value === undefined ? (conflict.field === undefined ? message('no entry') : message('unset')) : shortValue(value);
  switch (side) {
    case 'ours':
      return message('Keep ours ({0}) for {1}', shown, conflict.path);
    case 'theirs':
      return message('Take theirs ({0}) for {1}', shown, conflict.path);
    case 'base':
      return message('Keep base ({0}) for {1}', shown, conflict.path);
  }
}

/**
 * The sidecar text once conflict `index` is resolved with `side`. `expectedPath` guards against
 * a file that changed since the Quick Fix was offered: the conflict at `index` must still be
 * the one at that path.
 * @throws Error when the file no longer holds that conflict, or cannot be written.
 */
export function resolveRecordedConflict(source: string, index: number, side: ConflictSide, expectedPath?: string): string {
  const parsed = parseSidecar(source);
  const conflict = parsed.annotations.conflicts?.[index];
  if (conflict === undefined || (expectedPath !== undefined && conflict.path !== expectedPath)) {
    throw new LocalizableError(expectedPath
      ? message('the sidecar no longer records this conflict ({0}); it changed since', expectedPath)
      : message('the sidecar no longer records this conflict; it changed since'));
  }
  return writeSidecar(resolveConflict(parsed.annotations, index, side), parsed);
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value)
    : Array.isArray(value) && value.every((item) => typeof item === 'string') ? `[${value.join(', ')}]`
      : describeEntry(value);
  return truncate(text, 50);
}

/** A whole entry or an anchor, by its most telling field. */
function describeEntry(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  for (const key of ['name', 'label', 'text', 'actor']) {
    if (typeof record[key] === 'string') return JSON.stringify(record[key]);
  }
  const anchor = record.anchor as { text?: unknown } | undefined;
  if (anchor && typeof anchor.text === 'string') return JSON.stringify(anchor.text);
  return JSON.stringify(value);
}
