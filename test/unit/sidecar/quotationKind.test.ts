import { strict as assert } from 'node:assert';
import { EMPTY_ANNOTATIONS, type Annotations } from '../../../src/core/model';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { mergeAnnotations } from '../../../src/core/merge/mergeAnnotations';

const anchor = (text: string) => ({ text, before: '', after: '' });

describe('sidecar: the kind of a quotation', () => {
  it('writes kind: indirect for indirect speech and reads it back; a direct quotation has no kind', () => {
    const model: Annotations = {
      ...EMPTY_ANNOTATIONS,
      quotations: [
        { anchor: anchor('that the bridge would reopen in May'), kind: 'indirect', speaker: { text: 'the mayor' }, cue: anchor('said'), topics: [] },
        { anchor: anchor('“We are ready”'), speaker: { text: 'the mayor' }, topics: [] },
      ],
    };
    const written = writeSidecar(model);
    assert.match(written, /kind: indirect/u);
    assert.equal(written.match(/kind:/gu)?.length, 1, written);
    const read = parseSidecar(written);
    assert.deepEqual(read.problems, []);
    assert.equal(read.annotations.quotations[0]!.kind, 'indirect');
    assert.equal('kind' in read.annotations.quotations[1]!, false);
    assert.equal(writeSidecar(read.annotations, read), written);
  });

  it('reports an unknown kind at its value and keeps the quotation as direct speech', () => {
    const source = 'marginalia: 1\nquotations:\n  - text: that prices would fall\n    kind: reported\n';
    const read = parseSidecar(source);
    assert.deepEqual(read.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`), ['4:11 error wrong-type']);
    assert.match(read.problems[0]!.message, /indirect/u);
    assert.equal(read.annotations.quotations.length, 1);
    assert.equal(read.annotations.quotations[0]!.kind, undefined);
  });

  it('merges the kind as one value: a side that marks a quotation indirect keeps the other side\'s note, and unmarking it wins over a side that left it', () => {
    const read = (source: string) => parseSidecar(source).annotations;
    const base = 'marginalia: 1\nquotations:\n  - text: that prices would fall\n';
    const indirect = base + '    kind: indirect\n';
    const noted = base + '    note: checked\n';
    const { merged, conflicts } = mergeAnnotations(read(base), read(indirect), read(noted), {});
    assert.deepEqual(conflicts, []);
    assert.equal(merged.quotations[0]!.kind, 'indirect');
    assert.equal(merged.quotations[0]!.note, 'checked');


    // one side turns it back into direct speech, the other leaves it: the change wins
    const undone = mergeAnnotations(read(indirect), read(base), read(indirect + '    note: checked\n'), {});
    assert.deepEqual(undone.conflicts, []);
    assert.equal(undone.merged.quotations[0]!.kind, undefined);
    assert.equal(undone.merged.quotations[0]!.note, 'checked');
  });
});
