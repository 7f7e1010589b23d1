/** What a sidecar merge gave, as the lines the merge driver prints (and the editor shows). */
import type { SidecarMergeResult, MergeProblem, MergeSide } from './mergeSidecars';
import { describeConflict } from '../sidecar';

const STAGES: Record<MergeSide, string> = { base: '1', ours: '2', theirs: '3' };

/**
 * One line per problem and conflict, each starting with `name` (the sidecar's path).
 * `recorded`: the file records its conflicts (a sidecar's `conflicts:`); the shared actors file does not.
 */
export function mergeReportLines(name: string, result: SidecarMergeResult, recorded = true): string[] {
  const lines = result.problems.map((problem) => problemLine(name, problem));
  if (result.problems.some((problem) => problem.kind === 'unreadable')) {
    lines.push(`${name}: not merged: the file is ours as it was; merge by hand, then git add it`);
  }
  for (const conflict of result.conflicts) lines.push(`${name}: conflict: ${describeConflict(conflict)}`);
  if (result.conflicts.length > 0 && !recorded) {
    lines.push(`${name}: ${result.conflicts.length} conflict(s): the file keeps ours for them; settle them by hand, then git add it`);
  } else if (result.conflicts.length > 0) {
    lines.push(`${name}: ${result.conflicts.length} conflict(s) recorded in the sidecar's 'conflicts:' section; pick a side in the editor or edit the file`);
  }
  return lines;
}

function problemLine(name: string, problem: MergeProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return `${name}: error: the ${problem.side} version cannot be read (${problem.reason}). It is in git: git show :${STAGES[problem.side]}:${name}`;
    case 'recovered':
      return `${name}: error: the ${problem.side} version cannot be read (${problem.reason}); ` +
        `it holds conflict markers: its two versions were merged entry by entry; review the result. It is still in git: git show :${STAGES[problem.side]}:${name}`;
    case 'not-read-back':
      return `${name}: error: the merged sidecar does not read back as merged; ours is kept as it was, unmerged (please report this bug)`;
  }
}
