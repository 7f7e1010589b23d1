import { execFile } from 'node:child_process';

/** What a git command printed. */
export interface GitOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/** A git command that exited with an error: its message is git's own. */
export class GitCommandError extends Error {
  constructor(readonly args: readonly string[], readonly exitCode: number | undefined, readonly stderr: string) {
    super(`git ${args[0] ?? ''} failed: ${stderr.trim() || `exit code ${exitCode ?? 'unknown'}`}`);
    this.name = 'GitCommandError';
  }
}

/**
 * Runs the git binary the git extension uses (`api.git.path`) in `cwd`. Used where the
 * extension's API cannot do what is needed (commit only some paths, read index stages, config).
 * @throws GitCommandError when git exits with an error.
 */
export function runGit(gitPath: string, cwd: string, args: readonly string[]): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    // No pager, no editor, no prompt for credentials: nothing may wait for a terminal.
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_EDITOR: 'true', LC_ALL: 'C' };
    execFile(gitPath, [...args], { cwd, env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) {
        const code = typeof error.code === 'number' ? error.code : undefined;
        reject(new GitCommandError(args, code, stderr || error.message));
        return;
      }
      resolve({ stdout, stderr });
    });
  });
}

/** Like {@link runGit}, but undefined when git fails (a path not in HEAD, a stage that does not exist). */
export async function tryGit(gitPath: string, cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return (await runGit(gitPath, cwd, args)).stdout;
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}

/** The top of the working tree holding `path` (a folder), or undefined when it is not in one. */
export async function workingTreeRoot(gitPath: string, folder: string): Promise<string | undefined> {
  return (await tryGit(gitPath, folder, ['rev-parse', '--show-toplevel']))?.trim() || undefined;
}
