import { strict as assert } from 'node:assert';
import { formatStandoff, parseStandoff } from '../../../src/core/formats/standoff';

describe('brat standoff', () => {
  it('parses text-bound annotations, relations and attributes', () => {
    const source = 'T1\tQuote 10 20\t„Hallo Welt“\nT2\tSpeaker 0 5;7 9\tAngela Me\nR1\tSpeaker Arg1:T1 Arg2:T2\nA1\tDirect T1\n';
    const { records, problems } = parseStandoff(source);
    assert.deepEqual(problems, []);
    assert.deepEqual(records[1], {
      kind: 'T', id: 'T2', type: 'Speaker', fragments: [{ start: 0, end: 5 }, { start: 7, end: 9 }], text: 'Angela Me',
    });
    assert.deepEqual(records[2], { kind: 'R', id: 'R1', type: 'Speaker', arg1: 'T1', arg2: 'T2' });
    assert.deepEqual(records[3], { kind: 'A', id: 'A1', type: 'Direct', target: 'T1' });
  });

  it('writes what it reads, byte for byte', () => {
    const source = 'T1\tPerson 0 16\tFrancisca Bostyn\nR1\tCue Arg1:T1 Arg2:T2\nA2\tQuoteType T1 Indirect\n';
    assert.equal(formatStandoff(parseStandoff(source).records), source);
  });

  it('reports malformed lines with their line number instead of throwing', () => {
    const { records, problems } = parseStandoff('T1\tPerson 5 2\tx\nbogus line\n');
    assert.equal(records.length, 0);
    assert.deepEqual(problems.map((p) => p.line), [1, 2]);
  });

  it('parses normalisations, events and equivalences, and writes them back byte for byte', () => {
    const source = 'N1\tReference T1 Wikidata:Q42\tDouglas Adams\nE1\tAttack:T2 Attacker:T3 Place:T4\n*\tEquiv T1 T5\n';
    const { records, problems } = parseStandoff(source);
    assert.deepEqual(problems, []);
    assert.deepEqual(records, [
      { kind: 'N', id: 'N1', type: 'Reference', target: 'T1', database: 'Wikidata', entry: 'Q42', text: 'Douglas Adams' },
      { kind: 'E', id: 'E1', type: 'Attack', trigger: 'T2', args: [{ role: 'Attacker', target: 'T3' }, { role: 'Place', target: 'T4' }] },
      { kind: '*', id: '*', type: 'Equiv', targets: ['T1', 'T5'] },
    ]);
    assert.equal(formatStandoff(records), source);
  });

  it('skips a BOM, reads CRLF as LF, and reports a malformed N, E or * line', () => {
    const { records, problems, lines } = parseStandoff('\uFEFFT1\tPerson 0 4\tPaul\r\nN1\tReference T1\r\nE1\tAttack T2\r\n*\tEquiv T1\r\n\r\n');
    assert.deepEqual(records, [{ kind: 'T', id: 'T1', type: 'Person', fragments: [{ start: 0, end: 4 }], text: 'Paul' }]);
    assert.deepEqual(problems.map((p) => p.line), [2, 3, 4]);
    assert.equal(lines, 4);
  });

  it('reports an id used twice, with the line of the first, and keeps both records', () => {
    const { records, problems } = parseStandoff('T1\tPerson 0 4\tPaul\nT1\tPerson 5 9\tJean\nA1\tNegated T1\nA1\tNegated T1\n');
    assert.equal(records.length, 4);
    assert.deepEqual(problems, [
      { line: 2, message: 'duplicate id T1 (first on line 1): both are read; references to T1 mean the first' },
      { line: 4, message: 'duplicate id A1 (first on line 3): both are read; references to A1 mean the first' },
    ]);
  });
});
