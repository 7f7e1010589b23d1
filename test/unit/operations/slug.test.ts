import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isValidId, slugify, uniqueSlug } from '../../../src/core/operations/slug';

describe('slugify', () => {
  const cases: [string, string][] = [
    ['Francisca Bostyn', 'francisca-bostyn'],
    ['l’État islamique', 'etat-islamique'],
    ["l'État islamique", 'etat-islamique'],
    ['Al-Qaïda', 'al-qaida'],
    ['la Belgique', 'belgique'],
    ['le Sahel', 'sahel'],
    ['La Libre', 'la-libre'],
    ['Paul Van Tigchelt', 'paul-van-tigchelt'],
    ['VSSE', 'vsse'],
    ['Straße des 17. Juni', 'strasse-des-17-juni'],
    ['Œuvre d’Orient', 'oeuvre-d-orient'],
    ['E\u0301tat', 'etat'],
    ['Москва', 'москва'],
    ['  «»  ', 'actor'],
  ];
  for (const [name, slug] of cases) it(`${name} → ${slug}`, () => assert.equal(slugify(name), slug));

  it('always gives a valid id', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (name) => assert.ok(isValidId(slugify(name)), slugify(name))));
  });

  it('cuts long names at a hyphen', () => {
    const slug = slugify('Commission parlementaire chargée d’enquêter sur les circonstances des attentats');
    assert.ok(slug.length <= 60 && !slug.endsWith('-'), slug);
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3… to taken slugs', () => {
    assert.equal(uniqueSlug('vsse', new Set()), 'vsse');
    assert.equal(uniqueSlug('vsse', new Set(['vsse'])), 'vsse-2');
    assert.equal(uniqueSlug('vsse', new Set(['vsse', 'vsse-2'])), 'vsse-3');
  });
});
