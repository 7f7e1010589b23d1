/**
 * `marginalia merge-driver %O %A %B %P`: git's merge driver for sidecars. Merges the three
 * versions entry by entry and always writes a valid sidecar to %A; exit 0 merged cleanly,
 * exit 1 conflicts recorded in the file (or a side could not be read), so git reports them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { collectAnchors } from '../core/merge/anchors';
import { sameValue } from '../core/equality';
import { mergeAnnotations } from '../core/merge/mergeAnnotations';
import { reanchorApproximate } from '../core/merge/reanchor';
import type { CreateAnchor, ResolveAnchors } from '../core/merge/resolution';
import { spanIdentity } from '../core/merge/spanIdentity';
import { articlePathFor, EMPTY_ANNOTATIONS, type Annotations } from '../core/model';
import { describeConflict } from '../core/sidecar';
import { createAnchor, normalizeText, resolveAnchors } from '../core/anchoring';
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
two versions merged entry by entry; a version that cannot be read is left out; both exit 1.

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
  if (args.includes('--help') || args.includes('-h')) {
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
  const read = (path: string): SidecarVersion => readVersion(readFileSync(resolvePath(io.cwd, path), 'utf8'), deps.codec);
  const versions: Record<Side, SidecarVersion> = { base: read(basePath), ours: read(oursPath), theirs: read(theirsPath) };
  const damaged = SIDES.filter((side) => !versions[side].intact);
  for (const side of damaged) io.stderr(damagedMessage(name, side, versions[side]));

  // A version that cannot be read contributes no changes: base stands in for it (and an
  // unreadable base leaves no common ancestor, so both sides' entries are united).
  const base = versions.base.annotations ?? EMPTY_ANNOTATIONS;
  const ours = versions.ours.annotations ?? base;
  const theirs = versions.theirs.annotations ?? base;

  const article = articleFile !== undefined
    ? { text: normalizeText(readFileSync(resolvePath(io.cwd, articleFile), 'utf8')), merged: true }
    : articleFor(sidecarPath, io.cwd, deps);
  const identify = article === undefined
    ? undefined
    : spanIdentity(article.text, [base, ours, theirs].flatMap(collectAnchors), deps.resolve);
  const { merged, conflicts } = mergeAnnotations(base, ours, theirs, { identify });
  const result: Annotations = article?.merged ? reanchorApproximate(merged, article.text, deps.resolve, deps.createAnchor) : merged;

  const output = chooseOutput(result, versions, deps.codec);
  if (output !== versions.ours.source) writeFileSync(resolvePath(io.cwd, oursPath), output);
  if (!isReadable(deps.codec.parse(output))) {
    io.stderr(`${name}: error: the merged sidecar does not read back; please report this bug\n`);
    return 1;
  }
  for (const conflict of conflicts) io.stderr(`${name}: conflict: ${describeConflict(conflict)}\n`);
  if (conflicts.length > 0) {
    io.stderr(`${name}: ${conflicts.length} conflict(s) recorded in the sidecar's 'conflicts:' section; pick a side in the editor or edit the file\n`);
  }
  return conflicts.length > 0 || damaged.length > 0 ? 1 : 0;
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
  const positional: string[] = [];
  let articleFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--article') {
      articleFile = args[++i];
      if (articleFile === undefined) return '--article needs a FILE';
    } else if (args[i].startsWith('--')) {
      return `unknown option '${args[i]}'`;
    } else {
      positional.push(args[i]);
    }
  }
  if (positional.length < 3 || positional.length > 4) return `expected %O %A %B [%P], got ${positional.length} path(s)`;
  const [basePath, oursPath, theirsPath, sidecarPath] = positional;
  return { basePath, oursPath, theirsPath, sidecarPath, articleFile };
}

function articleFor(sidecarPath: string | undefined, cwd: string, deps: MergeDriverDependencies): ArticleText | undefined {
  const articlePath = sidecarPath === undefined ? undefined : articlePathFor(sidecarPath);
  return articlePath === undefined ? undefined : deps.findArticle(articlePath, cwd);
}

const STAGES: Record<Side, string> = { base: '1', ours: '2', theirs: '3' };

function damagedMessage(name: string, side: Side, version: SidecarVersion): string {
  const where = `the ${side} version cannot be read (${version.problem ?? 'unreadable'})`;
  const what = version.recovered
    ? 'it holds conflict markers: its two versions were merged entry by entry; review the result'
    : 'the merge leaves its changes out';
  return `${name}: error: ${where}; ${what}. It is still in git: git show :${STAGES[side]}:${name}\n`;
}
