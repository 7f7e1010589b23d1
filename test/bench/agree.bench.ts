/**
 * `marginalia agree` over two branches of the ~950 French dev articles (WiNER-fr), built in a
 * temp git repository: branch `brat` holds each article's brat annotations imported
 * (importBrat), branch `suggested` the suggestions of each article accepted on an empty
 * sidecar (the editor's "accept all"), with every tenth article's text edited on that branch
 * (a sentence put in front) so that its annotations are re-anchored on `brat`'s text.
 * Timed: the whole command in process (git ls-tree and one git cat-file for every file, parse
 * both sidecars, place both sides in A's text, every measure, JSON out). Target ≤ 5 s of CPU:
 * this process's, plus git's (child processes, whose CPU time this process does not see: the
 * same git commands are run apart under the shell's `times` to add it). The wall clock is kept
 * beside it; on a shared machine it mostly measures the other jobs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runAgree, type AgreementReport } from '../../src/cli/agree';
import { readTowns } from '../../src/cli/towns';
import { buildArticleView } from '../../src/core/article/view';
import { importBrat } from '../../src/core/formats/bratImport';
import { parseStandoff } from '../../src/core/formats/standoff';
import { EMPTY_ANNOTATIONS, type Annotations } from '../../src/core/model';
import { writeSidecar } from '../../src/core/sidecar';
import { acceptSuggestions, pendingSuggestions, suggestEntities, suggestQuotations } from '../../src/core/suggestions';
import { articleFiles, articleSource } from './corpus';
import { fmtMs, measure, printTable, type BenchContext, type WorkloadResult } from './harness';

const TARGET_MS = 5000;
const EDIT = 'Article mis à jour après publication. ';

/** The CPU time of the git commands `agree` runs (ls-tree of both branches, one cat-file for every file), measured by the shell. */
function gitCpuMs(repo: string, sidecars: readonly string[]): number {
  const requests = sidecars.flatMap((path) => {
    const article = path.slice(0, -'.ann.yaml'.length);
    return [`brat:${path}`, `suggested:${path}`, `brat:${article}`, `suggested:${article}`];
  });
  writeFileSync(join(repo, '.git', 'bench-requests'), requests.join('\n') + '\n');
  const script = 'git ls-tree -r -z --name-only --full-name brat >/dev/null; git ls-tree -r -z --name-only --full-name suggested >/dev/null; ' +
    'git cat-file --batch < .git/bench-requests >/dev/null; times';
  // `times` prints the shell's own user and system time, then its children's: "0m0.120s 0m0.050s".
  const children = execFileSync('sh', ['-c', script], { cwd: repo, encoding: 'utf8' }).trim().split('\n')[1] ?? '';
  return children.split(/\s+/).reduce((sum, time) => {
    const match = /^(\d+)m([\d.]+)s$/.exec(time);
    return sum + (match ? (Number(match[1]) * 60 + Number(match[2])) * 1000 : 0);
  }, 0);
}

function suggested(text: string): Annotations {
  const view = buildArticleView(text, EMPTY_ANNOTATIONS);
  const pending = pendingSuggestions(view, suggestQuotations(text), suggestEntities(text, { towns: readTowns() }));
  return acceptSuggestions(EMPTY_ANNOTATIONS, text, pending);
}

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const source = articleSource();
  const texts = articleFiles(source).filter((_, i) => !quick || i % 5 === 0);
  const repo = mkdtempSync(join(tmpdir(), 'marginalia-bench-agree-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  try {
    git('init', '-q', '-b', 'brat');
    git('config', 'user.name', 'Bench');
    git('config', 'user.email', 'bench@marginalia.invalid');
    git('config', 'commit.gpgsign', 'false');
    const articles: { path: string; text: string }[] = [];
    for (const file of texts) {
      let ann: string;
      try {
        ann = readFileSync(file.replace(/\.txt$/, '.ann'), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      const path = relative(source, file);
      const text = readFileSync(file, 'utf8');
      const target = join(repo, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      writeFileSync(`${target}.ann.yaml`, writeSidecar(importBrat(text, parseStandoff(ann).records).annotations));
      articles.push({ path, text });
    }
    git('add', '-A');
    git('commit', '-q', '-m', 'brat annotations imported');
    git('checkout', '-q', '-b', 'suggested');
    let edited = 0;
    articles.forEach(({ path, text }, i) => {
      const version = i % 10 === 0 ? EDIT + text : text;
      if (version !== text) {
        edited++;
        writeFileSync(join(repo, path), version);
      }
      writeFileSync(join(repo, `${path}.ann.yaml`), writeSidecar(suggested(version)));
    });
    git('add', '-A');
    git('commit', '-q', '-m', 'suggestions accepted');

    const agree = () => {
      let out = '';
      const io = { cwd: repo, stdout: (text: string) => void (out += text), stderr: () => undefined };
      // runAgree does all its work before its first await: the output is there when it returns.
      void runAgree(['brat', 'suggested', '--json'], io);
      return out;
    };
    const [timing] = measure([{ name: `marginalia agree brat suggested (${articles.length} articles)`, run: agree, rounds: quick ? 1 : 5, warmup: 1 }], { rounds: 5, warmup: 1 });
    const report = JSON.parse(timing!.result as string) as AgreementReport;
    const gitMs = gitCpuMs(repo, report.articles.map((a) => a.path));
    const totalMs = timing!.medianMs + gitMs;
    const { corpus } = report;
    console.log(`${report.articles.length} articles compared (${report.reanchored} re-anchored, ${edited} edited) from ${source}; ` +
      `${corpus.entities.a} entity spans on brat, ${corpus.entities.b} suggested; ${corpus.quotations.b} quotations suggested`);
    const f = (x: number | null) => (x === null ? '–' : x.toFixed(3));
    printTable([['type', 'brat', 'suggested', 'exact F1', 'overlap F1', 'κ', 'αu'],
      ...[...corpus.types, corpus.entities].map((t) => [t.type, String(t.a), String(t.b), f(t.exact.f1), f(t.overlap.f1), f(t.kappa), f(t.alphaU)])]);
    printTable([['side', 'CPU median (+ git)', 'this process', 'git', 'wall median'], [timing!.name, fmtMs(totalMs), fmtMs(timing!.medianMs), fmtMs(gitMs), fmtMs(timing!.wallMedianMs)]]);
    return {
      id: '9 agree',
      title: `marginalia agree over two branches of ${articles.length} articles (brat import vs accepted suggestions)`,
      input: { source, articles: articles.length, edited, entitySpans: { brat: corpus.entities.a, suggested: corpus.entities.b } },
      sides: [{ name: timing!.name, medianMs: totalMs, wallMedianMs: timing!.wallMedianMs, runs: timing!.samplesMs.length, note: `this process ${fmtMs(timing!.medianMs)}, git ${fmtMs(gitMs)}` }],
      targets: [{ target: `agree ≤ ${TARGET_MS / 1000} s`, value: fmtMs(totalMs), met: totalMs <= TARGET_MS }],
      details: { reanchored: report.reanchored, entities: corpus.entities, quotations: corpus.quotations, speakers: corpus.speakers },
    };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
