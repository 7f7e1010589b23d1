import { strict as assert } from 'node:assert';
import { isTown } from '../../../src/core/suggest/towns';

describe('town names (GeoNames, written at install)', () => {
  it('knows towns of France and of the world, as written', () => {
    for (const town of ['Reims', 'Créteil', 'Toulouse', 'Rabat', 'Montréal']) assert.ok(isTown(town), town);
  });
  it('does not know common words or lowercase spellings', () => {
    for (const word of ['Bonjour', 'Gouvernement', 'reims', '']) assert.ok(!isTown(word), word);
  });
});
