/**
 * What the workspace index keeps of one annotated article: enough to answer workspace symbols,
 * references and rename across articles, and to tell whether the files changed since, without
 * the article's text or its view (views are built on demand from the text and `annotations`).
 */
import type { ArticleView } from '../article/view';
import { lineAt, lineStarts } from '../lineIndex';
import type { Annotations } from '../model';

/** A file's modification time (ms) and size (bytes), as the file system reports them. */
export interface FileStamp {
  readonly mtime: number;
  readonly size: number;
}

/** Mentions as flat line/character ranges: startLine, startCharacter, endLine, endCharacter, … */
export type FlatRanges = readonly number[];

export interface IndexEntry {
  /** The article's URI. */
  readonly key: string;
  readonly article: FileStamp;
  readonly sidecar: FileStamp;
  /** {@link contentHash} of the article's bytes and the sidecar's bytes. */
  readonly hash: string;
  /** When the files were read (ms since the epoch): a stamp this recent cannot be trusted alone. */
  readonly readAt: number;
  /** False when the sidecar has errors (Marginalia will not write it; `annotations` may miss entries). */
  readonly writable: boolean;
  readonly annotations: Annotations;
  /** Per actor id that the text mentions: its mentions in text order. Pairs, not an object: ids are user text. */
  readonly mentions: readonly (readonly [string, FlatRanges])[];
}

/** The mentions of a view, per actor, as line/character ranges (line breaks as VS Code counts them). */
export function mentionRanges(view: Pick<ArticleView, 'text' | 'mentions'>): [string, number[]][] {
  if (view.mentions.length === 0) return [];
  const starts = lineStarts(view.text);
  const byActor = new Map<string, number[]>();
  let line = 0;
  const position = (offset: number): [number, number] => {
    // Mentions come sorted by start: search forward from the last line first.
    if (!(starts[line]! <= offset && (line + 1 >= starts.length || offset < starts[line + 1]!))) line = lineAt(starts, offset);
    return [line, offset - starts[line]!];
  };
  for (const mention of view.mentions) {
    const [startLine, startCharacter] = position(mention.start);
    const endLine = lineAt(starts, mention.end);
    let ranges = byActor.get(mention.actorId);
    if (!ranges) byActor.set(mention.actorId, (ranges = []));
    ranges.push(startLine, startCharacter, endLine, mention.end - starts[endLine]!);
  }
  return [...byActor];
}

/** The entry of an article read now: its stamps, content hash, parsed sidecar and view. */
export function indexEntryOf(
  key: string,
  files: { readonly article: FileStamp; readonly sidecar: FileStamp; readonly hash: string; readonly readAt: number },
  view: Pick<ArticleView, 'text' | 'mentions' | 'annotations'>,
  writable: boolean,
): IndexEntry {
  return { key, ...files, writable, annotations: view.annotations, mentions: mentionRanges(view) };
}
