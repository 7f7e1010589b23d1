import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { isWritable, parseSidecar, writeSidecar, type SidecarProblem } from '../../../src/core/sidecar';
import { annotations, annotationsWithConflicts, canonical, changedLines, inFileOrder } from './helpers';

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
// The random models may store the same span twice: read back with a 'duplicate-entry' warning;
// each merge conflict they hold is reported as 'merge-conflict-recorded'.
const unexpected = (problems: readonly SidecarProblem[]) =>
  problems.filter((p) => p.code !== 'duplicate-entry' && p.code !== 'merge-conflict-recorded');

describe('sidecar round trip', function () {
  // Property tests: hundreds of files each.
  this.timeout(120_000);

  it('reads back exactly the model it wrote (unicode, quotes, colons, #, line breaks, leading spaces, conflicts)', () => {
    fc.assert(fc.property(annotationsWithConflicts, (model) => {
      const written = writeSidecar(model);
      const read = parseSidecar(written);
      assert.deepEqual(unexpected(read.problems), [], written);
      assert.equal(read.problems.filter((p) => p.code === 'merge-conflict-recorded').length, model.conflicts?.length ?? 0);
      assert.deepEqual(plain(read.annotations), plain(inFileOrder(model)), written);
    }), { numRuns: 200 });
  });

  it('writes the same bytes for the same model, with or without the previous file', () => {
    fc.assert(fc.property(annotationsWithConflicts, (model) => {
      const first = writeSidecar(model);
      assert.equal(writeSidecar(model), first);
      assert.equal(writeSidecar(model, first), first);
      assert.equal(writeSidecar(inFileOrder(model), parseSidecar(first)), first);
    }), { numRuns: 200 });
  });

  it('writes LF line endings and exactly one final newline', () => {
    fc.assert(fc.property(annotations, (model) => {
      const written = writeSidecar(model);
      assert.ok(!written.includes('\r'), 'no raw carriage return');
      assert.ok(written.endsWith('\n') && !written.endsWith('\n\n'));
    }), { numRuns: 100 });
  });

  it('turns any previous file into one that reads back as the new model (splicing is correct)', () => {
    fc.assert(fc.property(annotationsWithConflicts, annotationsWithConflicts, (before, after) => {
      const result = writeSidecar(after, writeSidecar(before));
      const read = parseSidecar(result);
      assert.deepEqual(unexpected(read.problems), [], result);
      assert.deepEqual(canonical(read.annotations), canonical(after), result);
    }), { numRuns: 200 });
  });

  it('adds one entry to a file as added lines only', () => {
    const addition = fc.oneof(
      annotations.map((extra) => ({ quotations: extra.quotations.slice(0, 1), notes: [], rejected: [] })),
      annotations.map((extra) => ({ quotations: [], notes: extra.notes.slice(0, 1), rejected: [] })),
      annotations.map((extra) => ({ quotations: [], notes: [], rejected: extra.rejected.slice(0, 1) })),
    );
    fc.assert(fc.property(annotations, addition, fc.nat(), (model, extra, where) => {
      const put = <T>(items: readonly T[], added: readonly T[]) => {
        const at = where % (items.length + 1);
        return [...items.slice(0, at), ...added, ...items.slice(at)];
      };
      const before = writeSidecar(model);
      const next = {
        ...model, quotations: put(model.quotations, extra.quotations.map((q) => ({ ...q, speaker: undefined, topics: [] }))),
        notes: put(model.notes, extra.notes), rejected: put(model.rejected, extra.rejected),
      };
      const after = writeSidecar(next, before);
      assert.deepEqual(changedLines(before, after).removed, []);
    }), { numRuns: 150 });
  });

  it('splices into files formatted differently by hand (indent 4, unindented lists, flow maps)', () => {
    const formats = fc.record({ indent: fc.constantFrom(2, 4), indentSeq: fc.boolean(), flowLevel: fc.constantFrom(0, 2, 3) });
    fc.assert(fc.property(annotations, annotations, formats, (before, after, format) => {
      const handwritten = stringify(parseSidecar(writeSidecar(before)).document.toJS(), { ...format, lineWidth: 0 });
      const previous = parseSidecar(handwritten);
      // yaml.stringify itself mis-prints a few exotic strings; those files are not hand-written ones.
      fc.pre(isWritable(previous.problems));
      const result = writeSidecar(after, previous);
      const read = parseSidecar(result);
      assert.deepEqual(read.problems.filter((p) => p.severity === 'error'), [], handwritten + '\n---\n' + result);
      assert.deepEqual(canonical(read.annotations), canonical(after), handwritten + '\n---\n' + result);
    }), { numRuns: 200 });
  });
});
