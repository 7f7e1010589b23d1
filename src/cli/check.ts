/**
 * `marginalia check [PATH...]`: parses and validates every sidecar found under the paths,
 * resolves each anchor against its article, and prints `file:line:col: severity: message`.
 * Exit 0 when clean (warnings allowed), 1 on an error or an orphan, 2 on bad usage.
 */
import { readFile, stat } from 'node:fs/promises';
import { normalizeText, resolveAnchors } from '../core/anchoring';
import type { ResolveAnchors } from '../core/merge/resolution';
import { articlePathFor, SIDECAR_SUFFIX, sidecarPathFor } from '../core/model';
import { checkArticleText, parseSidecar, type SidecarProblem } from '../core/sidecar';
import { asksForHelp, parseCommandArgs } from './arguments';
import { filesUnder } from './findSidecars';
import { truncate } from '../core/shorten';

export interface CheckIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The anchor resolver: `resolveAnchors` of the anchoring module unless a test gives another. */
  readonly resolve: ResolveAnchors;
}

const defaultIo: CheckIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  resolve: resolveAnchors,
};

export const CHECK_USAGE = `Usage: marginalia check [--json] [PATH...]

Checks the sidecars (*${SIDECAR_SUFFIX}) found in PATHs (files or folders, default .;
node_modules and .git are skipped): YAML syntax, format, references, merge conflicts
recorded and not yet resolved, and that every anchor is found in its article (exactly, or
approximately: a warning). A PATH may also name an article: its sidecar is checked.

Prints file:line:col: severity: message, one problem a line.
  --json   print {files, errors, warnings, problems: [{file, line, column, ...}]} instead
  --help   show this help
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
  const parsed = parseCommandArgs(args, { json: 'boolean' });
  if (typeof parsed === 'string') {
    io.err(`marginalia check: ${parsed}\n${CHECK_USAGE}\n`);
    return 2;
  }
  const json = parsed.values.json ?? false;
  const paths = parsed.positionals;

  const sidecars: string[] = [];
  for (const path of paths.length > 0 ? paths : ['.']) {
    const found = await sidecarsUnder(path);
    if (found === undefined) {
      io.err(`marginalia check: no such file, folder or sidecar: ${path}\n`);
      return 2;
    }
    sidecars.push(...found);
  }

  const problems: FileProblem[] = [];
  for (const sidecar of [...new Set(sidecars)]) problems.push(...(await checkSidecar(sidecar, io.resolve)));
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

/** The sidecars a PATH designates, sorted; undefined when it names nothing. */
async function sidecarsUnder(path: string): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return filesUnder(path, isSidecarName).sort();
  if (info?.isFile() && path.endsWith(SIDECAR_SUFFIX)) return [path];
  const sidecar = sidecarPathFor(path);
  if (info?.isFile() && (await stat(sidecar).catch(() => undefined))?.isFile()) return [sidecar];
  return undefined;
}

const isSidecarName = (name: string): boolean => name.endsWith(SIDECAR_SUFFIX);

/** Every problem of one sidecar: its own, its article's, and its anchors that do not resolve. */
export async function checkSidecar(sidecar: string, resolve: ResolveAnchors): Promise<FileProblem[]> {
  // The CLI prints English: the template the editor translates (`localizable`) is not part of its output.
  const at = (file: string, problems: readonly SidecarProblem[]) => problems.map(({ localizable: _localizable, ...p }) => ({ file, ...p }));
  const parsed = parseSidecar(await readFile(sidecar, 'utf8'));
  const problems: FileProblem[] = at(sidecar, parsed.problems);
  if (parsed.anchorSites.length === 0) return problems;

  const article = articlePathFor(sidecar) as string;
  let text: string;
  try {
    text = await readFile(article, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : String(error);
    return [...problems, {
      file: sidecar, line: 1, column: 1, severity: 'error', code: 'missing-article',
      message: `its article ${article} cannot be read (${reason}): every anchor is an orphan`,
    }];
  }
  const guarded = checkArticleText(text);
  if (guarded.length > 0) return [...problems, ...at(article, guarded)];
  text = normalizeText(text);

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
