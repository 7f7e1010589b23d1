/**
 * `npx tsx test/eval/germanQuoteReasons.ts [REASON]`: how each rule that tells speech from names
 * fares on quotes-de/train, the German tuning part: for every verdict reason, how many passages it
 * made direct that are gold direct (right) or not (false positives), and how many it made
 * not direct that are gold direct (missed). With REASON (a substring), the passages of that rule
 * with their words around. quotes-de/dev is held out: this script reads train only. Not part of
 * `npm run eval`: a diagnostic only. Prints corpus text to the terminal; nothing is written.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestQuotations } from '../../src/core/suggestions';
import { findCorpus, loadFolder } from './corpus';

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const corpus = findCorpus(repoRoot);
if (!corpus) throw new Error('corpus not found (see test/eval/corpus.ts)');
const docs = loadFolder(join(corpus, 'quotes-de', 'train'));
const wantedReason = process.argv[2];

const oneLine = (s: string): string => s.replace(/\s+/gu, ' ');
const around = (text: string, start: number, end: number): string =>
  oneLine(`${text.slice(Math.max(0, start - 80), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 50)}`);
/** The rule's own reason, without how its speaker was found. */
const ruleOf = (reason: string): string => reason.split('; ')[0]!;

const counts = new Map<string, { right: number; falsePositive: number; missed: number; rightlyNot: number }>();
const examples: string[] = [];
for (const doc of docs) {
  const key = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;
  const goldDirect = new Set(doc.spans.filter((s) => s.type === 'Quote' && doc.direct.has(s.id)).map(key));
  for (const p of suggestQuotations(doc.text, { language: 'de' })) {
    const rule = ruleOf(p.reason);
    const c = counts.get(rule) ?? { right: 0, falsePositive: 0, missed: 0, rightlyNot: 0 };
    const gold = goldDirect.has(key(p.span));
    if (p.direct && gold) c.right++;
    else if (p.direct) c.falsePositive++;
    else if (gold) c.missed++;
    else c.rightlyNot++;
    counts.set(rule, c);
    if (wantedReason && rule.includes(wantedReason)) examples.push(`  ${p.direct ? 'direct' : 'not   '} ${gold ? 'GOLD' : '    '} ${around(doc.text, p.span.start, p.span.end)}`);
  }
}
if (wantedReason) process.stdout.write(`${examples.join('\n')}\n\n`);
process.stdout.write('right  FP  missed  rightly-not  rule\n');
for (const [rule, c] of [...counts].sort((a, b) => b[1].right + b[1].falsePositive - (a[1].right + a[1].falsePositive))) {
  process.stdout.write(`${String(c.right).padStart(5)} ${String(c.falsePositive).padStart(3)} ${String(c.missed).padStart(7)} ${String(c.rightlyNot).padStart(12)}  ${rule}\n`);
}
