/**
 * One keystroke in a 1 MB text holding 20,000 stored annotations: the live model update
 * (applyTextChange on the ArticleView) plus the decoration ranges of a 60-line visible window
 * (mentions and quotation spans in the window, as the editor's decorations compute them; the
 * window's lines are found from the text around the caret, as the editor's line model gives
 * them), against the core's full path from text + sidecar (parse the sidecar, place every
 * anchor, match every name, derive the mentions). Target: the keystroke ≤ 0.1 % of the full path
 * (issue #20): the live view shifts its spans a block at a time and keeps its text in chunks, so
 * a keystroke costs the edit and its neighbourhood, not the stored spans nor the 1 MB text.
 */
import { applyTextChange } from '../../src/core/article/edit';
import { buildArticleView, mentionsIn, quotationsIn, textLength, textSlice } from '../../src/core/article/view';
import type { TextChange } from '../../src/core/anchoring';
import { parseSidecar, writeSidecar } from '../../src/core/sidecar';
import { buildAnnotations, lineWindow, storedCount, type ModelShape } from './articleModel';
import { fmtMs, fmtPct, measure, median, printTable, seededRandom, timeOnce, type BenchContext, type WorkloadResult } from './harness';
import { buildText } from './workload';

const SEED = 20261130;
const TARGET = 0.001;
const WINDOW_LINES = 60;
const FULL: ModelShape = { actors: 1500, added: 6000, quotations: 4000, passages: 3000, notes: 3000 };
const QUICK: ModelShape = { actors: 300, added: 1200, quotations: 800, passages: 600, notes: 600 };

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const random = seededRandom(SEED);
  const shape = quick ? QUICK : FULL;
  const { text, source } = buildText(random, quick ? 1 << 18 : 1 << 20);
  const annotations = buildAnnotations(text, shape, random);
  const sidecar = writeSidecar(annotations);

  const fullPath = () => {
    const parsed = parseSidecar(sidecar);
    return buildArticleView(text, parsed.annotations);
  };
  const base = fullPath();

  // Typing: a run of keystrokes at seeded places (insertions, some backspaces), each applied to
  // the view the previous one produced, the window around the caret recomputed every time.
  const typing = seededRandom(SEED + 1);
  const keystrokes: { change: TextChange; caret: number }[] = [];
  let length = text.length;
  for (let k = 0; k < 400; k++) {
    const at = 1 + Math.floor(typing() * (length - 2));
    const change = k % 5 === 4 ? { start: at - 1, end: at, text: '' } : { start: at, end: at, text: 'e' };
    keystrokes.push({ change, caret: at });
    length += change.text.length - (change.end - change.start);
  }
  let view = base;
  let next = 0;
  const stale = new Set<string>();
  const keystroke = () => {
    const { change, caret } = keystrokes[next++ % keystrokes.length];
    if (next % keystrokes.length === 0) view = base; // start the run over on the same text
    view = applyTextChange(view, change, stale);
    const current = view;
    const window = lineWindow((start, end) => textSlice(current, start, end), textLength(current), caret, WINDOW_LINES);
    return { mentions: mentionsIn(view, window), quotations: quotationsIn(view, window), window };
  };

  const [full] = measure([{ name: 'full path: parseSidecar + buildArticleView', run: fullPath }], { rounds: quick ? 3 : 5, warmup: 1 });
  // Keystrokes are short: time them one by one, many of them, between full-path runs.
  for (let k = 0; k < 50; k++) keystroke();
  const samples: number[] = [];
  const walls: number[] = [];
  let windowSize = 0;
  let decorated = 0;
  for (let k = 0; k < (quick ? 100 : 300); k++) {
    const timed = timeOnce(keystroke);
    samples.push(timed.cpuMs);
    walls.push(timed.wallMs);
    windowSize += timed.result.window.end - timed.result.window.start;
    decorated += timed.result.mentions.length + timed.result.quotations.length;
  }
  const keystrokeMs = median(samples);
  const p90 = [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.9)];
  const ratio = keystrokeMs / full.medianMs;
  const met = ratio <= TARGET;

  console.log(`text ${text.length} units from ${source}; ${storedCount(shape)} stored annotations (${annotations.actors.length} actors, `
    + `${base.mentions.length} mentions of which ${base.mentions.length - shape.added} from names); sidecar ${(sidecar.length / 1024).toFixed(0)} KiB; `
    + `window ${WINDOW_LINES} lines ≈ ${(windowSize / samples.length / 1024).toFixed(1)} K units, ${(decorated / samples.length).toFixed(0)} ranges`);
  printTable([
    ['side', 'CPU median', 'wall median', 'CPU 90th pct'],
    ['keystroke: applyTextChange + window ranges', fmtMs(keystrokeMs), fmtMs(median(walls)), fmtMs(p90)],
    [full.name, fmtMs(full.medianMs), fmtMs(full.wallMedianMs), ''],
  ]);
  return {
    id: '3 keystroke',
    title: `one keystroke in a 1 MB text holding ${storedCount(shape)} annotations`,
    input: { seed: SEED, source, textLength: text.length, stored: storedCount(shape), actors: annotations.actors.length, mentions: base.mentions.length, sidecarBytes: sidecar.length, windowLines: WINDOW_LINES },
    sides: [
      { name: 'keystroke: applyTextChange + decorations of a 60-line window', medianMs: keystrokeMs, wallMedianMs: median(walls), runs: samples.length, note: `90th percentile ${fmtMs(p90)}` },
      { name: full.name, medianMs: full.medianMs, wallMedianMs: full.wallMedianMs, runs: full.samplesMs.length },
    ],
    ratio: { label: 'keystroke ÷ full path', value: ratio },
    targets: [{ target: `≤ ${TARGET * 100} % of the full path`, value: fmtPct(ratio), met, ...(!met && { boundBy: 'per-keystroke work: a step per block of stored spans and mentions, the blocks and chunk the edit reaches, the window queries (README, Performance)' }) }],
  };
}
