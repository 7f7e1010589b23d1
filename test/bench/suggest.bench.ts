/**
 * Quotation and entity suggestion over the whole dev corpus (every article of every folder,
 * each suggested on its own, as the editor does), against one regex pass over the same texts
 * (quotation marks and capitalised words: the floor any suggester pays to read the text).
 * Reported: MB/s of each side and the ratio; there is no target beyond reporting it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestEntities, suggestQuotations } from '../../src/core/suggestions';
import { readTowns } from '../../src/cli/towns';
import { articleFiles, articleSource, corpusRoot } from './corpus';
import { fmtMs, fmtRatio, measure, printTable, type BenchContext, type WorkloadResult } from './harness';

const FLOOR = /[«»“”„‟"]|\p{Lu}[\p{L}\p{M}]*/gu;

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const root = corpusRoot();
  // quotes-fr reuses winer-fr's texts: counted once.
  const folders = root ? ['winer-fr', 'quotes-de', 'en-gum'].map((f) => join(root, f)) : [articleSource()];
  const files = folders.flatMap((f) => articleFiles(f)).filter((_, i) => !quick || i % 10 === 0);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const units = texts.reduce((n, t) => n + t.length, 0);
  const megabytes = Buffer.byteLength(texts.join(''), 'utf8') / 1e6;

  const [ours, floor] = measure([
    { name: 'suggestQuotations + suggestEntities', run: () => texts.reduce((n, t) => n + suggestQuotations(t).length + suggestEntities(t, { towns: readTowns() }).length, 0), rounds: quick ? 1 : 3 },
    { name: 'one regex pass (floor)', run: () => texts.reduce((n, t) => n + (t.match(FLOOR)?.length ?? 0), 0), rounds: quick ? 3 : 7 },
  ], { rounds: 3, warmup: 1 });
  const rate = (ms: number) => megabytes / (ms / 1000);
  const ratio = ours.medianMs / floor.medianMs;
  console.log(`${files.length} articles (${units} units, ${megabytes.toFixed(2)} MB UTF-8) from ${folders.join(', ')}; ${String(ours.result)} suggestions`);
  printTable([['side', 'CPU median', 'MB/s', 'wall median'], ...[ours, floor].map((t) => [t.name, fmtMs(t.medianMs), rate(t.medianMs).toFixed(2), fmtMs(t.wallMedianMs)])]);
  return {
    id: '7 suggest',
    title: 'quotation and entity suggestion over the whole dev corpus',
    input: { folders, articles: files.length, megabytes },
    sides: [ours, floor].map((t) => ({ name: t.name, medianMs: t.medianMs, wallMedianMs: t.wallMedianMs, runs: t.samplesMs.length, note: `${rate(t.medianMs).toFixed(2)} MB/s` })),
    ratio: { label: 'suggest ÷ regex floor', value: ratio },
    targets: [{ target: 'report MB/s and the ratio to the floor', value: `${rate(ours.medianMs).toFixed(2)} MB/s, ${fmtRatio(ratio)} the floor`, met: true }],
    details: { oursMBps: rate(ours.medianMs), floorMBps: rate(floor.medianMs), suggestions: ours.result },
  };
}
