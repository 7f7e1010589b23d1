/**
 * `npx tsx test/eval/attributionErrors.ts FOLD`: the English attributions (quotes-en) of one fold
 * that the suggester misses or gets partly, and the suggestions that match no gold content, each
 * with its words around and the rule's reason, paired as test/eval/contentOverlap.ts pairs them.
 * Fold 2 is held out: nobody tunes on its errors, so this script refuses it. Not part of
 * `npm run eval`: a diagnostic only. Prints corpus text to the terminal; nothing is written.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestQuotations } from '../../src/core/suggestions';
import { findCorpus, loadFolder } from './corpus';
import { assignFolds } from './folds';

const HELD_OUT = '2';
const FOLDS = 4;
const fold = process.argv[2];
if (!fold || fold === HELD_OUT || !/^[1-4]$/u.test(fold)) throw new Error(`give a fold among 1, 3, 4 (fold ${HELD_OUT} is held out)`);

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const corpus = findCorpus(repoRoot);
if (!corpus) throw new Error('corpus not found (see test/eval/corpus.ts)');
const docs = loadFolder(join(corpus, 'quotes-en'));
const wanted = new Set(assignFolds([docs.map((d) => d.name)], FOLDS)[Number(fold) - 1]);

const oneLine = (s: string): string => s.replace(/\s+/gu, ' ');
const words = (text: string, spans: readonly { start: number; end: number }[]): Set<number> => {
  const out = new Set<number>();
  for (const s of spans) for (const m of text.slice(s.start, s.end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(s.start + m.index!);
  return out;
};
const around = (text: string, start: number, end: number): string =>
  oneLine(`${text.slice(Math.max(0, start - 80), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 40)}`);

let missed = 0;
let partial = 0;
let wrong = 0;
for (const doc of docs) {
  if (!wanted.has(doc.name)) continue;
  const gold = doc.spans.filter((s) => s.type === 'Quote');
  const cueText = (id: string): string => (doc.cues.get(id) ?? []).map((c) => doc.spans.find((s) => s.id === c)?.text ?? '').join(' + ');
  const predicted = suggestQuotations(doc.text).filter((p) => p.direct || p.kind === 'indirect');
  const g = gold.map((q) => words(doc.text, q.fragments));
  const s = predicted.map((p) => words(doc.text, [p.span]));
  const pairs: { i: number; j: number; shared: number }[] = [];
  s.forEach((si, i) => g.forEach((gj, j) => {
    let shared = 0;
    for (const t of si) if (gj.has(t)) shared++;
    if (shared > 0) pairs.push({ i, j, shared });
  }));
  pairs.sort((a, b) => b.shared - a.shared || a.i - b.i || a.j - b.j);
  const pairOfS = new Map<number, { j: number; shared: number }>();
  const pairOfG = new Map<number, { i: number; shared: number }>();
  for (const { i, j, shared } of pairs) {
    if (pairOfS.has(i) || pairOfG.has(j)) continue;
    pairOfS.set(i, { j, shared });
    pairOfG.set(j, { i, shared });
  }
  const lines: string[] = [];
  gold.forEach((q, j) => {
    const kind = doc.direct.has(q.id) ? 'direct' : 'indirect';
    const pair = pairOfG.get(j);
    const span = { start: q.fragments[0]!.start, end: q.fragments[q.fragments.length - 1]!.end };
    if (!pair) {
      missed++;
      lines.push(`  MISS ${kind} [cue: ${cueText(q.id)}] ${around(doc.text, span.start, span.end)}`);
      return;
    }
    const p = predicted[pair.i]!;
    const precision = pair.shared / s[pair.i]!.size;
    const recall = pair.shared / g[j]!.size;
    if (precision < 0.8 || recall < 0.8) {
      partial++;
      lines.push(`  PART ${kind} P ${precision.toFixed(2)} R ${recall.toFixed(2)} [cue: ${cueText(q.id)}] gold ${around(doc.text, span.start, span.end)}\n       suggested (${p.reason}) ${around(doc.text, p.span.start, p.span.end)}`);
    }
  });
  predicted.forEach((p, i) => {
    if (pairOfS.has(i)) return;
    wrong++;
    lines.push(`  FP ${p.direct ? 'direct' : 'indirect'} (${p.reason}) ${around(doc.text, p.span.start, p.span.end)}`);
  });
  if (lines.length > 0) process.stdout.write(`${doc.name}\n${lines.join('\n')}\n`);
}
process.stdout.write(`\nquotes-en fold ${fold}: ${missed} gold contents missed, ${partial} paired below 0.8 precision or recall, ${wrong} suggestions paired with none\n`);
