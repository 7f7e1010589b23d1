import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticleView } from '../../../src/core/article/view';
import { actorTypeOfBrat, bratLosses, bratTypeOf, describeLosses, exportBrat, importBrat, type BratLoss } from '../../../src/core/formats/brat';
import { formatStandoff, parseStandoff, type StandoffRecord } from '../../../src/core/formats/standoff';
import { EMPTY_ANNOTATIONS } from '../../../src/core/model';
import * as ops from '../../../src/core/operations';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { missingFacts, understood } from './bratUnderstood';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'brat');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** Import, through the sidecar file as the CLI does, then export. */
function throughSidecar(text: string, ann: string) {
  const parsed = parseStandoff(ann);
  const imported = importBrat(text, parsed.records);
  const reread = parseSidecar(writeSidecar(imported.annotations));
  assert.deepEqual(reread.problems, []);
  const exported = exportBrat(buildArticleView(text, reread.annotations)).records;
  return { parsed, imported, annotations: reread.annotations, exported };
}

const byKind = (losses: readonly BratLoss[]) => losses.map((l) => `${l.kind}${l.writtenAs ? ` ${l.writtenAs}` : ''}: ${l.ids.join(' ')}`);

describe('brat: every line kind, and what survives a round trip', () => {
  const text = read('every-kind.txt');
  const ann = read('every-kind.ann');

  it('reads every line kind of the hand-written file', () => {
    const parsed = parseStandoff(ann);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.lines, 33);
    assert.equal(parsed.records.length, 33);
    assert.deepEqual([...new Set(parsed.records.map((r) => r.kind))].sort(), ['#', '*', 'A', 'E', 'N', 'R', 'T']);
    assert.equal(formatStandoff(parsed.records), ann, 'written back byte for byte');
  });

  it('keeps what the model can hold and names every other line by kind and id', () => {
    const { parsed, imported, annotations, exported } = throughSidecar(text, ann);
    assert.deepEqual(imported.problems, []);
    assert.deepEqual(byKind(imported.losses), [
      'T Addressee: T8',
      'R Addressee: R3',
      'T Hour as Date: T9',
      'A QuoteType: M3',
      'A Negated: A4',
      'T Attack: T13',
      'E Attack: E1',
      '* Equiv: *',
      'T Person as one span: T15',
      'T constructor as Misc: T16',
      'T __proto__ as Misc: T17',
      'T toString as Misc: T18',
      'R __proto__: R4',
      'A constructor: A5',
    ]);
    // the report is exactly the difference with what an export writes
    assert.deepEqual(bratLosses(parsed.records, exported), imported.losses);
    assert.deepEqual(missingFacts(understood(text, parsed.records), understood(text, exported)), []);

    const actor = (name: string) => annotations.actors.find((a) => a.name === name)!;
    assert.equal(actor('Angela Merkel').externalId, 'Q567', 'N Wikidata: the QID');
    assert.equal(actor('Berlin').externalId, 'GeoNames:2950159', 'N other database: database:entry');
    assert.equal(actor('10 h').type, 'date');
    assert.deepEqual([actor('Le Monde').type, actor('Le Figaro').type, actor('Libération').type], ['misc', 'misc', 'misc']);
    assert.deepEqual(
      annotations.quotations.map((q) => [q.anchor.text, q.speaker, q.cue?.text, q.note]),
      [
        ['« la situation est grave »', { actor: 'angela-merkel' }, 'Selon', 'dit lors de la conférence de presse'],
        ['« non »', undefined, undefined, undefined],
      ],
    );
    assert.deepEqual(annotations.rejected.map((r) => [r.kind, r.anchor.text]), [['quotation', '« Une fin heureuse »']]);
    assert.deepEqual(annotations.notes.map((n) => [n.anchor.text, n.text]), [['Emmanuel Macron', 'président de la République']]);
  });

  it('writes a bare Quote back as the bare Quote it was, and A Direct only where it was', () => {
    const { exported } = throughSidecar(text, ann);
    const quotes = exported.filter((r): r is Extract<StandoffRecord, { kind: 'T' }> => r.kind === 'T' && r.type === 'Quote');
    const title = quotes.find((q) => q.text === '« Une fin heureuse »')!;
    assert.ok(title, 'the bare Quote is written');
    assert.deepEqual(exported.filter((r) => (r.kind === 'A' || r.kind === '#' || r.kind === 'N') && r.target === title.id), []);
    assert.deepEqual(exported.filter((r) => r.kind === 'R' && (r.arg1 === title.id || r.arg2 === title.id)), []);
    const direct = exported.flatMap((r) => (r.kind === 'A' && r.type === 'Direct' ? [quotes.find((q) => q.id === r.target)!.text] : []));
    assert.deepEqual(direct.sort(), ['« la situation est grave »', '« non »']);
  });

  it('gives its own export back unchanged (a second round trip loses nothing)', () => {
    const first = throughSidecar(text, ann);
    const second = throughSidecar(text, formatStandoff(first.exported));
    assert.deepEqual(second.imported.losses, []);
    assert.equal(formatStandoff(second.exported), formatStandoff(first.exported));
  });

  it('reads a file with a BOM and CRLF line ends from its first line, and keeps both spans of a duplicate id', () => {
    const parsed = parseStandoff(read('bom-crlf.ann'));
    assert.deepEqual(parsed.problems, [{ line: 3, message: 'duplicate id T2 (first on line 2): both are read; references to T2 mean the first' }]);
    assert.deepEqual(parsed.records.map((r) => r.id), ['T1', 'T2', 'T2', 'T3', 'A1']);
    assert.equal((parsed.records[0] as Extract<StandoffRecord, { kind: 'T' }>).type, 'Organization', 'the first line, after the BOM');
    const articleText = read('bom-crlf.txt').replace(/^\uFEFF/u, '');
    const { imported, exported } = throughSidecar(articleText, read('bom-crlf.ann'));
    assert.deepEqual(imported.annotations.actors.map((a) => a.name).sort(), ['Bostyn', 'Francisca Bostyn', 'VSSE']);
    assert.deepEqual(imported.losses, []);
    const spans = exported.flatMap((r) => (r.kind === 'T' ? [r.text] : []));
    assert.deepEqual(spans, ['VSSE', 'Francisca Bostyn', 'Bostyn', '« oui »']);
  });

  it('a duplicate Quote id: relations go to the first, the second is a bare Quote', () => {
    const t = 'Il a dit « oui » puis « non ».';
    const at = (s: string) => `${t.indexOf(s)} ${t.indexOf(s) + s.length}`;
    const source = [`T1\tQuote ${at('« oui »')}\t« oui »`, `T1\tQuote ${at('« non »')}\t« non »`, `T2\tSpeaker ${at('Il')}\tIl`, 'R1\tSpeaker Arg1:T1 Arg2:T2'].join('\n');
    const { annotations } = importBrat(t, parseStandoff(source).records);
    assert.deepEqual(annotations.quotations.map((q) => [q.anchor.text, q.speaker]), [['« oui »', { text: 'Il' }]]);
    assert.deepEqual(annotations.rejected.map((r) => r.anchor.text), ['« non »']);
  });
});

describe('brat: keys from the file are never looked up on plain objects', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it('maps such brat types to misc, and such actor types to their capitalised name', () => {
    assert.deepEqual(names.map(actorTypeOfBrat), names.map(() => 'misc'));
    assert.deepEqual(names.map(bratTypeOf), ['__proto__', 'Constructor', 'ToString', 'HasOwnProperty', 'ValueOf']);
  });

  it('imports spans, relations, attributes and ids named so without a crash', () => {
    const text = 'Alpha Beta Gamma Delta';
    const source = [
      'T__proto__\t__proto__ 0 5\tAlpha',
      'Tconstructor\tconstructor 6 10\tBeta',
      'TtoString\tQuote 11 16\tGamma',
      'R__proto__\tSpeaker Arg1:TtoString Arg2:T__proto__',
      'Aconstructor\tconstructor Tconstructor',
      '#constructor\tAnnotatorNotes Tconstructor\tnote',
      'Nconstructor\tconstructor Tconstructor constructor:__proto__\tBeta',
    ].join('\n');
    const parsed = parseStandoff(source);
    assert.deepEqual(parsed.problems, []);
    const { annotations, problems, losses } = importBrat(text, parsed.records);
    assert.deepEqual(problems, []);
    assert.deepEqual(annotations.actors.map((a) => [a.name, a.type, a.externalId]), [['Alpha', 'misc', undefined], ['Beta', 'misc', 'constructor:__proto__']]);
    assert.deepEqual(annotations.quotations.map((q) => q.speaker), [{ actor: 'alpha' }]);
    assert.deepEqual(describeLosses(losses), '1 T __proto__ written as Misc (T__proto__), 1 T constructor written as Misc (Tconstructor), 1 A constructor (Aconstructor)');
  });

  it('exports an actor of type constructor as the brat type Constructor', () => {
    const text = 'Alpha est là.';
    const annotations = ops.addActor(EMPTY_ANNOTATIONS, 'constructor', 'Alpha');
    const records = exportBrat(buildArticleView(text, annotations)).records;
    assert.equal(formatStandoff(records), 'T1\tConstructor 0 5\tAlpha\n');
  });
});

describe('brat: the choices a round trip depends on', () => {
  it('a Quote marked A Direct, without speaker or cue, is a quotation; an unmarked one is a rejected suggestion', () => {
    const text = 'Il a crié « non ». Le film « Oui » sort.';
    const at = (s: string) => `${text.indexOf(s)} ${text.indexOf(s) + s.length}`;
    const source = `T1\tQuote ${at('« non »')}\t« non »\nT2\tQuote ${at('« Oui »')}\t« Oui »\nA1\tDirect T1\n`;
    const { annotations } = importBrat(text, parseStandoff(source).records);
    assert.deepEqual(annotations.quotations.map((q) => q.anchor.text), ['« non »']);
    assert.deepEqual(annotations.rejected.map((r) => [r.kind, r.anchor.text]), [['quotation', '« Oui »']]);
    // the other way round: the attribute decides, not the position
    const swapped = importBrat(text, parseStandoff(source.replace('Direct T1', 'Direct T2')).records).annotations;
    assert.deepEqual(swapped.quotations.map((q) => q.anchor.text), ['« Oui »']);
    assert.deepEqual(swapped.rejected.map((r) => r.anchor.text), ['« non »']);
  });

  it('A Indirect is speech too, and a quotation outside quotation marks goes back as A Indirect', () => {
    const text = 'Le maire estime que la ville est sûre. Le film « Oui » sort.';
    const claim = 'la ville est sûre';
    const source = `T1\tQuote ${text.indexOf(claim)} ${text.indexOf(claim) + claim.length}\t${claim}\nA1\tIndirect T1\nT2\tQuote ${text.indexOf('«')} ${text.indexOf('»') + 1}\t« Oui »\n`;
    const { annotations, losses } = importBrat(text, parseStandoff(source).records);
    assert.deepEqual(annotations.quotations.map((q) => q.anchor.text), [claim]);
    assert.deepEqual(losses, []);
    const records = exportBrat(buildArticleView(text, annotations)).records;
    assert.deepEqual(records.flatMap((r) => (r.kind === 'A' ? [`${r.type} ${r.target}`] : [])), ['Indirect T1']);
  });

  const speakerStart = (records: readonly StandoffRecord[]) =>
    records.find((r): r is Extract<StandoffRecord, { kind: 'T' }> => r.kind === 'T' && r.type === 'Speaker')?.fragments[0]!.start;

  it('exports the speaker at its mention nearest the quotation, not a farther one', () => {
    const text = 'Paul parle. Hier, Paul a dit « oui » et il est parti avec Paul.';
    const quote = { text: '« oui »', before: 'Paul a dit ', after: ' et il est' };
    const annotations = ops.attributeQuotation(ops.addActor(EMPTY_ANNOTATIONS, 'person', 'Paul'), quote, { actor: 'paul' });
    assert.equal(speakerStart(exportBrat(buildArticleView(text, annotations)).records), text.indexOf('Paul a dit'));
    // a free-text speaker: the nearest whole word ("il", not the "il" of "Avril" nearer the quotation)
    const text2 = 'Il part. Avril, il a dit « oui » Avril.';
    const free = ops.attributeQuotation(EMPTY_ANNOTATIONS, { text: '« oui »', before: 'il a dit ', after: ' Avril.' }, { text: 'il' });
    assert.equal(speakerStart(exportBrat(buildArticleView(text2, free)).records), text2.indexOf('il a dit'));
  });

  it('exports the speaker nearest the cue when there is one', () => {
    const text = 'Hier, Paul a dit à Marie : « jamais ». Paul est parti.';
    let annotations = ops.addActor(EMPTY_ANNOTATIONS, 'person', 'Paul');
    annotations = ops.attributeQuotation(annotations, { text: '« jamais »', before: 'à Marie : ', after: '. Paul est' }, { actor: 'paul' }, {
      cue: { text: 'a dit', before: 'Hier, Paul ', after: ' à Marie' },
    });
    assert.equal(speakerStart(exportBrat(buildArticleView(text, annotations)).records), text.indexOf('Paul a dit'));
    // without the cue, the mention right after the quotation is the nearest
    const withoutCue = ops.attributeQuotation(ops.addActor(EMPTY_ANNOTATIONS, 'person', 'Paul'), { text: '« jamais »', before: 'à Marie : ', after: '. Paul est' }, { actor: 'paul' });
    assert.equal(speakerStart(exportBrat(buildArticleView(text, withoutCue)).records), text.indexOf('Paul est'));
  });
});
