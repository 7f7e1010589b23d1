/**
 * `npx tsx test/eval/speakerErrors.ts [quotes-fr|quotes-de/train|quotes-de/dev] [fold]`: the speakers
 * of matched direct quotations that are wrong or withheld, document by document, with the gold
 * speaker, the suggested one (with `all`, so a withheld speaker shows with its confidence) and the
 * words before the quotation. Not part of `npm run eval`: a diagnostic only. Prints corpus text to
 * the terminal; nothing is written anywhere.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestQuotations } from '../../src/core/suggestions';
import { keepsSpeaker } from '../../src/core/suggestions/quotations/speakerConfidence';
import { findCorpus } from './corpus';
import { diagnosticSelection } from './folds';
import { overlaps } from './metrics';

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const corpus = findCorpus(repoRoot);
if (!corpus) throw new Error('corpus not found (see test/eval/corpus.ts)');
const { part, fold, docs, wanted } = diagnosticSelection(corpus, process.argv.slice(2));

const oneLine = (s: string): string => s.replace(/\s+/gu, ' ');
const counts = { wrong: 0, withheldRight: 0, withheldWrong: 0, none: 0 };
for (const doc of docs) {
  if (!wanted.has(doc.name)) continue;
  const byId = new Map(doc.spans.map((s) => [s.id, s]));
  const gold = new Map<string, { text: string; start: number; end: number }[]>();
  for (const q of doc.spans) {
    if (q.type !== 'Quote' || !doc.direct.has(q.id)) continue;
    const speakers = (doc.speakers.get(q.id) ?? []).map((id) => byId.get(id)!).filter(Boolean);
    if (speakers.length === 0) continue;
    const key = `${q.start}:${q.end}`;
    gold.set(key, [...(gold.get(key) ?? []), ...speakers]);
  }
  const lines: string[] = [];
  for (const p of suggestQuotations(doc.text, { speakers: 'all' })) {
    if (!p.direct) continue;
    const golds = gold.get(`${p.span.start}:${p.span.end}`);
    if (!golds) continue;
    const s = p.speaker;
    const right = !!s && golds.some((g) => (s.span !== undefined && overlaps(s.span, g)) || s.text === g.text);
    const kept = !!s && keepsSpeaker(s.confidence ?? 1);
    if (right && kept) continue;
    const what = !s ? 'NONE' : right ? 'WITHHELD-RIGHT' : kept ? 'WRONG' : 'WITHHELD-WRONG';
    if (!s) counts.none++;
    else if (right) counts.withheldRight++;
    else if (kept) counts.wrong++;
    else counts.withheldWrong++;
    const before = oneLine(doc.text.slice(Math.max(0, p.span.start - 90), p.span.start));
    const after = oneLine(doc.text.slice(p.span.end, p.span.end + 60));
    const quote = oneLine(doc.text.slice(p.span.start, p.span.end));
    lines.push(
      `  ${what} gold=[${golds.map((g) => g.text).join(' | ')}] got=[${s ? `${s.text}${s.refersTo ? ` → ${s.refersTo}` : ''} ${s.confidence}` : ''}] (${p.reason})\n` +
        `     …${before}⟦${quote.length > 60 ? `${quote.slice(0, 30)}…${quote.slice(-25)}` : quote}⟧${after}`,
    );
  }
  if (lines.length > 0) process.stdout.write(`${doc.name}\n${lines.join('\n')}\n`);
}
process.stdout.write(`\n${part}${fold ? ` fold ${fold}` : ''}: ${JSON.stringify(counts)}\n`);
