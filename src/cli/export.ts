/**
 * `marginalia export --format brat|csv|jsonl|w3c|conll …`: brat goes to brat.ts (one .ann per
 * text); the corpus formats write the whole corpus as one document, to stdout or to --out FILE.
 */
import { statSync } from 'node:fs';
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bioTokens, formatConll } from '../core/corpus/conll';
import { SIDECAR_SUFFIX } from '../core/model';
import type { CorpusRow } from '../core/corpus/rows';
import { formatJsonl, formatRowsCsv } from '../core/corpus/table';
import { annotationCollection, fileUri, webAnnotations, type WebAnnotation } from '../core/corpus/webAnnotation';
import { asksForHelp, parseCommandArgs } from './arguments';
import { EXPORT_USAGE as BRAT_EXPORT_USAGE, runExport as runBratExport } from './brat';
import { readCorpus, shownPath, type CorpusArticle } from './exportRows';
import { findSidecars, MissingPathError } from './findSidecars';
import { processIo, type CommandIo } from './io';
import { folderProgress } from './progress';
import { writeOutput } from './writeOutput';

export const CORPUS_FORMATS = ['csv', 'jsonl', 'w3c', 'conll'] as const;
type CorpusFormat = (typeof CORPUS_FORMATS)[number];

export const CORPUS_EXPORT_USAGE = `Usage: marginalia export --format csv|jsonl|w3c|conll [--out FILE] [--force] [--base URI] PATH...

Writes every annotated text under the PATHs (texts, sidecars or folders) as one document, on
standard output or into FILE:
  csv     one record per quotation and per mention (RFC 4180, header line; README "Exports")
  jsonl   the same records, one JSON object per line
  w3c     W3C Web Annotation JSON-LD: an AnnotationCollection of one Annotation per quotation
          and per mention, each targeting its article with a TextQuoteSelector and a
          TextPositionSelector (code points)
  conll   BIO tokens of the mentions (token TAB tag, sentences apart, -DOCSTART- per article)
Offsets: start/end in UTF-16 code units, startCodePoint/endCodePoint in code points.
  --out FILE   write FILE (whole, atomically) instead of standard output
  --force      replace FILE when it exists
  --base URI   w3c: the URI the articles' paths are resolved against (default: the current
               folder as a file: URI)
Exit status: 0 done, 1 an input could not be read (the others are exported) or FILE exists,
2 bad usage.`;

export const EXPORT_USAGE = `${BRAT_EXPORT_USAGE}\n\n${CORPUS_EXPORT_USAGE}`;

/** `marginalia export …` (args after `export`). */
export function runExportCommand(args: readonly string[], io: CommandIo = processIo): number {
  if (asksForHelp(args)) {
    io.stdout(EXPORT_USAGE + '\n');
    return 0;
  }
  const parsed = parseCommandArgs(args, { format: 'string', out: 'string', force: 'boolean', base: 'string' });
  const format = typeof parsed === 'string' ? undefined : parsed.values.format;
  if (typeof parsed === 'string' || !isCorpusFormat(format)) {
    // brat, a missing or unknown format, and every usage problem: as brat's export always said
    return runBratExport(args, io);
  }
  const { out, force = false, base } = parsed.values;
  if (out === '') return usage(io, '--out needs a value');
  if (parsed.positionals.length === 0) return usage(io, 'no PATH given');
  if (base !== undefined && format !== 'w3c') return usage(io, '--base is for --format w3c');
  const baseUri = baseUriOf(base, io);
  if (baseUri === undefined) return usage(io, `--base must be an absolute URI (such as https://example.org/corpus/), not '${base}'`);
  return exportCorpus(format, parsed.positionals, { ...(out !== undefined ? { out } : {}), force, base: baseUri }, io);
}

function isCorpusFormat(format: string | undefined): format is CorpusFormat {
  return (CORPUS_FORMATS as readonly (string | undefined)[]).includes(format);
}

function usage(io: CommandIo, problem: string): number {
  io.stderr(`marginalia export: ${problem}\n${CORPUS_EXPORT_USAGE}\n`);
  return 2;
}

/** The base as an absolute URI ending in `/` (a folder), or undefined when it is not one. */
function baseUriOf(base: string | undefined, io: CommandIo): string | undefined {
  if (base === undefined) return pathToFileURL(io.cwd + '/').href;
  try {
    const url = new URL(base);
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return undefined;
  }
}

interface CorpusOptions {
  readonly out?: string;
  readonly force: boolean;
  readonly base: string;
}

function exportCorpus(format: CorpusFormat, paths: readonly string[], options: CorpusOptions, io: CommandIo): number {
  let failed = false;
  const sidecars = new Set<string>();
  for (const path of paths) {
    const absolute = resolvePath(io.cwd, path);
    try {
      const found = findSidecars([absolute]);
      if (found.length === 0 && !statSync(absolute).isDirectory()) throw new MissingPathError(`no sidecar (${basename(absolute)}${SIDECAR_SUFFIX}) beside ${path}`);
      for (const sidecar of found) sidecars.add(sidecar);
    } catch (error) {
      if (!(error instanceof MissingPathError)) throw error;
      io.stderr(`marginalia export: ${error.message}\n`);
      failed = true;
    }
  }
  const progress = folderProgress(io, sidecars.size);
  const corpus = readCorpus([...sidecars].sort(), io, undefined, (index) => progress.show(index + 1));
  progress.clear();
  for (const { path, message } of corpus.unreadable) io.stderr(`${path}: error: ${message}; not exported\n`);
  if (corpus.unreadable.length > 0) failed = true;
  for (const article of corpus.articles) {
    if (article.text === undefined) io.stderr(`${article.shown}: warning: article not found beside its sidecar; ${format === 'conll' ? 'not exported' : 'its quotations are exported without offsets'}\n`);
  }
  const document = render(format, corpus.articles, options, io);
  if (options.out === undefined) {
    io.stdout(document);
    return failed ? 1 : 0;
  }
  const target = resolvePath(io.cwd, options.out);
  if (!writeOutput('export', target, document, { within: dirname(target), force: options.force }, io)) return 1;
  io.stdout(`${shownPath(io, target)}: ${summary(format, corpus.articles)}\n`);
  return failed ? 1 : 0;
}

function render(format: CorpusFormat, articles: readonly CorpusArticle[], options: CorpusOptions, io: CommandIo): string {
  const rows = (): CorpusRow[] => {
    const all: CorpusRow[] = [];
    for (const article of articles) {
      for (const row of article.rows.quotations) all.push(row);
      for (const row of article.rows.mentions) all.push(row);
    }
    return all;
  };
  if (format === 'csv') return formatRowsCsv(rows());
  if (format === 'jsonl') return formatJsonl(rows());
  if (format === 'conll') {
    const bio = [];
    for (const article of articles) {
      if (article.text === undefined) continue;
      const tokens = bioTokens(article.text, article.rows.mentions);
      if (tokens.dropped.length > 0) io.stderr(`${article.shown}: warning: ${tokens.dropped.length} overlapping mention(s) not tagged (BIO tags one span per token): ${tokens.dropped.map((m) => `"${m.text}"`).join(', ')}\n`);
      bio.push(tokens);
    }
    return formatConll(bio);
  }
  const annotations: WebAnnotation[] = [];
  for (const article of articles) {
    const source = fileUri(options.base, article.shown);
    for (const annotation of webAnnotations({ text: article.text ?? '', rows: article.rows, source, sidecar: `${source}.ann.yaml` })) annotations.push(annotation);
  }
  const id = fileUri(options.base, options.out === undefined ? 'marginalia-annotations.jsonld' : shownPath(io, resolvePath(io.cwd, options.out)));
  return JSON.stringify(annotationCollection(id, 'Marginalia annotations', annotations), null, 2) + '\n';
}

function summary(format: CorpusFormat, articles: readonly CorpusArticle[]): string {
  const quotations = articles.reduce((sum, a) => sum + a.rows.quotations.length, 0);
  const mentions = articles.reduce((sum, a) => sum + a.rows.mentions.length, 0);
  const what = format === 'conll' ? `${mentions} mentions` : `${quotations} quotations, ${mentions} mentions`;
  return `${articles.length} article${articles.length === 1 ? '' : 's'}, ${what}`;
}
