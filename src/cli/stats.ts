/**
 * `marginalia stats [PATH...] [--json]`: counts per actor type, quotations per speaker, orphans;
 * with `--by speaker|type|property:NAME [--json|--csv]`, the quotations grouped (statsBy.ts).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve as resolvePath } from 'node:path';
import { collectAnchors } from '../core/merge/anchors';
import type { ResolveAnchors } from '../core/merge/resolution';
import { articlePathFor } from '../core/model';
import { blocksWriting } from '../core/sidecar';
import { addStats, countAnnotations, EMPTY_STATS, type AnnotationStats } from '../core/stats/annotationStats';
import { resolveAnchors } from '../core/anchoring';
import { readTextIfExists } from './articleText';
import { asksForHelp, parseCommandArgs } from './arguments';
import { readSpeakers, readSpeakersInPool } from './exportRows';
import { parseJobs, workerEntryFor } from './jobs';
import { WorkerPool } from '../node/workerPool';
import { findSidecars, MissingPathError } from './findSidecars';
import { processIo, type CommandIo } from './io';
import { folderProgress, printingAbove } from './progress';
import { isReadable, readingCodec, type SidecarCodec } from './sidecarAdapter';
import { formatGroupedCsv, formatGroupedTable, groupingLabel, groupQuotations, parseGrouping, type Grouping } from './statsBy';

export const STATS_USAGE = `Usage: marginalia stats [PATH...] [--json] [--jobs N]
       marginalia stats --by speaker|type|property:NAME [--json|--csv] [--jobs N] [PATH...]

Counts, over the sidecars (*.ann.yaml) found in PATHs (files or folders, default .; node_modules
and .git are skipped): actors per type, quotations per speaker, and orphans (stored spans the
article no longer holds).
With --by, the quotations of all those articles grouped by speaker (an actor is the same in
every article where its id is), by the speaker's type, or by the value of a property of the
speaker; each group with its quotations, its share of them and in how many articles.

Options:
  --by G    group the quotations: speaker, type or property:NAME
  --json    print the counts as JSON (per file and in total; with --by, the groups)
  --csv     with --by: print the groups as CSV (key,label,quotations,share,articles)
  --jobs N  read N sidecars at a time, in N threads (default: the number of CPUs); the
            output is the same as with --jobs 1
  --help    show this help

Exit: 0 counted (sidecars that cannot be read are listed on stderr), 2 bad usage or a missing PATH.`;

export interface StatsDependencies {
  readonly codec: SidecarCodec;
  readonly resolve: ResolveAnchors;
}

const defaults: StatsDependencies = { codec: readingCodec, resolve: resolveAnchors };

export interface FileStats extends AnnotationStats {
  readonly path: string;
  /** The article was not found beside the sidecar (every anchor then counts as an orphan). */
  readonly articleMissing: boolean;
}

export interface StatsReport {
  readonly files: readonly FileStats[];
  readonly total: AnnotationStats;
  readonly unreadable: readonly { readonly path: string; readonly message: string }[];
}

export async function runStats(args: readonly string[], io: CommandIo = processIo, deps: StatsDependencies = defaults): Promise<number> {
  if (asksForHelp(args)) {
    io.stdout(STATS_USAGE + '\n');
    return 0;
  }
  const parsed = parseCommandArgs(args, { json: 'boolean', csv: 'boolean', by: 'string', jobs: 'string' });
  const grouping = typeof parsed === 'string' ? parsed : usageOfBy(parsed.values);
  const jobs = typeof parsed === 'string' ? 1 : parseJobs(parsed.values.jobs);
  if (typeof parsed === 'string' || typeof grouping === 'string' || typeof jobs === 'string') {
    io.stderr(`marginalia stats: ${typeof parsed === 'string' ? parsed : typeof grouping === 'string' ? grouping : String(jobs)}\n${STATS_USAGE}\n`);
    return 2;
  }
  const paths = parsed.positionals;
  let sidecars: string[];
  try {
    sidecars = findSidecars((paths.length > 0 ? paths : ['.']).map((path) => resolvePath(io.cwd, path)));
  } catch (error) {
    if (!(error instanceof MissingPathError)) throw error;
    io.stderr(`marginalia stats: ${error.message}\n`);
    return 2;
  }
  if (grouping !== undefined) return printGrouped(sidecars, grouping, parsed.values.csv ? 'csv' : parsed.values.json ? 'json' : 'table', io, deps.codec, jobs);
  const display = (path: string) => relative(io.cwd, path) || path;
  // Workers read with the real sidecar format and resolver: a test's own keeps the run here.
  const entry = deps.codec === readingCodec && deps.resolve === resolveAnchors ? workerEntryFor(jobs, sidecars.length, io.workerEntry) : undefined;
  const report = entry ? await collectStatsInPool(sidecars, io.cwd, { entry, jobs }) : collectStats(sidecars, deps, display);
  for (const { path, message } of report.unreadable) io.stderr(`${path}: error: ${message}\n`);
  io.stdout(parsed.values.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}

/** The --by grouping asked for (undefined: none), or what is wrong with the options. */
function usageOfBy(values: { json?: boolean; csv?: boolean; by?: string }): Grouping | undefined | string {
  if (values.csv && values.json) return '--csv and --json cannot be used together';
  if (values.by === undefined) return values.csv ? '--csv needs --by' : undefined;
  return parseGrouping(values.by);
}

async function printGrouped(sidecars: readonly string[], grouping: Grouping, format: 'table' | 'csv' | 'json', io: CommandIo, codec: SidecarCodec, jobs: number): Promise<number> {
  const progress = folderProgress(io, sidecars.length);
  const onArticle = (index: number) => progress.show(index + 1);
  // Workers read with the real sidecar format: a test's own codec keeps the run here.
  const entry = codec === readingCodec ? workerEntryFor(jobs, sidecars.length, io.workerEntry) : undefined;
  const corpus = entry ? await readSpeakersInPool(sidecars, io, { entry, jobs }, onArticle) : readSpeakers(sidecars, io, codec, onArticle);
  progress.clear();
  const printer = printingAbove(io, progress);
  for (const { path, message } of corpus.unreadable) printer.stderr(`${path}: error: ${message}\n`);
  const { rows } = corpus;
  const report = { by: groupingLabel(grouping), articles: corpus.articles, quotations: rows.length, groups: groupQuotations(rows, grouping) };
  io.stdout(format === 'csv' ? formatGroupedCsv(report) : format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatGroupedTable(report));
  return 0;
}

interface Unreadable {
  readonly path: string;
  readonly message: string;
}

/** Counts every sidecar; `display` turns an absolute path into the one printed. */
export function collectStats(sidecars: readonly string[], deps: StatsDependencies, display: (path: string) => string): StatsReport {
  return gathered(sidecars.map((sidecar) => statsOfFile(sidecar, deps, display)));
}

/** One sidecar's counts, or why it cannot be read. */
function statsOfFile(sidecar: string, deps: StatsDependencies, display: (path: string) => string): FileStats | Unreadable {
  const parsed = deps.codec.parse(readFileSync(sidecar, 'utf8'));
  if (!isReadable(parsed)) {
    const first = parsed.problems.find(blocksWriting);
    return { path: display(sidecar), message: first ? `${first.line}:${first.column}: ${first.message}` : 'unreadable' };
  }
  const anchors = collectAnchors(parsed.annotations);
  const articlePath = articlePathFor(sidecar);
  const article = articlePath === undefined ? undefined : readTextIfExists(articlePath);
  const resolutions = article === undefined ? undefined : deps.resolve(article, anchors);
  return { path: display(sidecar), articleMissing: article === undefined, ...countAnnotations(parsed.annotations, anchors.length, resolutions) };
}

function gathered(results: readonly (FileStats | Unreadable)[]): StatsReport {
  const files: FileStats[] = [];
  const unreadable: Unreadable[] = [];
  for (const result of results) {
    if ('message' in result) unreadable.push(result);
    else files.push(result);
  }
  return { files, total: files.reduce<AnnotationStats>(addStats, EMPTY_STATS), unreadable };
}

export interface StatsInput {
  readonly sidecarPaths: readonly string[];
  readonly cwd: string;
}

/** The per-file work of `stats --jobs N` (a worker's task): each sidecar's counts, or why it is skipped. */
export function statsTask({ sidecarPaths, cwd }: StatsInput): (FileStats | Unreadable)[] {
  return sidecarPaths.map((sidecar) => statsOfFile(sidecar, defaults, (path) => relative(cwd, path) || path));
}

/** {@link collectStats} in `jobs` threads, batches of files per message, gathered in input order: the same report. */
async function collectStatsInPool(sidecars: readonly string[], cwd: string, pool: { entry: string; jobs: number }): Promise<StatsReport> {
  const workers = new WorkerPool(pool.entry, pool.jobs, { stats: statsTask });
  const inputs: StatsInput[] = [];
  for (let start = 0; start < sidecars.length; start += BATCH) inputs.push({ sidecarPaths: sidecars.slice(start, start + BATCH), cwd });
  const results: (FileStats | Unreadable)[] = [];
  await workers
    .map('stats', inputs, (batch: (FileStats | Unreadable)[]) => {
      for (const result of batch) results.push(result);
    })
    .finally(() => workers.close());
  return gathered(results);
}

/** Files per message: a file takes well under a millisecond, less than a message's round trip on a busy machine. */
const BATCH = 50;

function formatReport(report: StatsReport): string {
  const { total } = report;
  const lines = [
    `${plural(report.files.length, 'sidecar')}: ${plural(total.actors, 'actor')}, ${plural(total.quotations, 'quotation')}, ` +
      `${plural(total.topics, 'topic')}, ${plural(total.notes, 'note')}, ${plural(total.orphans, 'orphan')}`,
  ];
  const table = (title: string, counts: Readonly<Record<string, number>>): void => {
    const rows = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    if (rows.length === 0) return;
    lines.push(`${title}:`);
    const width = rows.reduce((max, [label]) => Math.max(max, label.length), 0);
    for (const [label, count] of rows) lines.push(`  ${label.padEnd(width)}  ${count}`);
  };
  table('actors by type', total.actorsByType);
  table('quotations by speaker', total.quotationsBySpeaker);
  const orphaned = report.files.filter((file) => file.orphans > 0);
  if (orphaned.length > 0) {
    lines.push('orphans:');
    for (const file of orphaned) lines.push(`  ${file.path}  ${file.orphans}${file.articleMissing ? ' (article not found)' : ''}`);
  }
  return lines.join('\n') + '\n';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
