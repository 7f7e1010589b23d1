/**
 * `marginalia import brat [--out DIR] PATH...` and `marginalia export --format brat [--out DIR] PATH...`:
 * brat standoff `.ann` files ⇄ sidecars, through src/core/formats/brat.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve as resolvePath } from 'node:path';
import { buildArticleView } from '../core/article/view';
import { describeLosses, exportBrat, importBrat } from '../core/formats/brat';
import { formatStandoff, parseStandoff } from '../core/formats/standoff';
import { articlePathFor, SIDECAR_SUFFIX, sidecarPathFor } from '../core/model';
import { decodeArticle, isWritable, parseSidecar, writeSidecar } from '../core/sidecar';
import { asksForHelp, parseCommandArgs } from './arguments';
import { filesUnder, findSidecars, MissingPathError } from './findSidecars';
import { processIo, type CommandIo } from './io';
import { JOBS_USAGE, parseJobs, workerEntryFor } from './jobs';
import { WorkerPool } from '../node/workerPool';
import { folderProgress, printingAbove } from './progress';
import { writeOutput } from './writeOutput';

export const IMPORT_USAGE = `Usage: marginalia import brat [--out DIR] [--force] [--jobs N] PATH...

For each text NAME.txt (or NAME.md) with a brat file NAME.ann beside it, writes the sidecar
NAME.txt.ann.yaml beside the text, or under DIR with the same relative path. PATH is a text, a
.ann file or a folder (searched recursively; node_modules and .git are skipped).
Entity spans become actors (brat types Person, Organization, Location/Place/Loc, Date/Hour,
Event, Product/Work; others misc) named by their text, plus the hand-added mentions and
excluded occurrences that reproduce the spans exactly. Quote spans marked A Direct or A
Indirect or with an R Speaker / R Cue relation become quotations with that speaker and cue;
other Quote spans (titles, scare quotes) are remembered as rejected suggestions, exported
again as bare Quotes. # notes become notes (of the quotation, or on the span), N
normalisations the actor's external id. For each file it prints how many brat lines an export
gives back, and names (count, kind and ids) the lines it does not keep (other attributes and
relations, events...) or writes back differently (Hour as Date, a discontinuous span as one).
  --out DIR   where to write the sidecars
  --force     replace a sidecar that already exists (by default it is left alone)
${JOBS_USAGE}
Sidecars are written whole (a temporary file renamed over the target), never through a symbolic
link leading out of the folder written in.
Exit status: 0 done, 1 an input could not be read (or a sidecar exists), 2 bad usage.`;

export const EXPORT_USAGE = `Usage: marginalia export --format brat [--out DIR] [--force] PATH...

For each annotated text (a text with its sidecar NAME.txt.ann.yaml), writes NAME.ann (the
text's name with its extension replaced) beside the text, or under DIR with the same relative
path: a T line per mention (derived from names and aliases, plus hand-added, minus excluded)
with an N line when its actor has an external id, and per quotation, R Speaker / R Cue
relations, A Direct on quotations in quotation marks (A Indirect on the others); a bare
Quote per rejected quotation;
a # line per note.
Offsets are UTF-16 code units (JavaScript string indices). PATH is a text, a sidecar or a
folder (searched recursively).
  --format brat   (csv, jsonl, w3c, conll: see marginalia export --help)
  --out DIR       where to write the .ann files
  --force         replace a .ann file that already exists (by default it is left alone)
Exit status: 0 done, 1 an input could not be read (or its sidecar has errors, or a .ann file
exists), 2 bad usage.`;

interface Options {
  readonly out?: string;
  readonly force: boolean;
  /** import only: `--jobs N`. */
  readonly jobs: number;
  readonly format?: string;
  readonly paths: readonly string[];
}

/** The options of import (`--out`, `--force`) or export (also `--format`), or what is wrong with them. */
function parseOptions(args: readonly string[], withFormat: boolean, withJobs = false): Options | string {
  const parsed = parseCommandArgs(args, {
    out: 'string', force: 'boolean',
    ...(withFormat ? { format: 'string' as const } : {}),
    ...(withJobs ? { jobs: 'string' as const } : {}),
  });
  if (typeof parsed === 'string') return parsed;
  const { out, force = false, format, jobs: jobsValue } = parsed.values as { out?: string; force?: boolean; format?: string; jobs?: string };
  if (out === '') return '--out needs a value';
  if (format === '') return '--format needs a value';
  const jobs = withJobs ? parseJobs(jobsValue) : 1;
  if (typeof jobs === 'string') return jobs;
  if (parsed.positionals.length === 0) return 'no PATH given';
  return { ...(out !== undefined ? { out } : {}), ...(format !== undefined ? { format } : {}), force, jobs, paths: parsed.positionals };
}

const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown'];

/** The text a brat file annotates: the file with the same name and a text extension. */
function textOfAnn(annPath: string): string | undefined {
  const stem = annPath.slice(0, -'.ann'.length);
  return TEXT_EXTENSIONS.map((ext) => stem + ext).find((candidate) => existsSync(candidate));
}

function annOfText(textPath: string): string {
  return textPath.slice(0, textPath.length - extname(textPath).length) + '.ann';
}

/** The (text, .ann) pairs under a PATH, each with the path it keeps under --out. */
function bratPairs(path: string): { text: string; ann: string; relativePath: string }[] {
  if (!existsSync(path)) throw new MissingPathError(`no such file or folder: ${path}`);
  if (!statSync(path).isDirectory()) {
    const text = path.endsWith('.ann') ? textOfAnn(path) : path;
    const ann = path.endsWith('.ann') ? path : annOfText(path);
    if (!text || !existsSync(ann)) throw new MissingPathError(`no text with a brat file beside it: ${path}`);
    return [{ text, ann, relativePath: basename(text) }];
  }
  return filesUnder(path, (name) => name.endsWith('.ann')).flatMap((ann) => {
    const text = textOfAnn(ann);
    return text ? [{ text, ann, relativePath: relative(path, text) }] : [];
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `marginalia import brat …` (args after `import`). */
export async function runImport(args: readonly string[], io: CommandIo = processIo): Promise<number> {
  if (asksForHelp(args)) {
    io.stdout(IMPORT_USAGE + '\n');
    return 0;
  }
  if (args[0] !== 'brat') {
    io.stderr(`marginalia import: ${args[0] === undefined ? 'missing format' : `unknown format '${args[0]}'`} (only brat)\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const options = parseOptions(args.slice(1), false, true);
  if (typeof options === 'string') {
    io.stderr(`marginalia import: ${options}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  let failed = false;
  let pool: WorkerPool | undefined;
  try {
    // Every PATH first, then one pool over all their pairs: a pool per PATH left --jobs unused
    // when a shell glob named each text alone.
    const pairs: ReturnType<typeof bratPairs> = [];
    for (const path of options.paths) {
      try {
        for (const pair of bratPairs(resolvePath(io.cwd, path))) pairs.push(pair);
      } catch (error) {
        io.stderr(`marginalia import: ${message(error)}\n`);
        failed = true;
      }
    }
    const progress = folderProgress(io, pairs.length);
    const printer = printingAbove(io, progress);
    const inputs = pairs.map((pair): ImportInput => ({
      text: pair.text,
      ann: pair.ann,
      cwd: io.cwd,
      target: sidecarPathFor(options.out ? join(resolvePath(io.cwd, options.out), pair.relativePath) : pair.text),
      within: options.out ? resolvePath(io.cwd, options.out) : dirname(pair.text),
      force: options.force,
    }));
    // Read and converted anywhere (in a worker with --jobs), printed here in input order.
    const emit = (imported: ImportedPair, index: number) => {
      progress.show(index + 1);
      if (imported.stderr) printer.stderr(imported.stderr);
      if (imported.stdout) printer.stdout(imported.stdout);
      if (imported.failed) failed = true;
    };
    const targets = new Set(inputs.map((input) => input.target));
    const entry = targets.size === inputs.length ? workerEntryFor(options.jobs, inputs.length, io.workerEntry) : undefined;
    if (entry) await (pool = new WorkerPool(entry, options.jobs, { import: importPair })).map('import', inputs, emit);
    else for (const [index, input] of inputs.entries()) emit(importPair(input), index);
    progress.clear();
  } finally {
    await pool?.close();
  }
  return failed ? 1 : 0;
}

export interface ImportInput {
  readonly text: string;
  readonly ann: string;
  /** The folder paths are shown relative to. */
  readonly cwd: string;
  /** The sidecar to write, the folder the write stays in, and whether it replaces one that exists. */
  readonly target: string;
  readonly within: string;
  readonly force: boolean;
}

/** What importing one brat file printed (in order, on each stream) and whether it failed. */
export interface ImportedPair {
  readonly stdout: string;
  readonly stderr: string;
  readonly failed: boolean;
}

/** Reads one text and its brat file and writes its sidecar: the per-file work of `import`, run in a worker with --jobs. */
export function importPair(input: ImportInput): ImportedPair {
  let stdout = '';
  let stderr = '';
  const keep = { cwd: input.cwd, stdout: (text: string) => void (stdout += text), stderr: (text: string) => void (stderr += text) };
  const shown = relative(input.cwd, input.ann) || input.ann;
  let text: string;
  let ann: string;
  try {
    text = readFileSync(input.text, 'utf8').replace(/^\uFEFF/u, '');
    ann = readFileSync(input.ann, 'utf8');
  } catch (error) {
    return { stdout, stderr: `marginalia import: cannot read ${shown}: ${message(error)}\n`, failed: true };
  }
  const parsed = parseStandoff(ann);
  const imported = importBrat(text, parsed.records);
  for (const problem of parsed.problems) keep.stderr(`${shown}:${problem.line}: warning: ${problem.message}\n`);
  for (const problem of imported.problems) keep.stderr(`${shown}: warning: ${problem.message}\n`);
  const lost = imported.losses.filter((loss) => loss.writtenAs === undefined);
  const changed = imported.losses.filter((loss) => loss.writtenAs !== undefined);
  if (lost.length > 0) keep.stderr(`${shown}: warning: not kept: ${describeLosses(lost)}\n`);
  if (changed.length > 0) keep.stderr(`${shown}: note: written back differently: ${describeLosses(changed)}\n`);
  const notKept = parsed.lines - parsed.records.length + lost.reduce((sum, loss) => sum + loss.ids.length, 0);
  if (!writeOutput('import', input.target, writeSidecar(imported.annotations), { within: input.within, force: input.force }, keep)) {
    return { stdout, stderr, failed: true };
  }
  keep.stdout(`${relative(input.cwd, input.target) || input.target}: ${imported.annotations.actors.length} actors, ${imported.annotations.quotations.length} quotations; ${parsed.lines - notKept} of ${parsed.lines} brat lines kept\n`);
  return { stdout, stderr, failed: false };
}

/** `marginalia export --format brat …` (args after `export`). */
export function runExport(args: readonly string[], io: CommandIo = processIo): number {
  if (asksForHelp(args)) {
    io.stdout(EXPORT_USAGE + '\n');
    return 0;
  }
  const options = parseOptions(args, true);
  if (typeof options === 'string' || options.format !== 'brat') {
    const problem = typeof options === 'string' ? options : options.format === undefined ? 'missing --format brat' : `unknown format '${options.format}' (brat, csv, jsonl, w3c or conll)`;
    io.stderr(`marginalia export: ${problem}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const path of options.paths) {
    const absolute = resolvePath(io.cwd, path);
    let sidecars: string[];
    try {
      sidecars = findSidecars([absolute]);
      if (sidecars.length === 0 && !statSync(absolute).isDirectory()) throw new MissingPathError(`no sidecar (${basename(absolute)}${SIDECAR_SUFFIX}) beside ${path}`);
    } catch (error) {
      if (!(error instanceof MissingPathError)) throw error;
      io.stderr(`marginalia export: ${error.message}\n`);
      failed = true;
      continue;
    }
    const root = statSync(absolute).isDirectory() ? absolute : dirname(absolute);
    const progress = folderProgress(io, sidecars.length);
    const printer = printingAbove(io, progress);
    for (const [index, sidecar] of sidecars.entries()) {
      progress.show(index + 1);
      const article = articlePathFor(sidecar)!;
      const shown = relative(io.cwd, sidecar) || sidecar;
      let articleBytes: Uint8Array;
      let source: Uint8Array;
      try {
        articleBytes = readFileSync(article);
        source = readFileSync(sidecar);
      } catch (error) {
        printer.stderr(`marginalia export: cannot read ${shown}: ${message(error)}\n`);
        failed = true;
        continue;
      }
      // What check refuses, export refuses too: an article that is not UTF-8, binary or too large.
      const decoded = decodeArticle(articleBytes);
      const refused = decoded.problems.find((p) => p.severity === 'error');
      if (refused) {
        printer.stderr(`${relative(io.cwd, article) || article}:${refused.line}:${refused.column}: error: ${refused.message}; not exported\n`);
        failed = true;
        continue;
      }
      const text = decoded.text.replace(/^\uFEFF/u, '');
      const parsed = parseSidecar(source);
      if (!isWritable(parsed.problems)) {
        const first = parsed.problems.find((p) => p.severity === 'error')!;
        printer.stderr(`${shown}:${first.line}:${first.column}: error: ${first.message}\n`);
        failed = true;
        continue;
      }
      const exported = exportBrat(buildArticleView(text, parsed.annotations));
      for (const problem of exported.problems) printer.stderr(`${shown}: warning: ${problem.message}\n`);
      const target = annOfText(options.out ? join(resolvePath(io.cwd, options.out), relative(root, article)) : article);
      const within = options.out ? resolvePath(io.cwd, options.out) : dirname(article);
      if (!writeOutput('export', target, formatStandoff(exported.records), { within, force: options.force }, printer)) {
        failed = true;
        continue;
      }
      printer.stdout(`${relative(io.cwd, target) || target}: ${exported.records.filter((r) => r.kind === 'T').length} spans\n`);
    }
    progress.clear();
  }
  return failed ? 1 : 0;
}
