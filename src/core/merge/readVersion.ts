/** Reading one version of a sidecar for a merge, recovering it from conflict markers if need be. */
import { splitConflictMarkers } from './conflictMarkers';
import { mergeAnnotations } from './mergeAnnotations';
import { EMPTY_ANNOTATIONS, type Annotations } from '../model';
import { blocksWriting } from '../sidecar';
import { isReadable, type ParsedSidecarLike, type SidecarCodec } from './sidecarCodec';

export interface SidecarVersion {
  readonly source: string;
  /** The annotations; undefined when the version cannot be read at all. */
  readonly annotations?: Annotations;
  /** Its bytes are a valid sidecar (not recovered, not unreadable). */
  readonly intact: boolean;
  /** Its two versions were recovered from conflict markers and merged entry by entry. */
  readonly recovered: boolean;
  /** Why it could not be read as is: `line:column: message`. */
  readonly problem?: string;
}

/**
 * Reads a version. One that git left with conflict markers (a merge made before the driver was
 * set up) is split into its versions, which are merged entry by entry: with their base when
 * the markers hold one (diff3 style), else as a union, so that nothing either held is lost.
 */
export function readVersion(source: string, codec: SidecarCodec): SidecarVersion {
  const parsed = codec.parse(source);
  if (isReadable(parsed)) return { source, annotations: parsed.annotations, intact: true, recovered: false };
  const problem = firstError(parsed);
  const parts = splitConflictMarkers(source);
  if (parts === undefined) return { source, intact: false, recovered: false, problem };
  const [ours, theirs] = [codec.parse(parts.ours), codec.parse(parts.theirs)];
  const base = parts.base === undefined ? undefined : codec.parse(parts.base);
  if (!isReadable(ours) || !isReadable(theirs) || (base !== undefined && !isReadable(base))) {
    return { source, intact: false, recovered: false, problem };
  }
  const { merged } = mergeAnnotations(base?.annotations ?? EMPTY_ANNOTATIONS, ours.annotations, theirs.annotations);
  return { source, annotations: merged, intact: false, recovered: true, problem };
}

function firstError(parsed: ParsedSidecarLike): string {
  const first = parsed.problems.find(blocksWriting);
  return first ? `${first.line}:${first.column}: ${first.message}` : 'unreadable';
}
