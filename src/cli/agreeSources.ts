/**
 * Where `marginalia agree` reads the two annotators' work: two git revisions of the repository
 * (`git ls-tree` to list the sidecars, one `git cat-file --batch` for every file) or two
 * folders holding the same articles. Each gives, per article, both sidecars' text and both
 * article texts; the comparison itself is the core's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeText } from '../core/anchoring';
import { articlePathFor, SIDECAR_SUFFIX } from '../core/model';
import { readTextIfExists } from './articleText';
import { findSidecars } from './findSidecars';

/** One article as both sides have it (a text is undefined when that side lacks the article). */
export interface ArticlePair {
  /** The sidecar's path: relative to the repository's top (revisions) or to the folders (--dirs). */
  readonly path: string;
  readonly sidecarA: string;
  readonly sidecarB: string;
  readonly textA: string | undefined;
  readonly textB: string | undefined;
}

export interface AgreementSources {
  readonly pairs: readonly ArticlePair[];
  /** Sidecars only one side has: not compared (the other annotator has not done that article). */
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
}

/** A problem with what the user named (a revision, a folder): bad usage, exit 2. */
export class SourceError extends Error {}

/** The sidecars of revisions `revA` and `revB` under `paths` (relative to `cwd`, in a git working tree). */
export function readRevisions(cwd: string, revA: string, revB: string, paths: readonly string[]): AgreementSources {
  for (const rev of [revA, revB]) {
    if (rev.startsWith('-') || git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]) === undefined) {
      throw new SourceError(`'${rev}' is not a revision of a git repository here`);
    }
  }
  const listA = sidecarsAt(cwd, revA, paths);
  const listB = new Set(sidecarsAt(cwd, revB, paths));
  const both = listA.filter((path) => listB.has(path));
  const inA = new Set(listA);
  const requests: string[] = [];
  for (const path of both) {
    const article = articlePathFor(path)!;
    requests.push(`${revA}:${path}`, `${revB}:${path}`, `${revA}:${article}`, `${revB}:${article}`);
  }
  const blobs = catFiles(cwd, requests);
  const pairs = both.map((path, i) => {
    const [sidecarA, sidecarB, textA, textB] = blobs.slice(4 * i, 4 * i + 4);
    return { path, sidecarA: sidecarA ?? '', sidecarB: sidecarB ?? '', textA: textOrUndefined(textA), textB: textOrUndefined(textB) };
  });
  return { pairs, onlyInA: listA.filter((path) => !listB.has(path)), onlyInB: [...listB].filter((path) => !inA.has(path)) };
}

/** The sidecars of folders `dirA` and `dirB` (absolute), paired by their path inside each. */
export function readFolders(dirA: string, dirB: string): AgreementSources {
  for (const dir of [dirA, dirB]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new SourceError(`no such folder: ${dir}`);
  }
  const listA = findSidecars([dirA]).map((path) => relative(dirA, path));
  const listB = new Set(findSidecars([dirB]).map((path) => relative(dirB, path)));
  const inA = new Set(listA);
  const pairs = listA.filter((path) => listB.has(path)).map((path) => ({
    path,
    sidecarA: readFileSync(join(dirA, path), 'utf8'),
    sidecarB: readFileSync(join(dirB, path), 'utf8'),
    textA: readTextIfExists(join(dirA, articlePathFor(path)!)),
    textB: readTextIfExists(join(dirB, articlePathFor(path)!)),
  }));
  return { pairs, onlyInA: listA.filter((path) => !listB.has(path)), onlyInB: [...listB].filter((path) => !inA.has(path)).sort() };
}

function sidecarsAt(cwd: string, rev: string, paths: readonly string[]): string[] {
  const listing = git(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-name', rev, '--', ...paths]);
  if (listing === undefined) throw new SourceError(`cannot list the files of '${rev}'`);
  return listing.split('\0').filter((path) => path.endsWith(SIDECAR_SUFFIX)).sort();
}

/**
 * The contents of `requests` (`REV:path` each), in order, undefined for a missing object: one
 * `git cat-file --batch`, whose output is a header `<sha> <type> <size>` and that many bytes,
 * or `<request> missing`.
 */
function catFiles(cwd: string, requests: readonly string[]): (string | undefined)[] {
  if (requests.length === 0) return [];
  const output = execFileSync('git', ['cat-file', '--batch'], {
    cwd,
    input: requests.join('\n') + '\n',
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 4 * 1024 * 1024 * 1024,
  });
  const contents: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < requests.length; i++) {
    const headerEnd = output.indexOf(10, at);
    const header = output.toString('utf8', at, headerEnd);
    at = headerEnd + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      contents.push(undefined);
      continue;
    }
    const size = Number(match[2]);
    contents.push(match[1] === 'blob' ? output.toString('utf8', at, at + size) : undefined);
    at += size + 1;
  }
  return contents;
}

/** Runs git; its output, or undefined when it fails. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    if (typeof error === 'object' && error !== null && ('status' in error || 'code' in error)) return undefined;
    throw error;
  }
}

function textOrUndefined(text: string | undefined): string | undefined {
  return text === undefined ? undefined : normalizeText(text);
}

