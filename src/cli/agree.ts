/** `marginalia agree REV_A REV_B [PATH...]` or `--dirs A B`: how far two annotators agree. */
import { resolve as resolvePath } from 'node:path';
import { agreementOf, compareArticle, type Agreement, type ArticleComparison } from '../core/agreement';
import { blocksWriting } from '../core/sidecar';
import { agreementCsv, agreementTable } from './agreeFormat';
import { readFolders, readRevisions, SourceError, type AgreementSources, type ArticlePair } from './agreeSources';
import { asksForHelp, parseCommandArgs } from './arguments';
import { processIo, type CommandIo } from './io';
import { isReadable, sidecarCodec } from './sidecarAdapter';

export const AGREE_USAGE = `Usage: marginalia agree REV_A REV_B [PATH...] [--json|--csv]
       marginalia agree --dirs A B [--json|--csv]

How far two annotators agree on the articles both annotated: two git revisions of this
repository (two annotators' branches; PATHs limit the comparison to these files or folders,
by default the current folder), or two folders holding the same articles. Per actor type, all
types together and quotations: span precision, recall and F1 of A against B (exact and
overlapping spans), Cohen's kappa over characters and Krippendorff's unitizing alpha; speaker
agreement on the quotations both marked. Per article and over the corpus. When an article's text differs between the two sides, B's
annotations are re-anchored in A's text, and the report says for how many articles.

Options:
  --dirs    compare two folders instead of two revisions
  --json    print every figure as JSON (per article and over the corpus)
  --csv     print a row per article and type (the corpus as article "*")
  --help    show this help

Exit: 0 compared (sidecars that cannot be read are listed on stderr), 2 bad usage, an unknown
revision or a missing folder.`;

export interface ArticleAgreement {
  readonly path: string;
  /** B's text differed from A's and B's annotations were re-anchored in A's. */
  readonly reanchored: boolean;
  /** Stored spans of A, and of B, not found in the text compared on. */
  readonly orphansA: number;
  readonly orphansB: number;
  readonly agreement: Agreement;
}

export interface AgreementReport {
  readonly a: string;
  readonly b: string;
  readonly articles: readonly ArticleAgreement[];
  readonly corpus: Agreement;
  /** How many compared articles had B re-anchored. */
  readonly reanchored: number;
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  /** Articles whose text neither side has. */
  readonly missingText: readonly string[];
  readonly unreadable: readonly { readonly path: string; readonly side: 'A' | 'B'; readonly message: string }[];
}

export async function runAgree(args: readonly string[], io: CommandIo = processIo): Promise<number> {
  if (asksForHelp(args)) {
    io.stdout(AGREE_USAGE + '\n');
    return 0;
  }
  const usage = (problem: string): number => {
    io.stderr(`marginalia agree: ${problem}\n${AGREE_USAGE}\n`);
    return 2;
  };
  const parsed = parseCommandArgs(args, { dirs: 'boolean', json: 'boolean', csv: 'boolean' });
  if (typeof parsed === 'string') return usage(parsed);
  const { dirs, json, csv } = parsed.values;
  const positionals = parsed.positionals;
  if (json && csv) return usage('--json and --csv cannot be given together');
  if (dirs ? positionals.length !== 2 : positionals.length < 2) return usage(dirs ? '--dirs takes two folders' : 'two revisions are needed');
  const [a, b] = positionals as [string, string];
  let sources: AgreementSources;
  try {
    sources = dirs
      ? readFolders(resolvePath(io.cwd, a), resolvePath(io.cwd, b))
      : readRevisions(io.cwd, a, b, positionals.slice(2));
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    io.stderr(`marginalia agree: ${error.message}\n`);
    return 2;
  }
  const report = agreementReport(a, b, sources);
  for (const { path, side, message } of report.unreadable) io.stderr(`${path} (${side}): error: ${message}\n`);
  for (const path of report.missingText) io.stderr(`${path}: warning: neither side has the article; not compared\n`);
  io.stdout(json ? JSON.stringify(report, null, 2) + '\n' : csv ? agreementCsv(report) : agreementTable(report));
  return 0;
}

/** Compares every pair of sidecars both sides have. */
export function agreementReport(a: string, b: string, sources: AgreementSources): AgreementReport {
  const articles: ArticleAgreement[] = [];
  const comparisons: ArticleComparison[] = [];
  const unreadable: { path: string; side: 'A' | 'B'; message: string }[] = [];
  const missingText: string[] = [];
  for (const pair of sources.pairs) {
    const annotationsA = readSidecar(pair, 'A', unreadable);
    const annotationsB = readSidecar(pair, 'B', unreadable);
    if (!annotationsA || !annotationsB) continue;
    const textA = pair.textA ?? pair.textB;
    if (textA === undefined) {
      missingText.push(pair.path);
      continue;
    }
    const comparison = compareArticle({ textA, textB: pair.textB ?? textA, annotationsA, annotationsB });
    comparisons.push(comparison);
    articles.push({
      path: pair.path,
      reanchored: comparison.reanchored,
      orphansA: comparison.a.orphans,
      orphansB: comparison.b.orphans,
      agreement: agreementOf([comparison]),
    });
  }
  return {
    a,
    b,
    articles,
    corpus: agreementOf(comparisons),
    reanchored: articles.filter((article) => article.reanchored).length,
    onlyInA: sources.onlyInA,
    onlyInB: sources.onlyInB,
    missingText,
    unreadable,
  };
}

function readSidecar(pair: ArticlePair, side: 'A' | 'B', unreadable: { path: string; side: 'A' | 'B'; message: string }[]) {
  const parsed = sidecarCodec.parse(side === 'A' ? pair.sidecarA : pair.sidecarB);
  if (isReadable(parsed)) return parsed.annotations;
  const first = parsed.problems.find(blocksWriting);
  unreadable.push({ path: pair.path, side, message: first ? `${first.line}:${first.column}: ${first.message}` : 'unreadable' });
  return undefined;
}
