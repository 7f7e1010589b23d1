/**
 * Taking apart a file git left with conflict markers (a sidecar merged without the driver),
 * so that its two versions can be merged entry by entry after all.
 */

/** The versions a file with conflict markers holds; `base` only with `merge.conflictStyle=diff3`/`zdiff3`. */
export interface ConflictVersions {
  readonly ours: string;
  readonly theirs: string;
  readonly base?: string;
}

const MARKER = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?$/;

/**
 * Splits `source` at git's conflict markers: lines outside conflicts go to every version, a
 * conflict's parts to their own. Undefined when the file has no markers, or markers that do
 * not form complete conflicts (nested or cut off), which are better not guessed at.
 */
export function splitConflictMarkers(source: string): ConflictVersions | undefined {
  const ours: string[] = [];
  const theirs: string[] = [];
  const base: string[] = [];
  let state: 'common' | 'ours' | 'base' | 'theirs' = 'common';
  let conflicts = 0;
  let withBase = 0;
  for (const line of source.split(/(?<=\n)/)) {
    const marker = MARKER.exec(line.replace(/\r?\n$/, ''))?.[1][0];
    if (marker === '<' && state === 'common') {
      state = 'ours';
      conflicts++;
    } else if (marker === '|' && state === 'ours') {
      state = 'base';
      withBase++;
    } else if (marker === '=' && (state === 'ours' || state === 'base')) {
      state = 'theirs';
    } else if (marker === '>' && state === 'theirs') {
      state = 'common';
    } else if (marker !== undefined) {
      return undefined;
    } else if (state === 'common') {
      ours.push(line);
      theirs.push(line);
      base.push(line);
    } else {
      ({ ours, base, theirs })[state].push(line);
    }
  }
  if (state !== 'common' || conflicts === 0) return undefined;
  const versions = { ours: ours.join(''), theirs: theirs.join('') };
  return withBase === conflicts ? { ...versions, base: base.join('') } : versions;
}
