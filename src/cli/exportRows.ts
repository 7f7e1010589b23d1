/**
 * Reading the annotated articles under the command line's PATHs into corpus rows (one per
 * quotation and per mention), for `export --format csv|jsonl|w3c|conll` and `stats --by`.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { normalizeText } from '../core/anchoring';
import { buildArticleView } from '../core/article/view';
import { withSharedActors } from '../core/actors';
import { articleRows, type ArticleRows } from '../core/corpus/rows';
import { articlePathFor } from '../core/model';
import { blocksWriting, decodeArticle } from '../core/sidecar';
import type { CommandIo } from './io';
import { SharedActorsFiles, type SharedActorsFile } from './sharedActorsFile';
import { isReadable, sidecarCodec, type SidecarCodec } from './sidecarAdapter';

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
export function readCorpus(sidecars: readonly string[], io: Pick<CommandIo, 'cwd'>, codec: SidecarCodec = sidecarCodec, onArticle?: (index: number) => void): CorpusRead {
  const articles: CorpusArticle[] = [];
  const unreadable: CorpusProblem[] = [];
  const sharedFiles = new SharedActorsFiles();
  const reported = new Set<string>();
  sidecars.forEach((sidecarPath, index) => {
    onArticle?.(index);
    const sharedFile = sharedFiles.for(sidecarPath);
    if (sharedFile.problem && sharedFile.path && !reported.has(sharedFile.path)) {
      reported.add(sharedFile.path);
      unreadable.push({ path: shownPath(io, sharedFile.path), message: `${sharedFile.problem} (its shared actors are left out)` });
    }
    const read = readOne(sidecarPath, io, codec, sharedFile);
    if ('message' in read) unreadable.push(read);
    else articles.push(read);
  });
  return { articles, unreadable };
}

function readOne(sidecarPath: string, io: Pick<CommandIo, 'cwd'>, codec: SidecarCodec, { shared, propertiesOf }: SharedActorsFile): CorpusArticle | CorpusProblem {
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
  if (bytes !== undefined) {
    // What check refuses (not UTF-8, binary, too large), the exports refuse too.
    const decoded = decodeArticle(bytes);
    const refused = decoded.problems.find((problem) => problem.severity === 'error');
    if (refused) return { path: shownPath(io, articlePath), message: `${refused.line}:${refused.column}: ${refused.message}` };
    text = normalizeText(decoded.text);
  }
  const shown = shownPath(io, articlePath);
  // Every article sees the shared actors (their names are mentions, their properties the rows').
  const view = buildArticleView(text ?? '', withSharedActors(parsed.annotations, shared));
  const rows = articleRows(shown, view, { propertiesOf });
  return { sidecarPath, articlePath, shown, text, rows: text === undefined ? { quotations: rows.quotations, mentions: [] } : rows };
}
