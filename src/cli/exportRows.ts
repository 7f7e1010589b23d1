/**
 * Reading the annotated articles under the command line's PATHs into corpus rows (one per
 * quotation and per mention), for `export --format csv|jsonl|w3c|conll` and `stats --by`.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { normalizeText } from '../core/anchoring';
import { buildArticleView } from '../core/article/view';
import { withSharedActors } from '../core/actors';
import { articleRows, speakerRows, type ArticleRows, type SpeakerRow } from '../core/corpus/rows';
import { articlePathFor, type Annotations } from '../core/model';
import { blocksWriting, decodeArticle, MAX_TEXT_LENGTH } from '../core/sidecar';
import { WorkerPool } from '../node/workerPool';
import type { CommandIo } from './io';
import { SharedActorsFiles, type SharedActorsFile } from './sharedActorsFile';
import { isReadable, readingCodec, type SidecarCodec } from './sidecarAdapter';

export interface CorpusArticle {
  readonly sidecarPath: string;
  readonly articlePath: string;
  /** The article's path relative to the folder the command runs in, `/`-separated: what rows name. */
  readonly shown: string;
  /** The article text (BOM stripped), or undefined when there is no article beside the sidecar. */
  readonly text: string | undefined;
  readonly rows: ArticleRows;
}

export interface CorpusProblem {
  readonly path: string;
  readonly message: string;
}

export interface CorpusRead {
  readonly articles: readonly CorpusArticle[];
  /** Sidecars that cannot be read and articles check refuses: skipped, each named once. */
  readonly unreadable: readonly CorpusProblem[];
}

/** The `/`-separated path of `path` relative to the command's folder (the path itself when that is empty). */
export function shownPath(io: Pick<CommandIo, 'cwd'>, path: string): string {
  return (relative(io.cwd, path) || path).split(sep).join('/');
}

/**
 * Reads each sidecar and its article. A sidecar whose article is missing gives its quotations
 * (without offsets: the text is not there to place them) and no mention; `onArticle` is called
 * after each file (progress).
 */
export function readCorpus(sidecars: readonly string[], io: Pick<CommandIo, 'cwd'>, codec: SidecarCodec = readingCodec, onArticle?: (index: number) => void): CorpusRead {
  const { read, unreadable } = readEach(sidecars, io, codec, onArticle, true, (annotated) => {
    const { text, shown, annotations, shared: { shared, propertiesOf } } = annotated;
    // Every article sees the shared actors (their names are mentions, their properties the rows').
    const view = buildArticleView(text ?? '', withSharedActors(annotations, shared));
    const rows = articleRows(shown, view, { propertiesOf });
    return { sidecarPath: annotated.sidecarPath, articlePath: annotated.articlePath, shown, text, rows: text === undefined ? { quotations: rows.quotations, mentions: [] } : rows };
  });
  return { articles: read, unreadable };
}

export interface SpeakersRead {
  /** The articles read (the sidecars that are not in `unreadable`). */
  readonly articles: number;
  readonly rows: readonly SpeakerRow[];
  readonly unreadable: readonly CorpusProblem[];
}

/**
 * What `stats --by` groups: the same articles as {@link readCorpus} (the same ones refused),
 * but only their quotations' speakers, from the sidecars: no view built, no name matched.
 */
export function readSpeakers(sidecars: readonly string[], io: Pick<CommandIo, 'cwd'>, codec: SidecarCodec = readingCodec, onArticle?: (index: number) => void): SpeakersRead {
  const { read, unreadable } = readEach(sidecars, io, codec, onArticle, false, ({ shown, annotations, shared: { shared, propertiesOf } }) =>
    speakerRows(shown, withSharedActors(annotations, shared), { propertiesOf }),
  );
  const rows: SpeakerRow[] = [];
  for (const articleRows of read) for (const row of articleRows) rows.push(row);
  return { articles: read.length, rows, unreadable };
}

/** A sidecar read and its article checked, before any row is made. */
interface Annotated {
  readonly sidecarPath: string;
  readonly articlePath: string;
  readonly shown: string;
  /** The article's text; undefined when there is none, or when the reader was asked for none (`stats --by`). */
  readonly text: string | undefined;
  readonly annotations: Annotations;
  readonly shared: SharedActorsFile;
}

/**
 * {@link readSpeakers} with `jobs` threads (workers started from `entry`, see src/node/workerPool.ts):
 * the same result, the files read and parsed in parallel and gathered in input order.
 */
export async function readSpeakersInPool(
  sidecars: readonly string[], io: Pick<CommandIo, 'cwd'>, pool: { entry: string; jobs: number }, onArticle?: (index: number) => void,
): Promise<SpeakersRead> {
  const rows: SpeakerRow[] = [];
  const unreadable: CorpusProblem[] = [];
  let articles = 0;
  const noteShared = sharedProblemsOnce(io, unreadable);
  const workers = new WorkerPool(pool.entry, pool.jobs, { speakers: speakersTask(new SharedActorsFiles()) });
  // Batches, not single files: a file takes well under a millisecond, less than a message's round trip on a busy machine.
  const inputs: SpeakersInput[] = [];
  for (let start = 0; start < sidecars.length; start += BATCH) inputs.push({ sidecarPaths: sidecars.slice(start, start + BATCH), cwd: io.cwd });
  await workers
    .map('speakers', inputs, (results: (SpeakerRow[] | CorpusProblem)[], batch) => {
      results.forEach((result, i) => {
        const index = batch * BATCH + i;
        onArticle?.(index);
        noteShared(sidecars[index]!);
        if ('message' in result) return void unreadable.push(result);
        articles++;
        for (const row of result) rows.push(row);
      });
    })
    .finally(() => workers.close());
  return { articles, rows, unreadable };
}

const BATCH = 50;

export interface SpeakersInput {
  readonly sidecarPaths: readonly string[];
  readonly cwd: string;
}

/** The per-file work of {@link readSpeakersInPool} (a worker's task): each sidecar's speaker rows, or why it is skipped. */
export function speakersTask(sharedFiles: SharedActorsFiles): (input: SpeakersInput) => (SpeakerRow[] | CorpusProblem)[] {
  return ({ sidecarPaths, cwd }) =>
    sidecarPaths.map((sidecarPath) => {
      const annotated = readOne(sidecarPath, { cwd }, readingCodec, sharedFiles.for(sidecarPath), false);
      if ('message' in annotated) return annotated;
      const { shared, propertiesOf } = annotated.shared;
      return speakerRows(annotated.shown, withSharedActors(annotated.annotations, shared), { propertiesOf });
    });
}

/** Notes, the first time a sidecar under it is read, that a shared actors file cannot be read. */
function sharedProblemsOnce(io: Pick<CommandIo, 'cwd'>, unreadable: CorpusProblem[]): (sidecarPath: string) => SharedActorsFile {
  const sharedFiles = new SharedActorsFiles();
  const reported = new Set<string>();
  return (sidecarPath) => {
    const sharedFile = sharedFiles.for(sidecarPath);
    if (sharedFile.problem && sharedFile.path && !reported.has(sharedFile.path)) {
      reported.add(sharedFile.path);
      unreadable.push({ path: shownPath(io, sharedFile.path), message: `${sharedFile.problem} (its shared actors are left out)` });
    }
    return sharedFile;
  };
}

function readEach<T>(
  sidecars: readonly string[], io: Pick<CommandIo, 'cwd'>, codec: SidecarCodec, onArticle: ((index: number) => void) | undefined, withText: boolean,
  rowsOf: (annotated: Annotated) => T,
): { read: T[]; unreadable: CorpusProblem[] } {
  const read: T[] = [];
  const unreadable: CorpusProblem[] = [];
  const noteShared = sharedProblemsOnce(io, unreadable);
  sidecars.forEach((sidecarPath, index) => {
    onArticle?.(index);
    const annotated = readOne(sidecarPath, io, codec, noteShared(sidecarPath), withText);
    if ('message' in annotated) unreadable.push(annotated);
    else read.push(rowsOf(annotated));
  });
  return { read, unreadable };
}

/** `withText`: the caller needs the article's text; without, it is only checked (and left undefined). */
function readOne(sidecarPath: string, io: Pick<CommandIo, 'cwd'>, codec: SidecarCodec, shared: SharedActorsFile, withText: boolean): Annotated | CorpusProblem {
  const articlePath = articlePathFor(sidecarPath)!;
  let source: string;
  try {
    source = readFileSync(sidecarPath, 'utf8');
  } catch (error) {
    return { path: shownPath(io, sidecarPath), message: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = codec.parse(source);
  if (!isReadable(parsed)) {
    const first = parsed.problems.find(blocksWriting);
    return { path: shownPath(io, sidecarPath), message: first ? `${first.line}:${first.column}: ${first.message}` : 'unreadable' };
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = readFileSync(articlePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { path: shownPath(io, articlePath), message: `cannot read: ${(error as Error).message}` };
  }
  let text: string | undefined;
  if (bytes !== undefined && (withText || !plainlyText(bytes))) {
    // What check refuses (not UTF-8, binary, too large), the exports refuse too.
    const decoded = decodeArticle(bytes);
    const refused = decoded.problems.find((problem) => problem.severity === 'error');
    if (refused) return { path: shownPath(io, articlePath), message: `${refused.line}:${refused.column}: ${refused.message}` };
    text = normalizeText(decoded.text);
  }
  return { sidecarPath, articlePath, shown: shownPath(io, articlePath), text, annotations: parsed.annotations, shared };
}

/**
 * Bytes that `decodeArticle` accepts, told without decoding them: UTF-8, no NUL, and no more
 * bytes than the characters it allows (a text has at most as many UTF-16 units as UTF-8 bytes).
 */
function plainlyText(bytes: Uint8Array): boolean {
  return bytes.length <= MAX_TEXT_LENGTH && !bytes.includes(0) && isUtf8(bytes);
}
