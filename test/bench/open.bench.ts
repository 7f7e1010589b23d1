/**
 * Opening an article: read its sidecar (300 stored annotations), place the anchors, derive the
 * mentions, compute the decorations of the first screen and the tree model, against
 * `yaml.parseDocument` of the same sidecar alone. Target: ≤ 1.5× the parse alone.
 */
import { parseDocument } from 'yaml';
import { buildArticleView, mentionsIn, quotationsIn } from '../../src/core/article/view';
import { buildOutline } from '../../src/core/outline/outlineModel';
import { DEFAULT_ACTOR_TYPES } from '../../src/core/model';
import { parseSidecar, writeSidecar } from '../../src/core/sidecar';
import { buildAnnotations, lineWindow, storedCount, type ModelShape } from './articleModel';
import { fmtMs, fmtRatio, measure, printTable, seededRandom, type BenchContext, type WorkloadResult } from './harness';
import { buildText } from './workload';

const SEED = 20261131;
const TARGET = 1.5;
const SHAPE: ModelShape = { actors: 40, added: 100, quotations: 50, passages: 50, notes: 50 };

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const random = seededRandom(SEED);
  const { text, source } = buildText(random, 40_000);
  const annotations = buildAnnotations(text, SHAPE, random);
  const sidecar = writeSidecar(annotations);

  const open = () => {
    const parsed = parseSidecar(sidecar);
    const view = buildArticleView(text, parsed.annotations);
    const window = lineWindow((start, end) => text.slice(start, end), text.length, 0, 60);
    const decorations = { mentions: mentionsIn(view, window), quotations: quotationsIn(view, window) };
    const outline = buildOutline([{ key: 'article.txt', label: 'article.txt', view }], { sort: 'appearance', typeOrder: DEFAULT_ACTOR_TYPES });
    return { view, decorations, outline };
  };
  const opened = open();
  const [ours, peer, parseOnly] = measure([
    { name: 'open: parseSidecar + buildArticleView + decorations + buildOutline', run: open },
    { name: 'yaml.parseDocument(sidecar)', run: () => parseDocument(sidecar) },
    // Not a peer: shows how much of opening is reading the sidecar.
    { name: 'parseSidecar alone (ours, for reference)', run: () => parseSidecar(sidecar) },
  ], { rounds: quick ? 9 : 21, warmup: 3 });
  const ratio = ours.medianMs / peer.medianMs;
  const placed = opened.view.placed.filter((p) => p.resolution.kind !== 'orphan').length;
  console.log(`text ${text.length} units from ${source}; sidecar ${storedCount(SHAPE)} stored annotations + ${SHAPE.actors} actors, ${(sidecar.length / 1024).toFixed(0)} KiB; `
    + `${placed} placed, ${opened.view.mentions.length} mentions`);
  printTable([['side', 'CPU median', 'wall median'], ...[ours, peer, parseOnly].map((t) => [t.name, fmtMs(t.medianMs), fmtMs(t.wallMedianMs)])]);
  const met = ratio <= TARGET;
  return {
    id: '4 open article',
    title: `open an article with a ${storedCount(SHAPE)}-annotation sidecar`,
    input: { seed: SEED, source, textLength: text.length, stored: storedCount(SHAPE), actors: SHAPE.actors, sidecarBytes: sidecar.length },
    sides: [ours, peer, parseOnly].map((t) => ({ name: t.name, medianMs: t.medianMs, wallMedianMs: t.wallMedianMs, runs: t.samplesMs.length })),
    ratio: { label: 'open ÷ yaml.parseDocument', value: ratio },
    targets: [{ target: `≤ ${TARGET}× yaml.parseDocument alone`, value: fmtRatio(ratio), met, ...(!met && { boundBy: 'parseSidecar (the YAML parse plus validation and anchor sites) is itself most of it' }) }],
  };
}
