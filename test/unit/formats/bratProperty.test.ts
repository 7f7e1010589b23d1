import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildArticleView } from '../../../src/core/article/view';
import { bratLosses, describeLosses, exportBrat, importBrat } from '../../../src/core/formats/brat';
import { formatStandoff, parseStandoff } from '../../../src/core/formats/standoff';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { missingFacts, understood } from './bratUnderstood';

const TEXT = 'Selon Paul, « oui ». Le Monde dit « non » à Paul et à Marie. Hier, elle a dit « peut-être ».';

/** Spans on word boundaries of TEXT (annotators do not cut words). */
const WORDS = [...TEXT.matchAll(/[^\s,.]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const id = (prefix: string) => fc.integer({ min: 1, max: 4 }).map((n) => `${prefix}${n}`);
const type = fc.constantFrom('Person', 'Location', 'Quote', 'Quote', 'Quote', 'Speaker', 'Cue', 'Note', 'Addressee', 'constructor', '__proto__', 'toString', 'hour');
const span = fc.tuple(fc.nat(WORDS.length - 1), fc.nat(3)).map(([i, extra]) => ({ start: WORDS[i]!.start, end: WORDS[Math.min(WORDS.length - 1, i + extra)]!.end }));
const note = fc.constantFrom('à vérifier', 'Speaker: Paul', 'Speaker: Jacques', 'source: AFP', ' ');

const line = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(id('T'), type, span, fc.boolean()).map(([i, t, s, split]) =>
    split && s.end - s.start > 4
      ? `${i}\t${t} ${s.start} ${s.start + 1};${s.end - 1} ${s.end}\t${TEXT.slice(s.start, s.start + 1)} ${TEXT.slice(s.end - 1, s.end)}`
      : `${i}\t${t} ${s.start} ${s.end}\t${TEXT.slice(s.start, s.end)}`,
  ) },
  { weight: 3, arbitrary: fc.tuple(id('R'), fc.constantFrom('Speaker', 'Speaker', 'Cue', 'Addressee', '__proto__'), id('T'), id('T')).map(([i, t, a, b]) => `${i}\t${t} Arg1:${a} Arg2:${b}`) },
  { weight: 2, arbitrary: fc.tuple(id('A'), fc.constantFrom('Direct', 'Direct', 'Negated', 'constructor'), id('T')).map(([i, t, target]) => `${i}\t${t} ${target}`) },
  fc.tuple(id('#'), id('T'), note).map(([i, target, text]) => `${i}\tAnnotatorNotes ${target}\t${text}`),
  fc.tuple(id('N'), id('T'), fc.constantFrom('Wikidata:Q42', 'Wikidata:Q90', 'GeoNames:2988507', 'constructor:x')).map(([i, target, ref]) => `${i}\tReference ${target} ${ref}\tx`),
  fc.tuple(id('E'), id('T'), id('T')).map(([i, trigger, arg]) => `${i}\tAttack:${trigger} Target:${arg}`),
  fc.tuple(id('T'), id('T')).map(([a, b]) => `*\tEquiv ${a} ${b}`),
  // a whole quotation: Quote, Speaker, Cue, relations and Direct, with ids of their own
  {
    weight: 3,
    arbitrary: fc.tuple(fc.integer({ min: 5, max: 7 }), span, span, fc.option(span), fc.boolean()).map(([n, quote, speaker, cue, direct]) =>
      [
        `T${n}\tQuote ${quote.start} ${quote.end}\t${TEXT.slice(quote.start, quote.end)}`,
        `T${n}0\tSpeaker ${speaker.start} ${speaker.end}\t${TEXT.slice(speaker.start, speaker.end)}`,
        `R${n}\tSpeaker Arg1:T${n} Arg2:T${n}0`,
        ...(cue ? [`T${n}1\tCue ${cue.start} ${cue.end}\t${TEXT.slice(cue.start, cue.end)}`, `R${n}1\tCue Arg1:T${n} Arg2:T${n}1`] : []),
        ...(direct ? [`A${n}\tDirect T${n}`] : []),
      ].join('\n'),
    ),
  },
);

describe('brat: any file of any line kinds', () => {
  it('property: import never throws, writes a valid sidecar, and its export comes back whole', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.boolean(), (lines, crlf) => {
        const parsed = parseStandoff('\uFEFF' + lines.join(crlf ? '\r\n' : '\n'));
        assert.equal(parsed.lines, lines.flatMap((l) => l.split('\n')).length);
        const imported = importBrat(TEXT, parsed.records);
        const reread = parseSidecar(writeSidecar(imported.annotations));
        assert.deepEqual(reread.problems, []);
        const exportedRecords = exportBrat(buildArticleView(TEXT, reread.annotations)).records;
        const exported = formatStandoff(exportedRecords);
        // what the model holds comes back, when no quote span is given twice (two readings: the first wins, by rules of its own)
        const quoteSpans = parsed.records.flatMap((r) => (r.kind === 'T' && r.type === 'Quote' ? [`${r.fragments[0]!.start}:${r.fragments.at(-1)!.end}`] : []));
        if (new Set(quoteSpans).size === quoteSpans.length) {
          assert.deepEqual(missingFacts(understood(TEXT, parsed.records), understood(TEXT, exportedRecords)), [], `export:\n${exported}`);
        }
        const again = importBrat(TEXT, parseStandoff(exported).records);
        assert.equal(describeLosses(again.losses), '', `export:\n${exported}`);
        // and the second export says the same as the first (ids and order aside)
        const second = exportBrat(buildArticleView(TEXT, again.annotations)).records;
        assert.equal(describeLosses(bratLosses(second, exportedRecords)), '', `export:\n${exported}`);
      }),
      { numRuns: 300, seed: Number(process.env.BRAT_SEED ?? Date.now() & 0x7fffffff) },
    );
  });
});

describe('brat: a note on a span that a Quote also covers', () => {
  it('is written on a T line of its own kind, so that it comes back as a note on the span, not as the quotation\'s', () => {
    // Found by the property above (seed -1410283091): the note sat on the Quote and came back as its note.
    const lines = ['T4\tPerson 90 91\t»', '#1\tAnnotatorNotes T4\tà vérifier', 'T5\tQuote 90 91\t»', 'T50\tSpeaker 0 5\tSelon', 'R5\tSpeaker Arg1:T5 Arg2:T50'];
    const parsed = parseStandoff(lines.join('\n'));
    const imported = importBrat(TEXT, parsed.records);
    const exportedRecords = exportBrat(buildArticleView(TEXT, imported.annotations)).records;
    assert.deepEqual(missingFacts(understood(TEXT, parsed.records), understood(TEXT, exportedRecords)), [], formatStandoff(exportedRecords));
    const noteTarget = exportedRecords.find((r) => r.kind === '#');
    const target = exportedRecords.find((r) => r.kind === 'T' && noteTarget?.kind === '#' && r.id === noteTarget.target);
    assert.ok(target?.kind === 'T' && target.type !== 'Quote', formatStandoff(exportedRecords));
  });
});
