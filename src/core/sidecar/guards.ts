/**
 * Guards for inputs that are not texts Marginalia should read at all: huge files and binary
 * files. Run before parsing so the user learns why, precisely, instead of seeing garbage.
 */
import { formatMessage, message } from '../messages';
import { LineIndex, problemAt, type SidecarProblem } from './problems';

/** Largest text (article or sidecar) Marginalia reads, in UTF-16 code units (16 Mi). */
export const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

/**
 * Reports a text that is too large or that looks binary (contains a NUL character, which no
 * article or YAML file has). Empty result: the text may be read. The CLI (`marginalia check`),
 * the sidecar reader and the editor all ask this one function. `maxLength` is there for tests
 * of the editor, which cannot afford to open a file of the real limit in every run.
 */
export function checkArticleText(text: string, maxLength: number = MAX_TEXT_LENGTH): SidecarProblem[] {
  if (text.length > maxLength) {
    const localizable = message('file is too large ({0} Mi characters); Marginalia reads texts up to {1} Mi characters',
      mebi(text.length), String(Number((maxLength / MEBI).toFixed(2))));
    return [{ line: 1, column: 1, severity: 'error', code: 'too-large', message: formatMessage(localizable), localizable }];
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const lines = new LineIndex(text);
    return [problemAt(lines, nul, nul + 1, 'error', 'binary',
      message('file looks binary (it contains a NUL character here); Marginalia reads only text files'))];
  }
  return [];
}

const MEBI = 1024 * 1024;

/** A length in Mi characters, with one decimal (50.0, 0.5). */
export function mebi(length: number): string {
  return (length / MEBI).toFixed(1);
}

const CONFLICT_MARKER = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?$/;

/**
 * Finds git conflict markers (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>`): the file is in the
 * middle of a merge and must be resolved by hand (or by `marginalia merge-driver`) first.
 */
export function findConflictMarkers(source: string): SidecarProblem[] {
  const problems: SidecarProblem[] = [];
  let lines: LineIndex | undefined;
  // Lines split on LF only (a regex `^` with the m flag would also match after U+2028).
  let start = 0;
  for (const line of source.split('\n')) {
    const match = line.charCodeAt(0) <= 0x7c && line.length >= 7 ? CONFLICT_MARKER.exec(line) : null;
    if (match) {
      lines ??= new LineIndex(source);
      problems.push(problemAt(lines, start, start + line.length, 'error', 'merge-conflict',
        message("git conflict marker '{0}': this sidecar is in a merge conflict; resolve it (keep the entries of both sides) before Marginalia can read it", match[1]!)));
    }
    start += line.length + 1;
  }
  return problems;
}
