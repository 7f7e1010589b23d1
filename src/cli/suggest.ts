/** `marginalia suggest --format brat|json [--out DIR] PATH...`: the suggestions of each text. */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve as resolvePath } from 'node:path';
import { formatStandoff } from '../core/formats/standoff';
import { SPEAKER_SETTINGS, suggestEntities, suggestQuotations, suggestionsToStandoff, type SpeakerSetting } from '../core/suggestions';
import { asksForHelp, parseCommandArgs } from './arguments';
import { filesUnder } from './findSidecars';
import { processIo, type CommandIo } from './io';
import { JOBS_USAGE, parseJobs, workerEntryFor } from './jobs';
import { WorkerPool } from '../node/workerPool';
import { syncFolders } from '../node/writeFileAtomic';
import { folderProgress, printingAbove } from './progress';
import { writeOutput } from './writeOutput';
import { readTowns } from './towns';

export const SUGGEST_USAGE = `Usage: marginalia suggest --format brat|json [--out DIR] [--force] [--speakers precise|balanced|all] [--jobs N] PATH...

Writes the suggestions (quotations with speaker and cue, entity candidates) of each text.
PATH is a .txt or .md file or a folder (searched recursively for .txt and .md files;
node_modules and .git are skipped).
  --format brat   NAME.ann beside each text (the text's extension replaced), or under DIR
                  with the same relative path
  --format json   one JSON object per text on standard output
  --out DIR       where to write the .ann files
  --force         replace a .ann file that already exists (by default it is left alone)
  --speakers precise|balanced|all
                  which speakers to write, as the editor's setting marginalia.suggestions.speakers:
                  precise (the default) leaves out uncertain speakers (the quotation is still
                  written, without a speaker), balanced fewer, all every speaker that can speak
${JOBS_USAGE}
Exit status: 0 done, 1 an input could not be read (or a .ann file exists), 2 bad usage.`;

interface Options {
  format: 'brat' | 'json';
  out?: string;
  force: boolean;
  speakers: SpeakerSetting;
  jobs: number;
  paths: string[];
}

function parseOptions(args: readonly string[]): Options | string {
  const parsed = parseCommandArgs(args, { format: 'string', out: 'string', json: 'boolean', force: 'boolean', speakers: 'string', jobs: 'string' });
  if (typeof parsed === 'string') return parsed;
  const { out, force = false } = parsed.values;
  const format = parsed.values.json ? 'json' : parsed.values.format;
  if (format !== 'brat' && format !== 'json') return format === undefined ? 'missing --format brat|json' : `unknown format '${format}'`;
  if (out === '') return '--out needs a folder';
  const speakers = parsed.values.speakers ?? 'precise';
  if (!SPEAKER_SETTINGS.includes(speakers as SpeakerSetting)) return `unknown --speakers '${speakers}' (precise, balanced or all)`;
  const jobs = parseJobs(parsed.values.jobs);
  if (typeof jobs === 'string') return jobs;
  if (parsed.positionals.length === 0) return 'no PATH given';
  return { format, ...(out !== undefined ? { out } : {}), force, speakers: speakers as SpeakerSetting, jobs, paths: [...parsed.positionals] };
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** The texts under `path`, each with the path it keeps under --out. */
async function textsUnder(path: string): Promise<{ file: string; relativePath: string }[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [{ file: path, relativePath: basename(path) }];
  return filesUnder(path, (name) => TEXT_EXTENSIONS.has(extname(name))).map((file) => ({ file, relativePath: relative(path, file) }));
}

function annPath(textPath: string): string {
  return textPath.slice(0, textPath.length - extname(textPath).length) + '.ann';
}

/** JSON without the reasons' messages: the output gives each reason once, in English. */
function englishOnly(key: string, value: unknown): unknown {
  return key === 'reasonMessage' ? undefined : value;
}

export async function runSuggest(args: readonly string[], io: CommandIo = processIo): Promise<number> {
  if (asksForHelp(args)) {
    io.stdout(SUGGEST_USAGE + '\n');
    return 0;
  }
  const options = parseOptions(args);
  if (typeof options === 'string') {
    io.stderr(`marginalia suggest: ${options}\n${SUGGEST_USAGE}\n`);
    return 2;
  }
  let failed = false;
  let pool: WorkerPool | undefined;
  // The folders written in, synced once each at the end rather than after every file.
  const written = new Set<string>();
  try {
    // Every PATH first, then one pool over all their texts: a shell glob (`articles/*.txt`) names
    // each text alone, and a pool per PATH left --jobs unused there.
    const texts: { file: string; relativePath: string; path: string }[] = [];
    for (const path of options.paths) {
      try {
        for (const text of await textsUnder(resolvePath(io.cwd, path))) texts.push({ ...text, path });
      } catch (error) {
        io.stderr(`marginalia suggest: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
        failed = true;
      }
    }
    const progress = folderProgress(io, texts.length);
    const printer = printingAbove(io, progress);
    const out = options.out === undefined ? undefined : resolvePath(io.cwd, options.out);
    // Read and suggested anywhere (in a worker with --jobs), written and printed here in input order.
    const emit = (suggested: SuggestedText, index: number) => {
      const { file, path } = texts[index];
      progress.show(index + 1);
      if ('unreadable' in suggested) {
        printer.stderr(`marginalia suggest: cannot read ${relative(io.cwd, file) || file}: ${suggested.unreadable}\n`);
        failed = true;
        return;
      }
      if (suggested.json !== undefined) {
        // The file as the user named it: relative when the PATH given was.
        const named = isAbsolute(path) ? file : relative(io.cwd, file);
        printer.stdout(`{"file":${JSON.stringify(named)},${suggested.json}}\n`);
        return;
      }
      if (suggested.folder !== undefined) written.add(suggested.folder);
      if (suggested.refused !== undefined) {
        printer.stderr(suggested.refused);
        failed = true;
        return;
      }
      printer.stdout(`${suggested.shown}: ${plural(suggested.quotations, 'quotation')}, ${plural(suggested.entities, 'entity candidate')}\n`);
    };
    const inputs = texts.map(({ file, relativePath }): SuggestInput => {
      if (options.format === 'json') return { file, format: 'json', speakers: options.speakers };
      const target = out ? annPath(join(out, relativePath)) : annPath(file);
      const output = { target, cwd: io.cwd, within: out ?? dirname(file), force: options.force };
      return { file, format: 'brat', speakers: options.speakers, output };
    });
    // Two texts of one name (a.txt, a.md) write one .ann: the first wins, so they stay in one thread, in order.
    const targets = new Set(inputs.map((input) => input.output?.target ?? input.file));
    const entry = targets.size === inputs.length ? workerEntryFor(options.jobs, inputs.length, io.workerEntry) : undefined;
    if (entry) await (pool = new WorkerPool(entry, options.jobs, { suggest: suggestText })).map('suggest', inputs, emit);
    else for (const [index, input] of inputs.entries()) emit(await suggestText(input), index);
    progress.clear();
  } finally {
    syncFolders(written);
    await pool?.close();
  }
  return failed ? 1 : 0;
}

export interface SuggestInput {
  readonly file: string;
  readonly format: 'brat' | 'json';
  readonly speakers: SpeakerSetting;
  /** brat: the .ann file to write, the folder it is named from, the folder written in, and whether it replaces one that exists. */
  readonly output?: { readonly target: string; readonly cwd: string; readonly within: string; readonly force: boolean };
}

/**
 * What one text gives: the .ann file written (brat: `shown`) or the message of the refusal to
 * write it, its JSON members after `file` (json), or why it could not be read.
 */
export type SuggestedText =
  | { readonly unreadable: string }
  | {
      readonly quotations: number;
      readonly entities: number;
      readonly shown?: string;
      readonly refused?: string;
      readonly json?: string;
      /** The folder the .ann file landed in, which the main thread syncs at the end of the run. */
      readonly folder?: string;
    };

/** Reads one text, suggests in it and writes its .ann file: the per-file work of `suggest`, run in a worker with --jobs. */
export async function suggestText({ file, format, speakers, output }: SuggestInput): Promise<SuggestedText> {
  let text: string;
  try {
    // Read in this thread: each thread has its own file to suggest in, and an asynchronous read
    // only waits for the shared I/O threads (a second each run, on a busy machine).
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
  const quotations = suggestQuotations(text, { speakers });
  const entities = suggestEntities(text, { towns: readTowns() });
  if (format === 'json') return { quotations: quotations.length, entities: entities.length, json: JSON.stringify({ quotations, entities }, englishOnly).slice(1, -1) };
  const counts = { quotations: quotations.length, entities: entities.length };
  if (!output) return counts;
  // The refusal is printed by the main thread, in its place among the other files' lines.
  let refused: string | undefined;
  const keep = { cwd: output.cwd, stdout: () => undefined, stderr: (message: string) => void (refused = (refused ?? '') + message) };
  const standoff = formatStandoff(suggestionsToStandoff(text, quotations, entities));
  const written = writeOutput('suggest', output.target, standoff, { within: output.within, force: output.force, syncFolder: false }, keep);
  return { ...counts, shown: relative(output.cwd, output.target) || output.target, ...(written ? { folder: dirname(written.path) } : { refused: refused ?? '' }) };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
