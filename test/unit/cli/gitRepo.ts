/** A throwaway git repository with the Marginalia merge driver installed, for tests with the real git. */
import { execFileSync, spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gitAttributesLine, mergeDriverConfig } from '../../../src/core/merge/setup';

/** The repository root of Marginalia itself. */
export const PROJECT_ROOT = resolve(__dirname, '../../..');

let bundledCli: string | undefined;

/**
 * The CLI as shipped: src/cli.ts bundled like dist/cli.js, once per test run, into the temp
 * folder (starting it is much faster than a TypeScript loader, and git starts it per merge).
 */
export function cliBundle(): string {
  if (bundledCli === undefined) {
    const outfile = join(mkdtempSync(join(tmpdir(), 'marginalia-cli-')), 'cli.js');
    buildSync({ entryPoints: [join(PROJECT_ROOT, 'src', 'cli.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
    bundledCli = outfile;
    process.once('exit', () => rmSync(dirname(outfile), { recursive: true, force: true }));
  }
  return bundledCli;
}

export interface GitResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export class TempRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'marginalia-git-'));

  /** A new repository on branch `main`, with the driver set up as the editor's command does it. */
  constructor() {
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Marginalia Test');
    this.git('config', 'user.email', 'test@marginalia.invalid');
    this.git('config', 'commit.gpgsign', 'false');
    for (const { key, value } of mergeDriverConfig(cliBundle(), process.execPath)) this.git('config', key, value);
    this.write('.gitattributes', gitAttributesLine() + '\n');
  }

  /** Runs git; throws with git's message when it fails. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Runs git and returns its exit status and output, failure included. */
  run(...args: string[]): GitResult {
    const result = spawnSync('git', args, { cwd: this.dir, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  write(path: string, content: string): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  commitAll(message: string): void {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Runs the real `marginalia` CLI in `cwd`. */
export function runCli(cwd: string, ...args: string[]): GitResult {
  const result = spawnSync(process.execPath, [cliBundle(), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
