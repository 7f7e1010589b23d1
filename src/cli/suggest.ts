/** `marginalia suggest --format brat|json [--out DIR] PATH...`: the suggestions of each text. */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { formatStandoff } from '../core/formats/standoff';
import { suggestEntities, suggestQuotations, suggestionsToStandoff } from '../core/suggestions';
import { readTowns } from './towns';

export const SUGGEST_USAGE = `Usage: marginalia suggest --format brat|json [--out DIR] PATH...

Writes the suggestions (quotations with speaker and cue, entity candidates) of each text.
PATH is a .txt or .md file or a folder (searched recursively for .txt and .md files).
  --format brat   NAME.ann beside each text (the text's extension replaced), or under DIR
                  with the same relative path
  --format json   one JSON object per text on standard output
  --out DIR       where to write the .ann files
Exit status: 0 done, 1 an input could not be read, 2 bad usage.`;

interface Options {
  format: 'brat' | 'json';
  out?: string;
  paths: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  let format: string | undefined;
  let out: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') format = args[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--out') out = args[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--json') format = 'json';
    else if (arg.startsWith('-')) return `unknown option '${arg}'`;
    else paths.push(arg);
  }
  if (format !== 'brat' && format !== 'json') return format === undefined ? 'missing --format brat|json' : `unknown format '${format}'`;
  if (out === '') return '--out needs a folder';
  if (paths.length === 0) return 'no PATH given';
  return { format, ...(out !== undefined ? { out } : {}), paths };
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** The texts under `path`, each with the path it keeps under --out. */
async function textsUnder(path: string): Promise<{ file: string; relativePath: string }[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [{ file: path, relativePath: basename(path) }];
  const found: { file: string; relativePath: string }[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(full);
      } else if (TEXT_EXTENSIONS.has(extname(entry.name))) found.push({ file: full, relativePath: relative(path, full) });
    }
  };
  await walk(path);
  return found;
}

function annPath(textPath: string): string {
  return textPath.slice(0, textPath.length - extname(textPath).length) + '.ann';
}

/** JSON without the reasons' messages: the output gives each reason once, in English. */
function englishOnly(key: string, value: unknown): unknown {
  return key === 'reasonMessage' ? undefined : value;
}

export async function runSuggest(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(SUGGEST_USAGE + '\n');
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`marginalia suggest: ${options}\n${SUGGEST_USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const path of options.paths) {
    let texts: { file: string; relativePath: string }[];
    try {
      texts = await textsUnder(path);
    } catch (error) {
      process.stderr.write(`marginalia suggest: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
      continue;
    }
    for (const { file, relativePath } of texts) {
      let text: string;
      try {
        text = (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '');
      } catch (error) {
        process.stderr.write(`marginalia suggest: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
        failed = true;
        continue;
      }
      const quotations = suggestQuotations(text);
      const entities = suggestEntities(text, { towns: readTowns() });
      if (options.format === 'json') {
        process.stdout.write(JSON.stringify({ file, quotations, entities }, englishOnly) + '\n');
        continue;
      }
      const target = options.out ? annPath(join(options.out, relativePath)) : annPath(file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, formatStandoff(suggestionsToStandoff(text, quotations, entities)));
    }
  }
  return failed ? 1 : 0;
}
