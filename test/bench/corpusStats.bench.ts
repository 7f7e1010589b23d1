/**
 * `marginalia stats --by speaker` over the WiNER-fr dev articles imported from brat with every
 * suggestion accepted (entities and quotations: what a desk gets after "accept all"), in-process
 * through the real command (read every text and sidecar, parse, place, aggregate), against a
 * peer: the same count by a plain script over the CSV export (read the file, parse, count). The
 * export itself is timed too. The two counts must agree. Target (issue 18): stats ≤ 1 s.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runExportCommand } from '../../src/cli/export';
import type { CommandIo } from '../../src/cli/io';
import { runStats } from '../../src/cli/stats';
import { readTowns } from '../../src/cli/towns';
import { buildArticleView } from '../../src/core/article/view';
import { importBrat } from '../../src/core/formats/brat';
import { parseStandoff } from '../../src/core/formats/standoff';
import { writeSidecar } from '../../src/core/sidecar';
import { acceptSuggestions, pendingSuggestions, suggestEntities, suggestQuotations } from '../../src/core/suggestions';
import { articleFiles, articleSource, bratArticles } from './corpus';
import { fmtMs, fmtRatio, measure, printTable, type BenchContext, type WorkloadResult } from './harness';
import { quotationsPerSpeakerFromCsv } from './peers/csvGroupBy';
import { coMentions, quotationsBySpeaker, quotationsBySpeakerType, quotationsPerArticle } from '../../src/core/corpus/aggregations';
import { corpusData, type CorpusArticle } from '../../src/core/corpus/corpusData';
import { quotationsPerMonth } from '../../src/core/corpus/overTime';
import { parseSidecar } from '../../src/core/sidecar';
import { applyFilters } from '../../src/webviews/corpusView/filtering';

const STATS_TARGET_MS = 1000;
/** The corpus view (issue 18): its data ready to post once the index is built, and one filter. */
const VIEW_DATA_TARGET_MS = 1000;
const FILTER_TARGET_MS = 100;

/** An io that keeps stdout (the last run's) and drops the rest. */
function keepingIo(cwd: string): CommandIo & { out: string } {
  const io = { cwd, out: '', stdout: (text: string) => void (io.out += text), stderr: () => undefined };
  return io;
}

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const source = articleSource();
  const texts = articleFiles(source).filter((_, i) => !quick || i % 5 === 0);
  const folder = mkdtempSync(join(tmpdir(), 'marginalia-bench-stats-'));
  try {
    let articles = 0;
    const readdirNames: string[] = [];
    for (const { path: textPath, text, ann } of bratArticles(texts)) {
      const imported = importBrat(text, parseStandoff(ann).records).annotations;
      const pending = pendingSuggestions(buildArticleView(text, imported), suggestQuotations(text), suggestEntities(text, { towns: readTowns() }));
      const accepted = acceptSuggestions(imported, text, pending);
      const target = join(folder, `${String(articles).padStart(4, '0')}-${basename(textPath)}`);
      writeFileSync(target, text);
      writeFileSync(`${target}.ann.yaml`, writeSidecar(accepted));
      readdirNames.push(basename(target));
      articles++;
    }
    const csvPath = join(folder, 'export.csv');
    const statsIo = keepingIo(folder);
    const stats = () => {
      statsIo.out = '';
      // runStats is async in signature only: its work is done when it returns, which is what is timed
      void runStats(['--by', 'speaker', '--json', '.'], statsIo);
      if (statsIo.out === '') throw new Error('stats printed nothing');
      return statsIo.out.length;
    };
    const exportCsv = () => {
      if (runExportCommand(['--format', 'csv', '--out', csvPath, '--force', '.'], keepingIo(folder)) !== 0) throw new Error('export failed');
      return csvPath;
    };
    exportCsv();
    const peer = () => quotationsPerSpeakerFromCsv(readFileSync(csvPath, 'utf8')).size;

    const [ours, plain, exported] = measure([
      { name: 'marginalia stats --by speaker', run: stats, rounds: quick ? 3 : 7 },
      { name: 'plain script over the CSV export', run: peer, rounds: quick ? 3 : 7 },
      { name: 'marginalia export --format csv', run: exportCsv, rounds: quick ? 2 : 5 },
    ], { rounds: 5, warmup: 1 });

    // The two must count the same.
    stats();
    const report = JSON.parse(statsIo.out) as { quotations: number; groups: { key: string; quotations: number }[] };
    const theirs = quotationsPerSpeakerFromCsv(readFileSync(csvPath, 'utf8'));
    const agree = report.groups.length === theirs.size && report.groups.every((g) => theirs.get(g.key) === g.quotations);
    if (!agree) throw new Error('stats --by speaker and the plain script over the CSV export disagree');

    // The corpus view reads the workspace index (built and timed in workload 5): from its
    // article views, the rows the page gets (built and serialised as postMessage does), then
    // what one keystroke in the page's search box costs: filter and recount every chart.
    const indexed: CorpusArticle[] = texts.slice(0, articles).map((_t, i) => i).map((i) => {
      const name = readdirNames[i]!;
      const text = readFileSync(join(folder, name), 'utf8');
      const view = buildArticleView(text, parseSidecar(readFileSync(join(folder, `${name}.ann.yaml`), 'utf8')).annotations);
      return { path: name, uri: `file://${join(folder, name)}`, view };
    });
    const viewData = () => JSON.stringify(corpusData(indexed)).length;
    const data = corpusData(indexed);
    const filterAndRecount = () => {
      const kept = applyFilters(data.quotations, { text: 'ministre', speakerType: '', kind: '' });
      const articlesKept = new Set(kept.map((q) => q.article));
      return quotationsBySpeaker(kept).length + quotationsBySpeakerType(kept).length + quotationsPerArticle(kept, []).length
        + quotationsPerMonth(kept).length + coMentions(data.mentions.filter((m) => articlesKept.has(m.article))).length;
    };
    const [viewTiming, filterTiming] = measure([
      { name: 'corpus view: rows from the index, serialised', run: viewData, rounds: quick ? 3 : 7 },
      { name: 'corpus view: one filter and every chart recounted', run: filterAndRecount, rounds: quick ? 5 : 15 },
    ], { rounds: 5, warmup: 1 });
    console.log(`corpus view: ${data.quotations.length} quotations, ${data.mentions.length} actor-article pairs; data ${fmtMs(viewTiming.medianMs)}, filter ${fmtMs(filterTiming.medianMs)}`);

    const ratio = ours.medianMs / plain.medianMs;
    console.log(`${articles} articles from ${source} with suggestions accepted: ${report.quotations} quotations, ${report.groups.length} speakers; CSV ${(readFileSync(csvPath).length / 1e6).toFixed(1)} MB; counts agree`);
    printTable([['side', 'CPU median', 'wall median'], ...[ours, plain, exported].map((t) => [t.name, fmtMs(t.medianMs), fmtMs(t.wallMedianMs)])]);
    console.log(`stats ÷ plain script: ${fmtRatio(ratio)}`);
    return {
      id: '10 corpus stats',
      title: `stats --by speaker over ${articles} articles with suggestions accepted, against a plain script over the CSV export`,
      input: { source, articles, quotations: report.quotations, speakers: report.groups.length },
      sides: [
        { name: ours.name, medianMs: ours.medianMs, wallMedianMs: ours.wallMedianMs, runs: ours.samplesMs.length },
        { name: plain.name, medianMs: plain.medianMs, wallMedianMs: plain.wallMedianMs, runs: plain.samplesMs.length, note: 'reads the CSV export made beforehand' },
        { name: exported.name, medianMs: exported.medianMs, wallMedianMs: exported.wallMedianMs, runs: exported.samplesMs.length },
        { name: viewTiming.name, medianMs: viewTiming.medianMs, wallMedianMs: viewTiming.wallMedianMs, runs: viewTiming.samplesMs.length },
        { name: filterTiming.name, medianMs: filterTiming.medianMs, wallMedianMs: filterTiming.wallMedianMs, runs: filterTiming.samplesMs.length },
      ],
      ratio: { label: 'stats ÷ plain script over the CSV', value: ratio },
      targets: [
        { target: `corpus view data ≤ ${VIEW_DATA_TARGET_MS / 1000} s`, value: fmtMs(viewTiming.medianMs), met: viewTiming.medianMs <= VIEW_DATA_TARGET_MS },
        { target: `corpus view filter ≤ ${FILTER_TARGET_MS} ms`, value: fmtMs(filterTiming.medianMs), met: filterTiming.medianMs <= FILTER_TARGET_MS },
        { target: `stats --by speaker ≤ ${STATS_TARGET_MS / 1000} s`, value: fmtMs(ours.medianMs), met: ours.medianMs <= STATS_TARGET_MS, ...(ours.medianMs > STATS_TARGET_MS && { boundBy: 'reading, parsing and placing every sidecar (YAML parse and anchoring)' }) },
      ],
      details: { exportCsvMs: exported.medianMs, corpusViewDataMs: viewTiming.medianMs, corpusViewFilterMs: filterTiming.medianMs },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
