import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { slugify } from '../../../src/core/sidecar';

describe('slugify', () => {
  it('makes readable ids of names in French and English', () => {
    const none = new Set<string>();
    assert.equal(slugify('Francisca Bostyn', none), 'francisca-bostyn');
    assert.equal(slugify("l'État islamique", none), 'l-etat-islamique');
    assert.equal(slugify('l’État islamique', none), 'l-etat-islamique');
    assert.equal(slugify('Al-Qaïda', none), 'al-qaida');
    assert.equal(slugify('Paul Van Tigchelt', none), 'paul-van-tigchelt');
    assert.equal(slugify('  Sûreté de l’État (VSSE) ', none), 'surete-de-l-etat-vsse');
    assert.equal(slugify('Straße', none), 'strasse');
    assert.equal(slugify('Œuvre', none), 'oeuvre');
  });

  it('folds accents written decomposed (NFD) like precomposed ones', () => {
    assert.equal(slugify('E\u0301tat', new Set()), slugify('\u00c9tat', new Set()));
  });

  it('keeps letters of other scripts and falls back when nothing is left', () => {
    assert.equal(slugify('الرباط', new Set()), 'الرباط');
    assert.equal(slugify('«»', new Set()), 'unnamed');
  });

  it('appends -2, -3… until the id is free, without changing the set', () => {
    const taken = new Set(['francisca-bostyn', 'francisca-bostyn-2']);
    assert.equal(slugify('Francisca Bostyn', taken), 'francisca-bostyn-3');
    assert.equal(taken.size, 2);
  });

  it('always gives a non-empty id, free in the set, of lowercase letters, digits and inner hyphens', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.array(fc.string()), (name, ids) => {
      const taken = new Set(ids);
      const slug = slugify(name, taken);
      assert.ok(!taken.has(slug));
      assert.match(slug, /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
      assert.equal(slug, slug.toLowerCase());
    }));
  });
});
