import { strict as assert } from 'node:assert';
import type { Actor, Annotations, Quotation } from '../../../src/core/model';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { changedLines } from './helpers';

/** Written by hand: comments, custom key order, flow maps, 4-space values, blank lines. */
const HAND_EDITED = `# Bostyn in Rabat — annotated by hand
marginalia: 1

actors:
  # people first
  francisca-bostyn:
    name: Francisca Bostyn      # key order: name before type
    type: person
    aliases: [ Bostyn ]

  vsse: { type: organization, name: VSSE }
  al-qaida:
        type: organization
        name: "Al-Qaïda"

quotations:
- text: '«ce que la Syrie et l’Irak ont été»'
  before: "devienne "
  speaker-text: the Belgian side, per La Libre   # to check
# the Moroccan view
- text: «la nécessité d’élargir…»
  speaker: francisca-bostyn
topics: {}
`;

const parsed = parseSidecar(HAND_EDITED);
const model = parsed.annotations;

function actor(id: string, name: string, more: Partial<Actor> = {}): Actor {
  return { id, type: 'organization', name, aliases: [], added: [], excluded: [], ...more };
}

function write(next: Annotations): string {
  return writeSidecar(next, parsed);
}

describe('sidecar diff locality', () => {
  it('reads the hand-edited file and writes it back byte for byte', () => {
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(model.actors.map((a) => a.id), ['francisca-bostyn', 'vsse', 'al-qaida']);
    assert.equal(write(model), HAND_EDITED);
  });

  it('adds an actor as added lines only, before the first id that sorts after it', () => {
    const result = write({ ...model, actors: [...model.actors, actor('la-libre', 'La Libre')] });
    assert.deepEqual(changedLines(HAND_EDITED, result), {
      removed: [],
      added: ['  la-libre:', '    type: organization', '    name: La Libre'],
    });
    assert.ok(result.indexOf('la-libre:') < result.indexOf('vsse:'));
    assert.ok(result.indexOf('la-libre:') > result.indexOf('aliases: [ Bostyn ]'));
  });

  it('removes an actor as removed lines only, with the comment directly above it', () => {
    const withoutBostyn = { ...model, actors: model.actors.filter((a) => a.id !== 'francisca-bostyn'), quotations: model.quotations.slice(0, 1) };
    const result = write({ ...withoutBostyn, quotations: model.quotations.slice(0, 1) });
    const lines = result.split('\n');
    assert.ok(!result.includes('francisca-bostyn') && !result.includes('# people first'));
    assert.ok(!result.includes('# the Moroccan view'));
    assert.ok(lines.includes('  vsse: { type: organization, name: VSSE }'));
    assert.ok(result.includes('speaker-text: the Belgian side, per La Libre   # to check'));
  });

  it('removes a one-line entry and nothing else', () => {
    const result = write({ ...model, actors: model.actors.filter((a) => a.id !== 'vsse') });
    assert.deepEqual(changedLines(HAND_EDITED, result), { removed: ['  vsse: { type: organization, name: VSSE }'], added: [] });
  });

  it('rewrites a changed entry in place and leaves its neighbours alone', () => {
    const result = write({ ...model, actors: model.actors.map((a) => (a.id === 'al-qaida' ? { ...a, aliases: ['Al-Qaida'] } : a)) });
    assert.deepEqual(changedLines(HAND_EDITED, result), {
      removed: ['        type: organization', '        name: "Al-Qaïda"'],
      added: ['    type: organization', '    name: Al-Qaïda', '    aliases: [Al-Qaida]'],
    });
  });

  it('adds a quotation right after the one that precedes it in the model, at the list indentation', () => {
    const added: Quotation = { anchor: { text: '«nouvelle»', before: 'dit ', after: '.' }, speaker: { actor: 'vsse' }, topics: [] };
    const result = write({ ...model, quotations: [model.quotations[0], added, model.quotations[1]] });
    assert.deepEqual(changedLines(HAND_EDITED, result), {
      removed: [],
      added: ['- text: «nouvelle»', '  before: "dit "', '  after: "."', '  speaker: vsse'],
    });
    assert.ok(result.indexOf('«nouvelle»') < result.indexOf('# the Moroccan view'));
  });

  it('re-renders a flow-style section whole when an entry is added to it', () => {
    const result = write({ ...model, topics: [{ id: 'foreign-fighters', label: 'Foreign Fighters', passages: [] }] });
    assert.deepEqual(changedLines(HAND_EDITED, result), {
      removed: ['topics: {}'],
      added: ['topics:', '  foreign-fighters:', '    label: Foreign Fighters'],
    });
  });

  it('adds a missing section after the sections that precede it', () => {
    const result = write({ ...model, notes: [{ anchor: { text: 'Rabat', before: '', after: '' }, text: 'capital' }] });
    assert.deepEqual(changedLines(HAND_EDITED, result), { removed: [], added: ['notes:', '  - text: Rabat', '    note: capital'] });
    assert.ok(result.endsWith('topics: {}\nnotes:\n  - text: Rabat\n    note: capital\n'));
  });

  it('drops a section that becomes empty', () => {
    const result = write({ ...model, quotations: [] });
    assert.ok(!result.includes('quotations:') && !result.includes('«'));
    assert.deepEqual(parseSidecar(result).annotations.actors, model.actors);
  });

  it('adds the missing version line without touching the rest', () => {
    const source = 'actors:\n  x: {type: person, name: X}   # mine\n';
    assert.equal(writeSidecar(parseSidecar(source).annotations, source), 'marginalia: 1\n' + source);
  });

  it('gives the same entry in the same place when two branches add the same actor', () => {
    const added = actor('la-libre', 'La Libre', { note: 'Belgian daily' });
    const branchA = write({ ...model, actors: [...model.actors, added] });
    const branchB = write({ ...model, actors: [added, ...model.actors] });
    assert.equal(branchA, branchB);
  });
});
