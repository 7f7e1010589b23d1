/**
 * Micro-benchmark: adding one annotation to a 2,000-entry sidecar, against `yaml.stringify`
 * of the whole model. Budget: the incremental write costs at most 20 % of the full print.
 * Run: `npx tsx test/bench/sidecar-write.bench.ts` (exit 1 when over budget).
 */
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import type { Actor, Annotations, Quotation } from '../../src/core/model';
import { parseSidecar, writeSidecar } from '../../src/core/sidecar';

const BUDGET = 0.2;
const RUNS = 30;

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

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) run(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const model = bigModel();
const entries = model.actors.length + model.quotations.length + model.topics.length + model.notes.length;
const source = writeSidecar(model);
const parsed = parseSidecar(source);
const plain = parsed.document.toJS();
const added: Quotation = {
  anchor: { text: '«une nouvelle citation»', before: 'a dit ', after: ' hier' }, speaker: { actor: 'actor-0007' }, topics: ['topic-3'],
};
const next: Annotations = { ...model, quotations: [...model.quotations.slice(0, 500), added, ...model.quotations.slice(500)] };

const result = writeSidecar(next, parsed);
const addedLines = result.split('\n').length - source.split('\n').length;
if (!result.includes('«une nouvelle citation»') || addedLines !== 5) throw new Error('the incremental write is wrong');

const full = time(() => stringify(plain));
const incremental = time(() => writeSidecar(next, parsed));
const ratio = incremental / full;
console.log(`sidecar with ${entries} entries (${(source.length / 1024).toFixed(0)} KiB), median of ${RUNS} runs:`);
console.log(`  yaml.stringify(whole model)      ${full.toFixed(2)} ms`);
console.log(`  writeSidecar(+1 quotation, prev) ${incremental.toFixed(2)} ms`);
console.log(`  ratio ${(ratio * 100).toFixed(1)} % (budget ${BUDGET * 100} %)`);
if (ratio > BUDGET) process.exitCode = 1;
