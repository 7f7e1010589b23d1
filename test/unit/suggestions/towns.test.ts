import { strict as assert } from 'node:assert';
import { readTowns } from '../../../src/cli/towns';
import { parseTownNames, suggestEntities } from '../../../src/core/suggestions';

describe('town names (GeoNames, written at install, read by the host)', () => {
  it('knows towns of France and of the world, as written', () => {
    const towns = readTowns();
    for (const town of ['Reims', 'Créteil', 'Toulouse', 'Rabat', 'Montréal']) assert.ok(towns.has(town), town);
  });
  it('does not know common words or lowercase spellings', () => {
    const towns = readTowns();
    for (const word of ['Bonjour', 'Gouvernement', 'reims', '']) assert.ok(!towns.has(word), word);
  });
  it('parses one name per line, blank lines ignored', () => {
    assert.deepEqual([...parseTownNames('Reims\n\nLyon\n')], ['Reims', 'Lyon']);
  });
  it('types a name as a place only when the host passes the town', () => {
    const text = 'Le club a battu Créteil. Créteil perd un rang.';
    const typeOf = (towns?: ReadonlySet<string>): string | undefined =>
      suggestEntities(text, { language: 'fr', ...(towns ? { towns } : {}) }).find((e) => text.slice(e.span.start, e.span.end) === 'Créteil')?.type;
    assert.equal(typeOf(new Set(['Créteil'])), 'place');
    assert.notEqual(typeOf(), 'place');
  });
});
