/**
 * Fuzzing the sidecar format with structured mutations: sidecars built from sections, entries
 * and fields where any value may be of the wrong type, empty, huge, shared (YAML aliases) or
 * keyed by a name of Object.prototype. Whatever comes in, `check`'s reader, the writer, the
 * merge and the Quick Fixes never throw and never disagree: what the reader accepts, the
 * writer writes and the reader reads back equal.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { canPick, recordedConflictSites, resolveRecordedConflict } from '../../../src/core/git/recordedConflicts';
import { mergeAnnotations } from '../../../src/core/merge/mergeAnnotations';
import type { Annotations } from '../../../src/core/model';
import { isWritable, modelIssues, parseSidecar, writeSidecar, type ParsedSidecar } from '../../../src/core/sidecar';
import { annotationsWithConflicts, anyText } from './helpers';

const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', '1', 'true', 'null'];
const ids = fc.oneof(fc.constantFrom('a', 'b', 'vsse', ...ODD_KEYS), anyText);

/** A value of any type: what a hand edit may put in a field. */
const wild: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyText, fc.constantFrom('', ' ', null, 0, 1.5, -1, true, false, 'person', 'actor', 'quotation', 'x'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom('text', 'before', 'after', 'name', 'type', 'id', ...ODD_KEYS), anyText), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** A field's value: usually the right shape, sometimes anything. */
const text = fc.oneof({ weight: 4, arbitrary: anyText }, { weight: 1, arbitrary: wild });
const anchor = fc.oneof({ weight: 4, arbitrary: fc.record({ text, before: text, after: text }, { requiredKeys: ['text'] }) }, { weight: 1, arbitrary: wild });
const list = <T>(item: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: wild });

const actor = fc.record({
  type: text, name: text, aliases: list(text), note: text, 'external-id': text,
  mentions: fc.oneof(fc.record({ add: list(anchor), exclude: list(anchor) }, { requiredKeys: [] }), wild),
}, { requiredKeys: ['type', 'name'] });
const quotation = fc.record({
  text, before: text, after: text, speaker: ids, 'speaker-text': text, cue: anchor, topics: list(ids), note: text,
}, { requiredKeys: ['text'] });
const topic = fc.record({ label: text, parent: ids, passages: list(anchor) }, { requiredKeys: ['label'] });
const note = fc.record({ text, before: text, after: text, note: text }, { requiredKeys: ['text', 'note'] });
const rejection = fc.record({ kind: fc.oneof(fc.constantFrom('actor', 'quotation'), wild), text, before: text, after: text }, { requiredKeys: ['kind', 'text'] });
const FIELDS = ['name', 'type', 'note', 'externalId', 'aliases', 'added', 'speaker', 'cue', 'topics', 'label', 'parent', 'text', 'id', 'anchor', 'kind', ...ODD_KEYS];
const conflict = fc.record({
  path: text,
  section: fc.oneof(fc.constantFrom('actors', 'quotations', 'topics', 'notes', 'rejected'), wild),
  entry: fc.oneof(ids, anchor),
  field: fc.oneof(fc.constantFrom(...FIELDS), wild),
  base: fc.oneof(actor.map((a) => ({ id: 'a', ...a })), anchor, text, list(text), wild),
  ours: fc.oneof(text, list(text), anchor, fc.record({ text }), fc.record({ actor: ids }), wild),
  theirs: fc.oneof(text, list(text), anchor, wild),
}, { requiredKeys: ['path', 'section', 'entry'] });

const keyed = <T>(entry: fc.Arbitrary<T>) => fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(ids, entry, { maxKeys: 4 }) },
  { weight: 1, arbitrary: wild },
);
/** A sidecar as data: right-shaped sections mostly, wrong ones sometimes. */
const sidecarData = fc.record({
  marginalia: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: wild }),
  actors: keyed(actor),
  quotations: list(quotation),
  topics: keyed(topic),
  notes: list(note),
  rejected: list(rejection),
  conflicts: list(conflict),
}, { requiredKeys: ['marginalia'] });

/** A wild sidecar: every section made up, most of them wrong somewhere. */
const wildText = fc.tuple(sidecarData, fc.boolean()).map(([data, share]) => {
  const record = data as Record<string, unknown>;
  if (share && Array.isArray(record.notes) && record.notes.length > 0) record.notes = [...record.notes, record.notes[0], record.notes[0]];
  return stringify(data, { aliasDuplicateObjects: share });
});

/** One structured change to a valid sidecar's data, at a path chosen by `at`. */
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'empty', 'share', 'huge', 'odd-key', 'wrap'),
  value: wild,
  key: fc.constantFrom(...ODD_KEYS),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Every [container, key] of the data, depth first: the places a mutation may hit. */
function places(data: unknown, found: [Record<string, unknown> | unknown[], string | number][] = []): typeof found {
  if (Array.isArray(data)) data.forEach((item, i) => { found.push([data, i]); places(item, found); });
  else if (data && typeof data === 'object') for (const key of Object.keys(data)) { found.push([data as Record<string, unknown>, key]); places((data as Record<string, unknown>)[key], found); }
  return found;
}

function mutate(data: Record<string, unknown>, change: Mutation, shared: { value?: unknown }): void {
  const all = places(data);
  if (all.length === 0) return;
  const [container, key] = all[change.at % all.length]!;
  const target = container as Record<string | number, unknown>;
  switch (change.kind) {
    case 'replace': target[key] = change.value; break;
    case 'delete': if (Array.isArray(container)) container.splice(key as number, 1); else delete target[key]; break;
    case 'empty': target[key] = typeof target[key] === 'string' ? '' : Array.isArray(target[key]) ? [] : {}; break;
    // The same object twice: the YAML writer makes it an anchor and an alias.
    case 'share': shared.value ??= target[key]; target[key] = shared.value; break;
    case 'huge': target[key] = Array.from({ length: 1500 }, (_, i) => (Array.isArray(target[key]) && target[key].length > 0 ? target[key][0] : `x${i}`)); break;
    case 'odd-key': if (!Array.isArray(container)) { Object.defineProperty(target, change.key, { value: target[key], enumerable: true, configurable: true, writable: true }); delete target[key]; } break;
    case 'wrap': target[key] = [target[key]]; break;
  }
}

/** A valid sidecar with a few structured mutations: some still valid, most not. */
const mutatedText = fc.tuple(annotationsWithConflicts, fc.array(mutation, { minLength: 0, maxLength: 2 })).map(([model, changes]) => {
  const data = parse(writeSidecar(model)) as Record<string, unknown>;
  const shared = {};
  for (const change of changes) mutate(data, change, shared);
  return stringify(data, { aliasDuplicateObjects: true });
});

const sidecarText = fc.oneof({ weight: 3, arbitrary: mutatedText }, { weight: 1, arbitrary: wildText });

function readable(parsed: ParsedSidecar): boolean {
  return isWritable(parsed.problems);
}

/** Everything that must hold of a model the reader accepted. */
function assertWritesBack(annotations: Annotations, previous?: ParsedSidecar): void {
  assert.deepEqual(modelIssues(annotations), [], 'the writer accepts what the reader accepted');
  for (const written of [writeSidecar(annotations), writeSidecar(annotations, previous)]) {
    const again = parseSidecar(written);
    assert.deepEqual(again.problems.filter((p) => p.severity === 'error' && p.code !== 'merge-conflict-recorded'), [], written);
    assert.deepEqual(JSON.parse(JSON.stringify(sortedById(again.annotations))), JSON.parse(JSON.stringify(sortedById(annotations))));
  }
}

function sortedById(annotations: Annotations): Annotations {
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...annotations, actors: byId(annotations.actors), topics: byId(annotations.topics) };
}

describe('sidecar fuzzing: reader, writer, merge and Quick Fixes never crash and never disagree', function () {
  this.timeout(120_000);

  it('reads any mutated sidecar without throwing; what it accepts, the writer writes and reads back equal', () => {
    let accepted = 0;
    fc.assert(fc.property(sidecarText, (source) => {
      const parsed = parseSidecar(source);
      for (const problem of parsed.problems) assert.ok(problem.line >= 1 && problem.column >= 1 && problem.message.length > 0);
      if (!readable(parsed)) {
        assert.ok(parsed.problems.some((p) => p.severity === 'error'));
        // Never written over: its data could not all be read.
        assert.throws(() => writeSidecar(parsed.annotations, parsed));
        return;
      }
      accepted++;
      assertWritesBack(parsed.annotations, parsed);
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 200) });
    assert.ok(accepted > 20, `only ${accepted} of the fuzzed sidecars were accepted: the generator is too wild`);
  });

  it('offers only Quick Fixes that write a sidecar the reader accepts, and never throws offering them', () => {
    fc.assert(fc.property(sidecarText, (source) => {
      const parsed = parseSidecar(source);
      for (const site of recordedConflictSites(parsed)) {
        // A file with other errors is never written over: nothing to pick until they are fixed.
        if (!readable(parsed)) assert.deepEqual(site.sides, []);
        for (const side of ['ours', 'theirs', 'base'] as const) {
          if (!site.sides.includes(side)) {
            if (readable(parsed)) assert.equal(canPick(parsed.annotations, site.index, side), false);
            continue;
          }
          const written = parseSidecar(resolveRecordedConflict(source, site.index, side, site.conflict.path));
          assert.ok(readable(written), `${side} of ${site.conflict.path}: ${written.problems.map((p) => p.message).join('; ')}`);
        }
      }
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 150) });
  });

  it('merges any three accepted versions into annotations the writer writes and the reader reads back', () => {
    fc.assert(fc.property(sidecarText, sidecarText, sidecarText, (base, ours, theirs) => {
      const [b, o, t] = [base, ours, theirs].map((source) => parseSidecar(source));
      if (![b, o, t].every(readable)) return;
      const { merged } = mergeAnnotations(b.annotations, o.annotations, t.annotations);
      assertWritesBack(merged);
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 80) });
  });
});
