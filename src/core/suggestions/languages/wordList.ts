/**
 * Word lists are data: one entry per line in a template string, so that a list reads and diffs
 * like a file of words, and a fix for one language stays in that language's folder.
 */

/** The entries of `lines`, one per line, blank lines ignored. */
export function wordList(lines: string): readonly string[] {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
