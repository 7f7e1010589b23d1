/**
 * `marginalia check [PATH...]`: parses and validates every sidecar found under the paths,
 * resolves each anchor against its article, and prints `file:line:col: severity: message`.
 * Exit 0 when clean (warnings allowed), 1 on an error or an orphan, 2 on bad usage.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseSharedActors, SHARED_ACTORS_FILE } from '../core/actors';
import { normalizeText, resolveAnchors } from '../core/anchoring';
import type { ResolveAnchors } from '../core/merge/resolution';
import { articlePathFor, SIDECAR_SUFFIX, sidecarPathFor } from '../core/model';
import { decodeArticle, parseSidecar, type SidecarProblem } from '../core/sidecar';
import { asksForHelp, parseCommandArgs } from './arguments';
import { filesUnder } from './findSidecars';
import { folderProgress } from './progress';
import { truncate } from '../core/shorten';
import { JOBS_USAGE, parseJobs, workerEntryFor } from './jobs';
import { WorkerPool } from '../node/workerPool';

export interface CheckIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The anchor resolver: `resolveAnchors` of the anchoring module unless a test gives another. */
  readonly resolve: ResolveAnchors;
  /** Standard error is a terminal: progress is shown there on long runs. */
  readonly stderrIsTTY?: boolean;
  /** The script `--jobs` workers start from (the bundled CLI); absent, every sidecar is checked in this thread. */
  readonly workerEntry?: string;
}

const defaultIo: CheckIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  resolve: resolveAnchors,
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};

export const CHECK_USAGE = `Usage: marginalia check [--json] [--jobs N] [PATH...]

Checks the sidecars (*${SIDECAR_SUFFIX}) found in PATHs (files or folders, default .;
node_modules and .git are skipped): YAML syntax, format, references, merge conflicts
recorded and not yet resolved, and that every anchor is found in its article (exactly, or
approximately: a warning). A PATH may also name an article: its sidecar is checked.
The workspace's shared actors (${SHARED_ACTORS_FILE}) found there are checked too: format,
duplicate ids, property values their declaration does not list (a warning).

Prints file:line:col: severity: message, one problem a line.
  --json   print {files, errors, warnings, problems: [{file, line, column, ...}]} instead
  --help   show this help
${JOBS_USAGE}
Exit status: 0 clean (warnings allowed), 1 an error, an orphan or a recorded conflict,
2 bad usage.`;

/** A problem of one file. */
export interface FileProblem extends SidecarProblem {
  readonly file: string;
}

/** Runs `check` with its arguments (after the word `check`); resolves to the exit status. */
export async function runCheck(args: readonly string[], io: CheckIo = defaultIo): Promise<number> {
  if (asksForHelp(args)) {
    io.out(CHECK_USAGE + '\n');
    return 0;
  }
  const parsed = parseCommandArgs(args, { json: 'boolean', jobs: 'string' });
  const jobs = typeof parsed === 'string' ? parsed : parseJobs(parsed.values.jobs);
  if (typeof parsed === 'string' || typeof jobs === 'string') {
    io.err(`marginalia check: ${typeof parsed === 'string' ? parsed : jobs}\n${CHECK_USAGE}\n`);
    return 2;
  }
  const json = parsed.values.json ?? false;
  const paths = parsed.positionals;

  const sidecars: string[] = [];
  // Files and folders that could not be read: reported, and the run goes on with the rest.
  const problems: FileProblem[] = [];
  for (const path of paths.length > 0 ? paths : ['.']) {
    const found = await sidecarsUnder(path, problems);
    if (found === undefined) {
      io.err(`marginalia check: no such file, folder or sidecar: ${path}\n`);
      return 2;
    }
    appendAll(sidecars, found);
  }

  // One file at a time, each on its own: whatever one holds, the others are still checked.
  const unique = [...new Set(sidecars)];
  const progress = folderProgress({ stderr: io.err, stderrIsTTY: io.stderrIsTTY }, unique.length);
  const collect = (found: FileProblem[], index: number) => {
    progress.show(index + 1);
    appendAll(problems, found);
  };
  // Workers resolve with the anchoring module's resolver: a test's own resolver keeps the run here.
  const entry = io.resolve === resolveAnchors ? workerEntryFor(jobs, unique.length, io.workerEntry) : undefined;
  if (entry) {
    const pool = new WorkerPool(entry, jobs, { check: (sidecar: string) => checkSidecarSafely(sidecar) });
    await pool.map('check', unique, collect).finally(() => pool.close());
  }
  else for (const [index, sidecar] of unique.entries()) collect(await checkSidecarSafely(sidecar, io.resolve), index);
  progress.clear();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (json) {
    io.out(JSON.stringify({ files: sidecars.length, errors, warnings, problems }, null, 2) + '\n');
  } else {
    for (const p of problems) io.out(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
    io.err(`${sidecars.length} sidecar${sidecars.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  return errors > 0 ? 1 : 0;
}

/** Appends without spreading into `push` (whose argument count is bounded: a sidecar may have 100,000 orphans). */
function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** The sidecars a PATH designates, sorted; undefined when it names nothing. */
async function sidecarsUnder(path: string, problems: FileProblem[]): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return filesUnder(path, isCheckedName, (folder, error) => problems.push(unreadable(folder, error))).sort();
  if (info?.isFile() && isCheckedName(basename(path))) return [path];
  const sidecar = sidecarPathFor(path);
  if (info?.isFile() && (await stat(sidecar).catch(() => undefined))?.isFile()) return [sidecar];
  return undefined;
}

/** A sidecar, or the shared actors file. */
const isCheckedName = (name: string): boolean => name.endsWith(SIDECAR_SUFFIX) || name === SHARED_ACTORS_FILE;

/** A file or folder that could not be read, as a problem of that file. */
function unreadable(file: string, error: unknown): FileProblem {
  const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
  return { file, line: 1, column: 1, severity: 'error', code: 'unreadable', message: `cannot be read: ${reason}` };
}

/** {@link checkSidecar}, with any failure (unreadable file, a bug) a problem of that file rather than the end of the run. */
export async function checkSidecarSafely(sidecar: string, resolve: ResolveAnchors = resolveAnchors): Promise<FileProblem[]> {
  try {
    return await checkSidecar(sidecar, resolve);
  } catch (error) {
    return [unreadable(sidecar, error)];
  }
}

/** Every problem of one sidecar: its own, its article's, and its anchors that do not resolve. */
export async function checkSidecar(sidecar: string, resolve: ResolveAnchors): Promise<FileProblem[]> {
  // The CLI prints English: the template the editor translates (`localizable`) is not part of its output.
  const at = (file: string, problems: readonly SidecarProblem[]) => problems.map(({ localizable: _localizable, ...p }) => ({ file, ...p }));
  // Bytes, not text: bytes that are not UTF-8 are an error at their place, not U+FFFD.
  const source = await readFile(sidecar);
  if (basename(sidecar) === SHARED_ACTORS_FILE) return at(sidecar, parseSharedActors(source).problems);
  const parsed = parseSidecar(source);
  const problems: FileProblem[] = at(sidecar, parsed.problems);
  if (parsed.anchorSites.length === 0) return problems;

  const article = articlePathFor(sidecar) as string;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(article);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : String(error);
    return [...problems, {
      file: sidecar, line: 1, column: 1, severity: 'error', code: 'missing-article',
      message: `its article ${article} cannot be read (${reason}): every anchor is an orphan`,
    }];
  }
  // An article that is not UTF-8 (Latin-1, say) would only give approximate matches: say why instead.
  const decoded = decodeArticle(bytes);
  if (decoded.problems.length > 0) {
    appendAll(problems, at(article, decoded.problems));
    return problems;
  }
  const text = normalizeText(decoded.text);

  const resolutions = resolve(text, parsed.anchorSites.map((site) => site.anchor));
  parsed.anchorSites.forEach((site, i) => {
    const resolution = resolutions[i];
    const quoted = JSON.stringify(truncate(site.anchor.text, 60));
    if (resolution.kind === 'orphan') {
      problems.push({
        file: sidecar, line: site.line, column: site.column, severity: 'error', code: 'orphan',
        message: `orphan: ${quoted} (${site.what}) is not found in ${article}: ${resolution.reason}`,
      });
    } else if (resolution.kind === 'approximate') {
      problems.push({
        file: sidecar, line: site.line, column: site.column, severity: 'warning', code: 'approximate',
        message: `${quoted} (${site.what}) matched approximately (score ${resolution.score.toFixed(2)}); review it`,
      });
    }
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
