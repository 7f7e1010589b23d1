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
});
