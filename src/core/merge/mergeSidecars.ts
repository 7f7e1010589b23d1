/**
 * The three-way merge of a sidecar, as a use-case: three versions' texts in, the text ours
 * should hold and what went wrong out. The git merge driver (CLI) and the editor's Quick Fix
 * for a conflicted sidecar both call it; they only do the reading and writing.
 *
 * Nothing is ever lost: when a version cannot be read, ours stays byte for byte as it was.
 */
import { createAnchor as createAnchorInText, normalizeText, resolveAnchors } from '../anchoring';
import { sameValue } from '../equality';
import type { Annotations, MergeConflict } from '../model';
import { collectAnchors } from './anchors';
import { mergeAnnotations } from './mergeAnnotations';
import { reanchorApproximate } from './reanchor';
import { readVersion, type SidecarVersion } from './readVersion';
import type { CreateAnchor, ResolveAnchors } from './resolution';
import { sidecarCodec, isReadable, type SidecarCodec } from './sidecarCodec';
import { spanIdentity } from './spanIdentity';

export const MERGE_SIDES = ['base', 'ours', 'theirs'] as const;
export type MergeSide = (typeof MERGE_SIDES)[number];

/** A version as text, or as bytes (bytes that are not UTF-8 make it unreadable, never U+FFFD). */
export type SidecarInput = string | Uint8Array;

/** The article the sidecar annotates, when known. */
export interface MergeArticle {
  readonly text: string;
  /**
   * True when `text` is the merged article: anchors may then be refreshed against it. False
   * when it is only a version of it (good enough to recognise passages, not to re-anchor).
   */
  readonly merged: boolean;
}

export type MergeProblem =
  /** The version cannot be read at all: nothing was merged. */
  | { readonly kind: 'unreadable'; readonly side: MergeSide; readonly reason: string }
  /** The version held conflict markers: its two versions were merged entry by entry. */
  | { readonly kind: 'recovered'; readonly side: MergeSide; readonly reason: string }
  /** The written merge does not read back as merged (a writer bug): nothing was merged. */
  | { readonly kind: 'not-read-back' };

export interface SidecarMergeResult {
  /** The text ours should hold; undefined when ours stays byte for byte as it was. */
  readonly text?: string;
  /** Both sides set the same field differently: recorded in the text's `conflicts:`. */
  readonly conflicts: readonly MergeConflict[];
  readonly problems: readonly MergeProblem[];
  /** Every entry merged and every version read as is (git's exit 0). */
  readonly clean: boolean;
}

export interface MergeDependencies {
  readonly codec: SidecarCodec;
  readonly resolve: ResolveAnchors;
  readonly createAnchor: CreateAnchor;
}

const DEFAULTS: MergeDependencies = { codec: sidecarCodec, resolve: resolveAnchors, createAnchor: createAnchorInText };

export function mergeSidecars(
  inputs: Readonly<Record<MergeSide, SidecarInput>>,
  /** The article, or a function giving it: only called once every version reads (it may be costly). */
  article?: MergeArticle | (() => MergeArticle | undefined),
  deps: MergeDependencies = DEFAULTS,
): SidecarMergeResult {
  const versions = Object.fromEntries(MERGE_SIDES.map((side) => [side, readInput(inputs[side], deps.codec)])) as Record<MergeSide, SidecarVersion>;
  // Merging without a version would drop what it holds (or, for the base, undo deletions):
  // ours stays as it is and the caller reports a conflict.
  const unreadable = MERGE_SIDES.filter((side) => versions[side].annotations === undefined);
  if (unreadable.length > 0) {
    const problems = unreadable.map((side): MergeProblem => ({ kind: 'unreadable', side, reason: versions[side].problem ?? 'unreadable' }));
    return { conflicts: [], problems, clean: false };
  }
  const recovered = MERGE_SIDES.filter((side) => versions[side].recovered)
    .map((side): MergeProblem => ({ kind: 'recovered', side, reason: versions[side].problem ?? 'unreadable' }));
  const [base, ours, theirs] = MERGE_SIDES.map((side) => versions[side].annotations!);

  const known = typeof article === 'function' ? article() : article;
  const articleText = known === undefined ? undefined : normalizeText(known.text);
  const identify = articleText === undefined
    ? undefined
    : spanIdentity(articleText, [base, ours, theirs].flatMap(collectAnchors), deps.resolve);
  const { merged, conflicts } = mergeAnnotations(base, ours, theirs, { identify });
  const result: Annotations = known?.merged && articleText !== undefined
    ? reanchorApproximate(merged, articleText, deps.resolve, deps.createAnchor)
    : merged;

  const output = chooseOutput(result, versions, deps.codec);
  const readBack = deps.codec.parse(output);
  if (!isReadable(readBack) || !sameAnnotations(readBack.annotations, result)) {
    return { conflicts: [], problems: [...recovered, { kind: 'not-read-back' }], clean: false };
  }
  return {
    ...(output !== versions.ours.source ? { text: output } : {}),
    conflicts,
    problems: recovered,
    clean: conflicts.length === 0 && recovered.length === 0,
  };
}

function readInput(input: SidecarInput, codec: SidecarCodec): SidecarVersion {
  if (typeof input === 'string') return readVersion(input, codec);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(input);
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
function chooseOutput(result: Annotations, versions: Record<MergeSide, SidecarVersion>, codec: SidecarCodec): string {
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
