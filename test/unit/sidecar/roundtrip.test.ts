import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { isWritable, parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { annotations, canonical, inFileOrder } from './helpers';

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('sidecar round trip', function () {
  // Property tests: hundreds of files each.
  this.timeout(120_000);

  it('reads back exactly the model it wrote (unicode, quotes, colons, #, line breaks, leading spaces)', () => {
    fc.assert(fc.property(annotations, (model) => {
      const written = writeSidecar(model);
      const read = parseSidecar(written);
      assert.deepEqual(read.problems, [], written);
      assert.deepEqual(plain(read.annotations), plain(inFileOrder(model)), written);
    }), { numRuns: 300 });
  });

  it('writes the same bytes for the same model, with or without the previous file', () => {
    fc.assert(fc.property(annotations, (model) => {
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
    fc.assert(fc.property(annotations, annotations, (before, after) => {
      const result = writeSidecar(after, writeSidecar(before));
      const read = parseSidecar(result);
      assert.deepEqual(read.problems, [], result);
      assert.deepEqual(canonical(read.annotations), canonical(after), result);
    }), { numRuns: 300 });
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
    }), { numRuns: 300 });
  });
});
