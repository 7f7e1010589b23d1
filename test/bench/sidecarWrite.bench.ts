/**
 * Adding one annotation to a 2,000-entry sidecar and writing it, against `yaml.stringify` of
 * the whole model. Budget: the incremental write costs at most 20 % of the full print, and the
 * file's diff is the added lines only.
 */
import { stringify } from 'yaml';
import type { Actor, Annotations, Quotation } from '../../src/core/model';
import { parseSidecar, writeSidecar } from '../../src/core/sidecar';
import { fmtMs, fmtPct, measure, printTable, type BenchContext, type WorkloadResult } from './harness';

const BUDGET = 0.2;

function bigModel(): Annotations {
  const actors: Actor[] = [];
  for (let i = 0; i < 600; i++) {
    actors.push({
      id: `actor-${String(i).padStart(4, '0')}`, type: i % 3 === 0 ? 'person' : 'organization', name: `Acteur numéro ${i}`,
      aliases: i % 2 === 0 ? [`A${i}`, `l’acteur ${i}`] : [], ...(i % 5 === 0 && { note: `Note sur l’acteur ${i}: voir «source»` }),
      added: i % 4 === 0 ? [{ text: 'la directrice', before: `paragraphe ${i}, `, after: ' a déclaré' }] : [], excluded: [],
    });
  }
  const topics = Array.from({ length: 100 }, (_, i) => ({
    id: `topic-${i}`, label: `Thème ${i}`, passages: [{ text: `passage ${i}`, before: 'dans le ', after: ' du texte' }],
  }));
  const quotations: Quotation[] = Array.from({ length: 1100 }, (_, i) => ({
    anchor: { text: `«citation numéro ${i}, avec des mots: et # des signes»`, before: `Selon l’acteur ${i % 600}, `, after: '. Puis' },
    speaker: i % 7 === 0 ? { text: 'les médias marocains' } : { actor: actors[i % 600].id },
    cue: { text: 'Selon', before: '\n', after: ` l’acteur ${i % 600}` },
    topics: [`topic-${i % 100}`],
  }));
  const notes = Array.from({ length: 200 }, (_, i) => ({ anchor: { text: `mot ${i}`, before: 'le ', after: ' suivant' }, text: `Remarque ${i}` }));
  return { actors, quotations, topics, notes, rejected: [] };
}

/** Lines of `after` that are not in `before`, by a common prefix and suffix (the file's diff). */
function changedLines(before: string, after: string): { removed: number; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.length - head - tail, added: b.slice(head, b.length - tail) };
}

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const model = bigModel();
  const entries = model.actors.length + model.quotations.length + model.topics.length + model.notes.length;
  const source = writeSidecar(model);
  const parsed = parseSidecar(source);
  const plain = parsed.document.toJS();
  const added: Quotation = {
    anchor: { text: '«une nouvelle citation»', before: 'a dit ', after: ' hier' }, speaker: { actor: 'actor-0007' }, topics: ['topic-3'],
  };
  const next: Annotations = { ...model, quotations: [...model.quotations.slice(0, 500), added, ...model.quotations.slice(500)] };
  const written = writeSidecar(next, parsed);
  const diff = changedLines(source, written);
  const diffIsAddition = diff.removed === 0 && diff.added.some((l) => l.includes('«une nouvelle citation»'));

  const [incremental, full] = measure([
    { name: 'writeSidecar(+1 quotation, previous)', run: () => writeSidecar(next, parsed) },
    { name: 'yaml.stringify(whole model)', run: () => stringify(plain) },
  ], { rounds: quick ? 7 : 21, warmup: 3 });
  const ratio = incremental.medianMs / full.medianMs;
  console.log(`sidecar with ${entries} entries (${(source.length / 1024).toFixed(0)} KiB); diff: +${diff.added.length} −${diff.removed} lines`);
  printTable([
    ['side', 'CPU median', 'wall median'],
    ...[incremental, full].map((t) => [t.name, fmtMs(t.medianMs), fmtMs(t.wallMedianMs)]),
  ]);
  return {
    id: '6 sidecar write',
    title: `add one annotation to a ${entries}-entry sidecar and write it`,
    input: { entries, bytes: source.length },
    sides: [incremental, full].map((t) => ({ name: t.name, medianMs: t.medianMs, wallMedianMs: t.wallMedianMs, runs: t.samplesMs.length })),
    ratio: { label: 'ours ÷ yaml.stringify', value: ratio },
    targets: [
      { target: `≤ ${BUDGET * 100} % of yaml.stringify`, value: fmtPct(ratio), met: ratio <= BUDGET, ...(ratio > BUDGET && { boundBy: 'locating the splice point in the parsed document' }) },
      { target: 'diff is the added lines only', value: `+${diff.added.length} −${diff.removed}`, met: diffIsAddition },
    ],
    details: { addedLines: diff.added },
  };
}
