import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { formatCsv, parseCsv } from '../../../src/core/corpus/csv';
import { articleRows, type CorpusRow } from '../../../src/core/corpus/rows';
import { formatJsonl, formatRowsCsv, ROW_FIELDS } from '../../../src/core/corpus/table';
import { fixtureView, TEXT } from './corpusFixture';

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes or line breaks, doubling the quotes, and ends lines with CRLF', () => {
    assert.equal(formatCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 'cr\r']]), 'a,"b,c","say ""hi""","two\nlines","cr\r"\r\n');
  });

  it('reads back what it writes, whatever the fields', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', '🎉', '=', '+', '-', '@', "'", '\t', '1', '.') });
    fc.assert(fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (records) => {
      assert.deepEqual(parseCsv(formatCsv(records)), records);
    }));
  });

  it('keeps a spreadsheet from running a text as a formula, and leaves numbers alone', () => {
    const hostile = ['=HYPERLINK("http://x.invalid","clic")', '+33 1 23', '-Nous partons.', '@afpfr a écrit', '\t=1+1', "'=déjà"];
    assert.equal(formatCsv([hostile]), `"'=HYPERLINK(""http://x.invalid"",""clic"")",'+33 1 23,'-Nous partons.,'@afpfr a écrit,'\t=1+1,''=déjà\r\n`);
    assert.deepEqual(parseCsv(formatCsv([hostile])), [hostile], 'read back as written');
    assert.equal(formatCsv([['-0.25', '+3', '1e-3', "l'État", 'a=b']]), "-0.25,+3,1e-3,l'État,a=b\r\n");
  });

  it('refuses an unclosed quote and text after a closing quote', () => {
    assert.throws(() => parseCsv('"open,\r\n'), /unclosed quote/);
    assert.throws(() => parseCsv('"a"b\r\n'), /after a closing quote/);
  });
});

describe('CSV and JSONL exports of the rows', () => {
  const { quotations, mentions } = articleRows('dossier, "brest".txt', fixtureView(), { propertiesOf: (actor) => (actor.id === 'lea-martin' ? { gender: 'f', role: 'maire, Brest' } : undefined) });
  const rows: CorpusRow[] = [...quotations, ...mentions];

  it('give one CSV record per quotation and per mention, the fields of the contract then one column per property', () => {
    const [header, ...records] = parseCsv(formatRowsCsv(rows));
    assert.deepEqual(header, [...ROW_FIELDS, 'property:gender', 'property:role']);
    assert.equal(records.length, rows.length);
    const column = (name: string) => header!.indexOf(name);
    const first = records[0]!;
    assert.equal(first[column('article')], 'dossier, "brest".txt');
    assert.equal(first[column('text')], quotations[0]!.text);
    assert.equal(first[column('note')], 'a note, "quoted"');
    assert.equal(first[column('property:role')], 'maire, Brest');
    for (const [i, record] of records.entries()) {
      const row = rows[i]!;
      assert.equal(record[column('kind')], row.kind);
      if (row.offsets) {
        assert.equal(TEXT.slice(Number(record[column('start')]), Number(record[column('end')])), record[column('text')]);
        assert.equal(Array.from(TEXT).slice(Number(record[column('startCodePoint')]), Number(record[column('endCodePoint')])).join(''), record[column('text')]);
      } else {
        assert.equal(record[column('start')], '');
      }
    }
  });

  it('give one JSON line per row that reads back to the same fields', () => {
    const lines = formatJsonl(rows).split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, rows.length);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(parsed.map((r) => r.text), rows.map((r) => r.text));
    assert.deepEqual(parsed[0]!.properties, { gender: 'f', role: 'maire, Brest' });
    assert.equal(parsed[0]!.startCodePoint, quotations[0]!.offsets!.startCodePoint);
    assert.equal(parsed[3]!.start, undefined);
    assert.deepEqual(parsed.filter((r) => r.kind === 'mention').map((r) => [r.start, r.end, r.actorId]), mentions.map((m) => [m.offsets.start, m.offsets.end, m.actorId]));
  });
});
