import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { Anchor, Annotations } from '../../../src/core/model';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { annotationsWithConflicts } from './helpers';

// mocha runs from the repository root.
const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const article = read('test/fixtures/samples/bostyn-rabat.txt');
const example = read('test/fixtures/samples/bostyn-rabat.txt.ann.yaml');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(read('schemas/ann.schema.json')));

function anchorsOf(model: Annotations): Anchor[] {
  return [
    ...model.actors.flatMap((a) => [...a.added, ...a.excluded]),
    ...model.quotations.flatMap((q) => (q.cue ? [q.anchor, q.cue] : [q.anchor])),
    ...model.topics.flatMap((t) => t.passages),
    ...model.notes.map((n) => n.anchor),
    ...model.rejected.map((r) => r.anchor),
  ];
}

describe('the bostyn-rabat example sidecar', () => {
  const parsed = parseSidecar(example);

  it('reads without problems and holds what the README promises', () => {
    assert.deepEqual(parsed.problems, []);
    const { actors, quotations, topics } = parsed.annotations;
    const bostyn = actors.find((a) => a.id === 'francisca-bostyn');
    assert.deepEqual(bostyn?.aliases, ['Bostyn']);
    assert.equal(bostyn?.added[0].text, 'directrice');
    assert.deepEqual(quotations.map((q) => q.speaker), [{ actor: 'medias-marocains' }, { text: 'the Belgian side, per La Libre' }]);
    assert.deepEqual(topics.map((t) => t.label), ['Counter-terrorism cooperation', 'Foreign Fighters', 'Transfer of detainees']);
  });

  it('anchors every stored span on the article: before + text + after occurs in it', () => {
    const anchors = anchorsOf(parsed.annotations);
    assert.ok(anchors.length >= 8);
    for (const anchor of anchors) {
      assert.ok(article.includes(anchor.before + anchor.text + anchor.after), `not in the article: ${JSON.stringify(anchor)}`);
    }
  });

  it('is what the writer writes for its model, comments included', () => {
    assert.equal(writeSidecar(parsed.annotations, parsed), example);
    const header = example.split('\n').filter((line) => line.startsWith('#')).length;
    assert.equal(writeSidecar(parsed.annotations), example.split('\n').slice(header).join('\n'));
  });

  it('is the same file as the demo copy', () => {
    assert.equal(read('demo/bostyn-rabat.txt.ann.yaml'), example);
  });

  it('is shown in full in the README', () => {
    const readme = read('README.md');
    const start = readme.indexOf('```yaml\n# Annotations of bostyn-rabat.txt') + '```yaml\n'.length;
    assert.equal(readme.slice(start, readme.indexOf('```', start)), example);
  });

  it('validates against the JSON Schema', () => {
    assert.ok(validate(parse(example)), JSON.stringify(validate.errors));
  });

  it('the schema accepts every file the writer writes and rejects typical mistakes', function () {
    this.timeout(60_000);
    fc.assert(fc.property(annotationsWithConflicts, (model) => {
      assert.ok(validate(parse(writeSidecar(model))), JSON.stringify(validate.errors));
    }), { numRuns: 150 });
    const bad = [
      'marginalia: 2\n',
      'actors:\n  a: {type: person}\n',
      'actors:\n  a: {type: person, name: A, aliases: A}\n',
      'quotations:\n  - {text: x, speaker: a, speaker-text: b}\n',
      'quotations:\n  - {text: ""}\n',
      'rejected:\n  - {kind: topic, text: x}\n',
      'notes:\n  - {text: x}\n',
      'conflicts:\n  - {path: actors.a.name, section: actors, entry: {text: a}}\n',
      'conflicts:\n  - {path: "notes[x]", section: notes, entry: x}\n',
      'conflicts:\n  - {path: x, section: codebook, entry: x}\n',
      'conflicts:\n  - {section: actors, entry: a}\n',
    ];
    for (const source of bad) assert.equal(validate(parse(source)), false, source);
  });
});
