import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Annotations } from '../../../src/core/model';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { annotations, canonical } from './helpers';

/** One step of an annotating session on a list section: an entry added, removed or replaced at some place. */
interface Step {
  readonly section: 'quotations' | 'notes' | 'rejected';
  readonly kind: 'insert' | 'remove' | 'replace';
  readonly at: number;
  readonly pick: number;
}
const step: fc.Arbitrary<Step> = fc.record({
  section: fc.constantFrom('quotations' as const, 'notes' as const, 'rejected' as const),
  kind: fc.constantFrom('insert' as const, 'remove' as const, 'replace' as const),
  at: fc.nat(),
  pick: fc.nat(),
});

/** Applies a step; an added entry gets an anchor of its own (`fresh`), as a new annotation has. */
function apply(model: Annotations, pool: Annotations, { section, kind, at, pick }: Step, fresh: string): Annotations {
  const list: unknown[] = [...model[section]];
  if (kind !== 'insert' && list.length === 0) return model;
  if (kind === 'remove') {
    list.splice(at % list.length, 1);
    return { ...model, [section]: list };
  }
  const source = pool[section];
  if (source.length === 0) return model;
  const picked = source[pick % source.length];
  const item = section === 'quotations'
    ? { ...(picked as Annotations['quotations'][number]), anchor: { text: fresh, before: '', after: '' }, speaker: { text: 'x' }, topics: [] }
    : section === 'notes' ? { ...(picked as Annotations['notes'][number]), anchor: { text: fresh, before: '', after: '' } } : { ...(picked as Annotations['rejected'][number]), anchor: { text: fresh, before: '', after: '' } };
  if (kind === 'insert') list.splice(at % (list.length + 1), 0, item);
  else list[at % list.length] = item;
  return { ...model, [section]: list };
}

describe('writing from an older parse (the editor session writes from the sidecar as it read it)', function () {
  this.timeout(120_000);

  it('gives the same bytes as writing from the parse of the previous write, step after step', () => {
    fc.assert(fc.property(annotations, annotations, fc.array(step, { minLength: 1, maxLength: 8 }), (first, pool, steps) => {
      const read = parseSidecar(writeSidecar(first));
      let model = read.annotations;
      let latest = read;
      steps.forEach((s, i) => {
        model = apply(model, pool, s, `new annotation ${i}`);
        const written = writeSidecar(model, latest);
        assert.equal(writeSidecar(model, read), written);
        latest = parseSidecar(written);
        assert.deepEqual(canonical(latest.annotations), canonical(model));
      });
    }), { numRuns: 100 });
  });

  it('gives back the file as read, comments and all, when the changes are undone', () => {
    const source = '# by hand\nmarginalia: 1\nnotes:\n  # the first\n  - { text: Rabat, note: "la capitale" }\n  - text: VSSE\n    note: sûreté\n';
    const read = parseSidecar(source);
    const removed = { ...read.annotations, notes: read.annotations.notes.slice(1) };
    assert.ok(!writeSidecar(removed, read).includes('# the first'));
    assert.equal(writeSidecar(read.annotations, read), source);
  });
});
