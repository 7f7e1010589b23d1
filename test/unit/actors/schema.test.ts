import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { writeSharedActors } from '../../../src/core/actors';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync('schemas/actors.schema.json', 'utf8')));

describe('shared actors JSON schema', () => {
  it('accepts what the writer writes, and the demo workspace file', () => {
    const written = writeSharedActors({
      properties: [{ name: 'gender', values: ['female', 'male'] }, { name: 'role' }],
      actors: [{ id: 'a', type: 'person', name: 'A', aliases: ['B'], note: 'n', externalId: 'Q1', properties: { gender: 'female', role: 'mayor' } }],
    });
    assert.ok(validate(parse(written)), JSON.stringify(validate.errors));
    assert.ok(validate(parse(readFileSync('demo/marginalia.actors.yaml', 'utf8'))), JSON.stringify(validate.errors));
  });

  it('rejects typical mistakes: an unknown field, a list of properties, mentions (they belong to sidecars)', () => {
    for (const mistake of [
      { marginalia: 1, actors: { a: { type: 'person', name: 'A', gender: 'female' } } },
      { marginalia: 1, actors: { a: { type: 'person', name: 'A', properties: ['female'] } } },
      { marginalia: 1, actors: { a: { type: 'person', name: 'A', mentions: { add: [] } } } },
      { marginalia: 1, properties: { gender: 'female' } },
    ]) assert.equal(validate(mistake), false, JSON.stringify(mistake));
  });
});
