/** `marginalia suggest --format brat|json [--out DIR] PATH...`: the suggestions of each text. */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve as resolvePath } from 'node:path';
import { formatStandoff } from '../core/formats/standoff';
import { SPEAKER_SETTINGS, suggestEntities, suggestQuotations, suggestionsToStandoff, type SpeakerSetting } from '../core/suggestions';
import { asksForHelp, parseCommandArgs } from './arguments';
import { filesUnder } from './findSidecars';
import { processIo, type CommandIo } from './io';
import { folderProgress, printingAbove } from './progress';
import { writeOutput } from './writeOutput';
import { readTowns } from './towns';

export const SUGGEST_USAGE = `Usage: marginalia suggest --format brat|json [--out DIR] [--force] [--speakers precise|balanced|all] PATH...

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
Exit status: 0 done, 1 an input could not be read (or a .ann file exists), 2 bad usage.`;

interface Options {
  format: 'brat' | 'json';
  out?: string;
  force: boolean;
  speakers: SpeakerSetting;
  paths: string[];
}

function parseOptions(args: readonly string[]): Options | string {
  const parsed = parseCommandArgs(args, { format: 'string', out: 'string', json: 'boolean', force: 'boolean', speakers: 'string' });
  if (typeof parsed === 'string') return parsed;
  const { out, force = false } = parsed.values;
  const format = parsed.values.json ? 'json' : parsed.values.format;
  if (format !== 'brat' && format !== 'json') return format === undefined ? 'missing --format brat|json' : `unknown format '${format}'`;
  if (out === '') return '--out needs a folder';
  const speakers = parsed.values.speakers ?? 'precise';
  if (!SPEAKER_SETTINGS.includes(speakers as SpeakerSetting)) return `unknown --speakers '${speakers}' (precise, balanced or all)`;
  if (parsed.positionals.length === 0) return 'no PATH given';
  return { format, ...(out !== undefined ? { out } : {}), force, speakers: speakers as SpeakerSetting, paths: [...parsed.positionals] };
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
  for (const path of options.paths) {
    let texts: { file: string; relativePath: string }[];
    try {
      texts = await textsUnder(resolvePath(io.cwd, path));
    } catch (error) {
      io.stderr(`marginalia suggest: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
      continue;
    }
    const progress = folderProgress(io, texts.length);
    const printer = printingAbove(io, progress);
    for (const [index, { file, relativePath }] of texts.entries()) {
      progress.show(index + 1);
      let text: string;
      try {
        text = (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '');
      } catch (error) {
        printer.stderr(`marginalia suggest: cannot read ${relative(io.cwd, file) || file}: ${error instanceof Error ? error.message : String(error)}\n`);
        failed = true;
        continue;
      }
      const quotations = suggestQuotations(text, { speakers: options.speakers });
      const entities = suggestEntities(text, { towns: readTowns() });
      if (options.format === 'json') {
        // The file as the user named it: relative when the PATH given was.
        const named = isAbsolute(path) ? file : relative(io.cwd, file);
        printer.stdout(JSON.stringify({ file: named, quotations, entities }, englishOnly) + '\n');
        continue;
      }
      const out = options.out === undefined ? undefined : resolvePath(io.cwd, options.out);
      const target = out ? annPath(join(out, relativePath)) : annPath(file);
      const standoff = formatStandoff(suggestionsToStandoff(text, quotations, entities));
      if (!writeOutput('suggest', target, standoff, { within: out ?? dirname(file), force: options.force }, printer)) {
        failed = true;
        continue;
      }
      printer.stdout(`${relative(io.cwd, target) || target}: ${plural(quotations.length, 'quotation')}, ${plural(entities.length, 'entity candidate')}\n`);
    }
    progress.clear();
  }
  return failed ? 1 : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
