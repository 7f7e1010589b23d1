/**
 * Where each section and entry of a sidecar lives in its source, in whole lines, so that the
 * writer can splice changed entries in place and leave every other byte alone.
 */
import type { SectionName } from './format';
import type { FileLayout } from './splice';

/** One entry (an actor, a quotation…) as lines of the source. */
export interface EntryLayout {
  /** Identity (see identity.ts). */
  readonly key: string;
  /** The model value read from these lines. */
  readonly item: unknown;
  /** Start of the entry's first line (its key or `-` line). */
  readonly start: number;
  /** Start of the comment lines directly above the entry (no blank line between); else `start`. */
  readonly leadStart: number;
  /** Offset just after the entry's last line (after its newline). */
  readonly end: number;
}

export interface SectionLayout<N extends string = SectionName> {
  readonly name: N;
  /** Start of the section key's line. */
  readonly start: number;
  /** Offset just after the section's last entry line (or its key line when it has none). */
  readonly end: number;
  /** Indentation of the section's entries (of the key, or of the `-`). */
  readonly indent: string;
  readonly entries: readonly EntryLayout[];
  /**
   * The section cannot be spliced entry by entry (flow style, entries sharing lines):
   * the writer re-renders it whole.
   */
  readonly rewrite: boolean;
}

export type SidecarLayout = FileLayout<SectionName>;

export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line holding `offset` (after its newline, or the end of the source). */
export function nextLineStart(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline + 1;
}

/** Whitespace in YAML's sense (not `\s`, which also covers no-break spaces that plain scalars may hold). */
const YAML_WHITESPACE = new Set([' ', '\t', '\n']);

/** Offset of the last non-whitespace character before `end` (not before `start`). */
export function lastContent(source: string, start: number, end: number): number {
  let i = end - 1;
  while (i > start && YAML_WHITESPACE.has(source[i])) i--;
  return i;
}

/** Offset just after the last line that holds content of `[start, end)`. */
export function contentEnd(source: string, start: number, end: number): number {
  return nextLineStart(source, lastContent(source, start, end));
}

/** Start of the run of comment lines directly above the line starting at `start`. */
export function attachedCommentsStart(source: string, start: number): number {
  let current = start;
  while (current > 0) {
    const previous = lineStart(source, current - 1);
    if (!/^[ \t]*#/.test(source.slice(previous, current))) break;
    current = previous;
  }
  return current;
}

/** The indentation before `offset` if only whitespace (and, for list items, `- `) precedes it on its line. */
export function lineIndentBefore(source: string, offset: number, listItem: boolean): string | undefined {
  const prefix = source.slice(lineStart(source, offset), offset);
  const match = (listItem ? /^([ \t]*)- +$/ : /^([ \t]*)$/).exec(prefix);
  return match ? match[1] : undefined;
}
