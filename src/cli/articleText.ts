/**
 * The article a sidecar annotates, as the merge driver sees it. Git runs the driver before it
 * writes the merged article to the working tree, so the driver asks git for the article's
 * three versions and merges them itself (`git merge-file`, the same algorithm).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeText } from '../core/anchoring';

import type { MergeArticle } from '../core/merge/mergeSidecars';

/** The article text and whether it is the merged one (see `MergeArticle`). */
export type ArticleText = MergeArticle;

/**
 * Finds the article text for a merge of the sidecar of `articlePath` (relative to `cwd`, the
 * top of the working tree, where git runs drivers): the merged article when the merge's
 * commits can be found (`git merge` sets `GITHEAD_<sha>` for the driver), else the working
 * tree's version (during a cherry-pick or rebase git names no commit to the driver; the
 * working tree then holds "ours"), else undefined.
 */
export function findArticleText(articlePath: string, cwd: string, env: NodeJS.ProcessEnv = process.env): ArticleText | undefined {
  const merged = mergedArticleFromGit(articlePath, cwd, env);
  if (merged !== undefined) return { text: merged, merged: true };
  const working = readTextIfExists(join(cwd, articlePath));
  return working === undefined ? undefined : { text: working, merged: false };
}

function mergedArticleFromGit(articlePath: string, cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const commits = mergeCommits(cwd, env);
  if (commits === undefined) return undefined;
  const [base, ours, theirs] = [commits.base, 'HEAD', commits.theirs].map((rev) => gitText(cwd, ['cat-file', 'blob', `${rev}:${articlePath}`]));
  if (ours === undefined || theirs === undefined) return undefined;
  if (ours === theirs || base === theirs) return normalizeText(ours);
  if (base === ours) return normalizeText(theirs);
  if (base === undefined) return undefined;
  return stripBomOrUndefined(mergeFile(cwd, base, ours, theirs));
}

/** The commits being merged into HEAD: "theirs" and the base of the three-way merge. */
function mergeCommits(cwd: string, env: NodeJS.ProcessEnv): { theirs: string; base: string } | undefined {
  // An octopus merge names several heads; it never runs a driver on a conflicting file, but
  // then there is no single "theirs" either.
  const heads = Object.keys(env).filter((key) => /^GITHEAD_[0-9a-f]{40,64}$/.test(key));
  if (heads.length !== 1) return undefined;
  const theirs = heads[0].slice('GITHEAD_'.length);
  const base = gitText(cwd, ['merge-base', 'HEAD', theirs])?.trim();
  return base ? { theirs, base } : undefined;
}

/** Runs git and returns its output, or undefined when git fails (missing path, not a repo). */
function gitText(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    if (isChildProcessFailure(error)) return undefined;
    throw error;
  }
}

/** The clean three-way merge of the article, or undefined when it conflicts. */
function mergeFile(cwd: string, base: string, ours: string, theirs: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-article-'));
  try {
    const paths = { ours: join(dir, 'ours'), base: join(dir, 'base'), theirs: join(dir, 'theirs') };
    writeFileSync(paths.ours, ours);
    writeFileSync(paths.base, base);
    writeFileSync(paths.theirs, theirs);
    return gitText(cwd, ['merge-file', '-p', paths.ours, paths.base, paths.theirs]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the file at `path` (BOM stripped), or undefined when there is no such file. */
export function readTextIfExists(path: string): string | undefined {
  try {
    return normalizeText(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isChildProcessFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error;
}

function stripBomOrUndefined(text: string | undefined): string | undefined {
  return text === undefined ? undefined : normalizeText(text);
}
