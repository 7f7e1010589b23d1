import { SHARED_ACTORS_FILE } from '../../core/actors/model';
import { runGit } from './runGit';

/** A sidecar, or a shared actors file, git sees as changed in the working tree or the index. */
export interface ChangedSidecar {
  /** Its path relative to the top of the working tree, with `/`. */
  readonly path: string;
  /** Untracked files must be added before `git commit -- <path>` accepts them. */
  readonly untracked: boolean;
  /** Deleted in the working tree (the commit records the deletion). */
  readonly deleted: boolean;
  /** In a merge conflict: not committable until resolved. */
  readonly unmerged: boolean;
}

const UNMERGED = new Set(['DD', 'AU', 'UD', 'UA', 'DU', 'AA', 'UU']);

/** True for what Commit Annotations commits: sidecars and the shared actors files they read. */
export function isAnnotationFile(path: string): boolean {
  return path.endsWith('.ann.yaml') || path === SHARED_ACTORS_FILE || path.endsWith(`/${SHARED_ACTORS_FILE}`);
}

/**
 * The changed annotation files under `root`: `paths` (relative, literal) or every `*.ann.yaml`
 * and `marginalia.actors.yaml` when omitted, staged or not, untracked included.
 */
export async function changedSidecars(gitPath: string, root: string, paths?: readonly string[]): Promise<ChangedSidecar[]> {
  const pathspec = paths ?? ['*.ann.yaml', `*${SHARED_ACTORS_FILE}`];
  const args = ['-c', 'core.quotepath=off', ...(paths ? ['--literal-pathspecs'] : []), 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...pathspec];
  const { stdout } = await runGit(gitPath, root, args);
  return parsePorcelain(stdout).filter((change) => isAnnotationFile(change.path));
}

/** Parses `git status --porcelain=v1 -z`: `XY path\0`, renames and copies followed by `orig\0`. */
export function parsePorcelain(output: string): ChangedSidecar[] {
  const fields = output.split('\0');
  const changes: ChangedSidecar[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length < 4) continue;
    const xy = field.slice(0, 2);
    const path = field.slice(3);
    if (xy[0] === 'R' || xy[0] === 'C') i++; // the original path follows
    changes.push({ path, untracked: xy === '??', deleted: xy[1] === 'D' || (xy[0] === 'D' && xy[1] === ' '), unmerged: UNMERGED.has(xy) });
  }
  return changes;
}
