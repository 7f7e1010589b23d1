/**
 * `npx tsx test/eval/quoteErrors.ts [quotes-fr|quotes-de/train|quotes-de/dev] [fold]`: the direct
 * quotations the suggester gets wrong, document by document, to find out why a fold scores low.
 * FP: suggested direct, not gold direct (with the gold's own verdict when the span is a gold Quote);
 * FN: gold direct, not suggested (with what was suggested on that span, if anything), each with
 * the words around it and the suggester's reason. Not part of `npm run eval`: a diagnostic only.
 * Prints corpus text to the terminal; nothing is written anywhere.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestQuotations } from '../../src/core/suggestions';
import { findCorpus } from './corpus';
import { diagnosticSelection } from './folds';

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const corpus = findCorpus(repoRoot);
if (!corpus) throw new Error('corpus not found (see test/eval/corpus.ts)');
const { part, fold, docs, wanted } = diagnosticSelection(corpus, process.argv.slice(2));

const oneLine = (s: string): string => s.replace(/\s+/gu, ' ');
const around = (text: string, start: number, end: number): string =>
  oneLine(`${text.slice(Math.max(0, start - 70), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 50)}`);

let fp = 0;
let fn = 0;
for (const doc of docs) {
  if (!wanted.has(doc.name)) continue;
  const key = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;
  const quotes = doc.spans.filter((s) => s.type === 'Quote');
  const goldDirect = new Set(quotes.filter((q) => doc.direct.has(q.id)).map(key));
  const goldAny = new Set(quotes.map(key));
  const predicted = suggestQuotations(doc.text);
  const predDirect = new Set(predicted.filter((p) => p.direct).map((p) => key(p.span)));
  const lines: string[] = [];
  for (const p of predicted) {
    if (!p.direct || goldDirect.has(key(p.span))) continue;
    fp++;
    const verdict = goldAny.has(key(p.span)) ? 'gold: not direct' : 'gold: other span';
    lines.push(`  FP (${verdict}; ${p.reason}) ${around(doc.text, p.span.start, p.span.end)}`);
  }
  for (const q of quotes) {
    if (!doc.direct.has(q.id) || predDirect.has(key(q))) continue;
    fn++;
    const same = predicted.find((p) => key(p.span) === key(q));
    const verdict = same ? `suggested not direct: ${same.reason}` : 'no suggestion on this span';
    lines.push(`  FN (${verdict}) ${around(doc.text, q.start, q.end)}`);
  }
  if (lines.length > 0) process.stdout.write(`${doc.name}\n${lines.join('\n')}\n`);
}
process.stdout.write(`\n${part}${fold ? ` fold ${fold}` : ''}: ${fp} false positives, ${fn} false negatives\n`);
