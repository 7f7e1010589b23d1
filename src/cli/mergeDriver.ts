/**
 * `marginalia merge-driver %O %A %B %P`: git's merge driver for sidecars. Merges the three
 * versions entry by entry and writes a valid sidecar to %A (atomically); exit 0 merged cleanly,
 * exit 1 conflicts recorded in the file, so git reports them. When a version cannot be read,
 * %A is left byte for byte as it was (ours) and the driver exits 1: nothing is ever dropped.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve as resolvePath } from 'node:path';
import { mergeSharedActors, SHARED_ACTORS_FILE } from '../core/actors';
import { mergeReportLines } from '../core/merge/mergeReport';
import { mergeSidecars, type MergeDependencies } from '../core/merge/mergeSidecars';
import { articlePathFor } from '../core/model';
import { createAnchor, resolveAnchors } from '../core/anchoring';
import { writeFileAtomic } from '../node/writeFileAtomic';
import { asksForHelp, parseCommandArgs } from './arguments';
import { findArticleText, type ArticleText } from './articleText';
import { processIo, type CommandIo } from './io';
import { sidecarCodec } from './sidecarAdapter';

export const MERGE_DRIVER_USAGE = `Usage: marginalia merge-driver [--article FILE] %O %A %B [%P]

Three-way merge of an annotation sidecar, for git. %O is the common ancestor's version, %A
ours (the merged result is written there), %B theirs, %P the sidecar's path in the repository.
Entries merge one by one (actors by id, stored spans by passage): both sides' additions are
kept, a deletion on one side is honoured, changes to different fields combine. When both sides
set the same field to different values, the file keeps ours and records the conflict in its
'conflicts:' section, and the driver exits 1 so git reports the conflict.

A version holding git conflict markers (a merge made without the driver) is split and its
two versions merged entry by entry (exit 1, for review). When a version cannot be read at all
(a syntax error, an unknown reference, a newer format, over the size limit, not UTF-8), %A is
left exactly as it was (ours), the driver names the version and the reason and exits 1: git
then reports a conflict, and nothing of any version is lost (each is in git: git show :N:%P).
The result is written whole (a temporary file renamed over %A): a crash leaves %A as it was.

The article beside %P is read from git (its merged version) to recognise passages whose anchors
one side refreshed after editing the text; --article FILE gives the merged article instead.

The workspace's shared actors (%P named marginalia.actors.yaml) merge the same way: actors by
id, property declarations by name, each property of an actor on its own. That file has no
'conflicts:' section: a field both sides set differently keeps ours, and the driver exits 1.

Install (once per repository):
  .gitattributes:  *.ann.yaml merge=marginalia
                   marginalia.actors.yaml merge=marginalia
  git config merge.marginalia.driver "marginalia merge-driver %O %A %B %P"

Exit: 0 merged, 1 conflicts recorded (or a version could not be read), 2 bad usage.`;

export interface MergeDriverDependencies extends MergeDependencies {
  /** The article of a merge of the sidecar of `articlePath` (see `findArticleText`). */
  readonly findArticle: (articlePath: string, cwd: string) => ArticleText | undefined;
}

const defaults: MergeDriverDependencies = {
  codec: sidecarCodec,
  resolve: resolveAnchors,
  createAnchor,
  findArticle: (articlePath, cwd) => findArticleText(articlePath, cwd),
};

/** Reads the three versions and the article, merges them (`mergeSidecars`), writes ours, reports. */
export async function runMergeDriver(
  args: readonly string[],
  io: CommandIo = processIo,
  deps: MergeDriverDependencies = defaults,
): Promise<number> {
  if (asksForHelp(args)) {
    io.stdout(MERGE_DRIVER_USAGE + '\n');
    return 0;
  }
  const parsedArgs = parseArguments(args);
  if (typeof parsedArgs === 'string') {
    io.stderr(`marginalia merge-driver: ${parsedArgs}\n${MERGE_DRIVER_USAGE}\n`);
    return 2;
  }
  const { basePath, oursPath, theirsPath, sidecarPath, articleFile } = parsedArgs;
  const name = sidecarPath ?? oursPath;
  const read = (path: string): Uint8Array => readFileSync(resolvePath(io.cwd, path));
  const versions = { base: read(basePath), ours: read(oursPath), theirs: read(theirsPath) };
  // The article is only looked for once every version reads: an unreadable one stops the merge.
  const article = (): ArticleText | undefined => articleFile !== undefined
    ? { text: readFileSync(resolvePath(io.cwd, articleFile), 'utf8'), merged: true }
    : articleFor(sidecarPath, io.cwd, deps);
  const shared = basename(name) === SHARED_ACTORS_FILE;
  const result = shared ? mergeSharedActors(versions) : mergeSidecars(versions, article, deps);
  for (const line of mergeReportLines(name, result, !shared)) io.stderr(line + '\n');
  // Ours is written only when every version was read and the merge reads back as merged.
  if (result.text !== undefined) writeFileAtomic(resolvePath(io.cwd, oursPath), result.text);
  return result.clean ? 0 : 1;
}

interface DriverArguments {
  readonly basePath: string;
  readonly oursPath: string;
  readonly theirsPath: string;
  readonly sidecarPath?: string;
  readonly articleFile?: string;
}

/** The arguments, or a message saying what is wrong with them. */
function parseArguments(args: readonly string[]): DriverArguments | string {
  const parsed = parseCommandArgs(args, { article: 'string' });
  if (typeof parsed === 'string') return parsed;
  const positional = parsed.positionals;
  const articleFile = parsed.values.article;
  if (positional.length < 3 || positional.length > 4) return `expected %O %A %B [%P], got ${positional.length} path(s)`;
  const [basePath, oursPath, theirsPath, sidecarPath] = positional;
  return { basePath, oursPath, theirsPath, sidecarPath, articleFile };
}

function articleFor(sidecarPath: string | undefined, cwd: string, deps: MergeDriverDependencies): ArticleText | undefined {
  const articlePath = sidecarPath === undefined ? undefined : articlePathFor(sidecarPath);
  return articlePath === undefined ? undefined : deps.findArticle(articlePath, cwd);
}
