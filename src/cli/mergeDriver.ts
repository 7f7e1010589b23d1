/**
 * `marginalia merge-driver %O %A %B %P`: git's merge driver for sidecars. Merges the three
 * versions entry by entry and writes a valid sidecar to %A (atomically); exit 0 merged cleanly,
 * exit 1 conflicts recorded in the file, so git reports them. When a version cannot be read,
 * %A is left byte for byte as it was (ours) and the driver exits 1: nothing is ever dropped.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { collectAnchors } from '../core/merge/anchors';
import { sameValue } from '../core/equality';
import { mergeAnnotations } from '../core/merge/mergeAnnotations';
import { reanchorApproximate } from '../core/merge/reanchor';
import type { CreateAnchor, ResolveAnchors } from '../core/merge/resolution';
import { spanIdentity } from '../core/merge/spanIdentity';
import { articlePathFor, type Annotations } from '../core/model';
import { describeConflict } from '../core/sidecar';
import { createAnchor, normalizeText, resolveAnchors } from '../core/anchoring';
import { writeFileAtomic } from '../node/writeFileAtomic';
import { asksForHelp, parseCommandArgs } from './arguments';
import { findArticleText, type ArticleText } from './articleText';
import { processIo, type CommandIo } from './io';
import { readVersion, type SidecarVersion } from './readVersion';
import { isReadable, sidecarCodec, type SidecarCodec } from './sidecarAdapter';

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

Install (once per repository):
  .gitattributes:  *.ann.yaml merge=marginalia
  git config merge.marginalia.driver "marginalia merge-driver %O %A %B %P"

Exit: 0 merged, 1 conflicts recorded (or a version could not be read), 2 bad usage.`;

export interface MergeDriverDependencies {
  readonly codec: SidecarCodec;
  readonly resolve: ResolveAnchors;
  readonly createAnchor: CreateAnchor;
  /** The article of a merge of the sidecar of `articlePath` (see `findArticleText`). */
  readonly findArticle: (articlePath: string, cwd: string) => ArticleText | undefined;
}

const defaults: MergeDriverDependencies = {
  codec: sidecarCodec,
  resolve: resolveAnchors,
  createAnchor,
  findArticle: (articlePath, cwd) => findArticleText(articlePath, cwd),
};

const SIDES = ['base', 'ours', 'theirs'] as const;
type Side = (typeof SIDES)[number];

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
  const read = (path: string): SidecarVersion => readUtf8Version(readFileSync(resolvePath(io.cwd, path)), deps.codec);
  const versions: Record<Side, SidecarVersion> = { base: read(basePath), ours: read(oursPath), theirs: read(theirsPath) };
  // Merging without a version would drop what it holds (or, for the base, undo deletions):
  // ours stays as it is and git reports a conflict, with every version still in its index.
  const unreadable = SIDES.filter((side) => versions[side].annotations === undefined);
  if (unreadable.length > 0) {
    for (const side of unreadable) io.stderr(unreadableMessage(name, side, versions[side]));
    io.stderr(`${name}: not merged: the file is ours as it was; merge by hand, then git add it\n`);
    return 1;
  }
  const recovered = SIDES.filter((side) => versions[side].recovered);
  for (const side of recovered) io.stderr(recoveredMessage(name, side, versions[side]));
  const [base, ours, theirs] = SIDES.map((side) => versions[side].annotations!);

  const article = articleFile !== undefined
    ? { text: normalizeText(readFileSync(resolvePath(io.cwd, articleFile), 'utf8')), merged: true }
    : articleFor(sidecarPath, io.cwd, deps);
  const identify = article === undefined
    ? undefined
    : spanIdentity(article.text, [base, ours, theirs].flatMap(collectAnchors), deps.resolve);
  const { merged, conflicts } = mergeAnnotations(base, ours, theirs, { identify });
  const result: Annotations = article?.merged ? reanchorApproximate(merged, article.text, deps.resolve, deps.createAnchor) : merged;

  const output = chooseOutput(result, versions, deps.codec);
  const readBack = deps.codec.parse(output);
  if (!isReadable(readBack) || !sameAnnotations(readBack.annotations, result)) {
    io.stderr(`${name}: error: the merged sidecar does not read back as merged; ours is kept as it was, unmerged (please report this bug)\n`);
    return 1;
  }
  if (output !== versions.ours.source) writeFileAtomic(resolvePath(io.cwd, oursPath), output);
  for (const conflict of conflicts) io.stderr(`${name}: conflict: ${describeConflict(conflict)}\n`);
  if (conflicts.length > 0) {
    io.stderr(`${name}: ${conflicts.length} conflict(s) recorded in the sidecar's 'conflicts:' section; pick a side in the editor or edit the file\n`);
  }
  return conflicts.length > 0 || recovered.length > 0 ? 1 : 0;
}

/** A version read from its bytes: bytes that are not UTF-8 make it unreadable, not U+FFFD. */
function readUtf8Version(bytes: Uint8Array, codec: SidecarCodec): SidecarVersion {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { source: '', intact: false, recovered: false, problem: 'not valid UTF-8' };
  }
  return readVersion(source, codec);
}

/**
 * The text of the merged sidecar. When the merge equals one side, that side's bytes are kept
 * (its comments and layout, and no diff against it); otherwise the writer writes the merge,
 * keeping what it can of ours' layout.
 */
function chooseOutput(result: Annotations, versions: Record<Side, SidecarVersion>, codec: SidecarCodec): string {
  for (const side of ['ours', 'theirs'] as const) {
    const version = versions[side];
    if (version.intact && version.annotations !== undefined && sameAnnotations(result, version.annotations)) return version.source;
  }
  return codec.write(result, versions.ours.intact ? versions.ours.source : undefined);
}

/**
 * Equal as files: actors and topics in any order (the merge lists ours then theirs' additions,
 * a file keeps them where they are, sorted by id), lists in their order.
 */
function sameAnnotations(a: Annotations, b: Annotations): boolean {
  const byId = <T extends { readonly id: string }>(entries: readonly T[]): T[] =>
    [...entries].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return sameValue({ ...a, actors: byId(a.actors), topics: byId(a.topics) }, { ...b, actors: byId(b.actors), topics: byId(b.topics) });
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

const STAGES: Record<Side, string> = { base: '1', ours: '2', theirs: '3' };

function unreadableMessage(name: string, side: Side, version: SidecarVersion): string {
  return `${name}: error: the ${side} version cannot be read (${version.problem ?? 'unreadable'}). It is in git: git show :${STAGES[side]}:${name}\n`;
}

function recoveredMessage(name: string, side: Side, version: SidecarVersion): string {
  return `${name}: error: the ${side} version cannot be read (${version.problem ?? 'unreadable'}); ` +
    `it holds conflict markers: its two versions were merged entry by entry; review the result. It is still in git: git show :${STAGES[side]}:${name}\n`;
}
