import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildNameIndex, type NameEntry } from '../../../src/core/matching/nameIndex';
import { findNames } from '../../../src/core/matching/findNames';
import { regexpFindNames } from './regexpReference';

const sample = readFileSync(new URL('../../fixtures/samples/bostyn-rabat.txt', import.meta.url), 'utf8');

const namesIn = (entries: NameEntry[], text: string) => findNames(buildNameIndex(entries), text).map((m) => text.slice(m.start, m.end));

/**
 * Pieces that make the hard cases likely: NFC and NFD accents, both apostrophes, hyphens,
 * an astral letter (𝐀) and an astral non-letter (😀), digits, punctuation, spaces.
 */
const PIECES = ['a', 'b', 'A', 'É', 'E\u0301', 'e', '\u0301', 'l', "'", '’', '-', ' ', ' ', '.', '𝐀', '😀', '1', 'ß', '(', ')', 'Al', 'Qaïda', 'État'];
const piece = fc.constantFrom(...PIECES);
const fragment = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));

/** A text and names, some taken from the text (so that they occur), some random. */
const textAndNames = fc
  .array(piece, { minLength: 0, maxLength: 60 })
  .chain((pieces) => {
    const text = pieces.join('');
    const codePoints = Array.from(text);
    const fromText = fc
      .tuple(fc.nat(Math.max(0, codePoints.length - 1)), fc.integer({ min: 1, max: 8 }))
      .map(([start, length]) => codePoints.slice(start, start + length).join(''))
      .filter((name) => name.length > 0);
    const name = codePoints.length > 0 ? fc.oneof(fromText, fragment) : fragment;
    const entry = fc.record({ name, actorId: fc.constantFrom('x', 'y', 'z') });
    return fc.tuple(fc.constant(text), fc.array(entry, { minLength: 0, maxLength: 12 }));
  });

describe('findNames', () => {
  it('finds whole words only, case-sensitively', () => {
    const entries = [{ name: 'Maroc', actorId: 'maroc' }];
    assert.deepEqual(namesIn(entries, 'le Maroc, Marocains, maroc, (Maroc) Maroc'), ['Maroc', 'Maroc', 'Maroc']);
  });

  it('prefers the longest name at a position, across actors', () => {
    const entries = [
      { name: 'France', actorId: 'france' },
      { name: 'Stade de France', actorId: 'stade-de-france' },
    ];
    const matches = findNames(buildNameIndex(entries), 'Le Stade de France est en France.');
    assert.deepEqual(
      matches.map((m) => [m.name, m.actorId, m.start]),
      [
        ['Stade de France', 'stade-de-france', 3],
        ['France', 'france', 26],
      ],
    );
  });

  it('handles apostrophes, hyphens and accents inside names', () => {
    const entries = [
      { name: 'l’État islamique', actorId: 'ei' },
      { name: "l'État islamique", actorId: 'ei' },
      { name: 'Al-Qaïda', actorId: 'aq' },
      { name: 'État', actorId: 'etat' },
    ];
    const text = "Al-Qaïda et l’État islamique ; l'État islamique ; l’État ; Al-Qaïdas";
    assert.deepEqual(namesIn(entries, text), ['Al-Qaïda', 'l’État islamique', "l'État islamique", 'État']);
  });

  it('does not split words at NFD combining accents', () => {
    const nfd = 'Bruxelles'.normalize('NFD');
    // "Eta" is a prefix of "E\u0301tat" in code units but not a whole word there.
    const entries = [{ name: 'E', actorId: 'e' }, { name: nfd, actorId: 'bx' }];
    assert.deepEqual(namesIn(entries, 'E\u0301tat E Bruxelles'), ['E', 'Bruxelles']);
  });

  it('treats an astral letter as one word character', () => {
    const entries = [{ name: 'ab', actorId: 'x' }];
    assert.deepEqual(namesIn(entries, '𝐀ab ab𝐀 ab 😀ab😀'), ['ab', 'ab']);
  });

  it('gives a shared name to the first actor id and reports the ambiguity', () => {
    const index = buildNameIndex([
      { name: 'Paris', actorId: 'paris-ville' },
      { name: 'Paris', actorId: 'paris-hilton' },
    ]);
    assert.deepEqual(findNames(index, 'Paris').map((m) => m.actorId), ['paris-hilton']);
    assert.deepEqual(index.ambiguities, [{ name: 'Paris', actorIds: ['paris-hilton', 'paris-ville'], chosen: 'paris-hilton' }]);
  });

  it('matches names that begin with punctuation', () => {
    const entries = [{ name: '(VSSE)', actorId: 'vsse' }, { name: '«Le Monde»', actorId: 'lm' }];
    assert.deepEqual(namesIn(entries, 'la sûreté (VSSE) et «Le Monde», x(VSSE)'), ['(VSSE)', '«Le Monde»']);
  });

  it('finds the sample article’s actors', () => {
    const entries = [
      { name: 'Francisca Bostyn', actorId: 'francisca-bostyn' },
      { name: 'Bostyn', actorId: 'francisca-bostyn' },
      { name: 'Belgique', actorId: 'belgique' },
      { name: 'Al-Qaïda', actorId: 'al-qaida' },
      { name: 'État islamique', actorId: 'etat-islamique' },
    ];
    const found = findNames(buildNameIndex(entries), sample);
    assert.deepEqual(found, regexpFindNames(entries, sample));
    assert.equal(found.filter((m) => m.actorId === 'francisca-bostyn').length, 2);
    assert.equal(found.filter((m) => m.actorId === 'etat-islamique').length, 2);
    // "sûreté de l’État" is not the organisation.
    assert.ok(found.every((m) => m.name !== 'État islamique' || sample.slice(m.start, m.end + 1) !== 'État ('));
  });

  it('equals the RegExp alternation on random texts and names', function () {
    this.timeout(120_000); // the reference compiles one Unicode RegExp per case
    fc.assert(
      fc.property(textAndNames, ([text, entries]) => {
        assert.deepEqual(findNames(buildNameIndex(entries), text), regexpFindNames(entries, text));
      }),
      { numRuns: 500 },
    );
  });

  it('restricted to a range, returns the whole-text matches that overlap it', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(textAndNames, fc.nat(), fc.nat(), ([text, entries], a, b) => {
        const start = a % (text.length + 1);
        const end = Math.min(text.length, start + (b % 12));
        const index = buildNameIndex(entries);
        const expected = findNames(index, text).filter((m) => m.end > start && m.start < Math.max(end, Math.min(start + 1, text.length)));
        assert.deepEqual(findNames(index, text, { start, end }), expected);
      }),
      { numRuns: 600 },
    );
  });

  it('finishes a range scan on a word much longer than the names', () => {
    const long = 'x'.repeat(5000);
    const text = `ab ${long} ab${long} ab`;
    const index = buildNameIndex([{ name: 'ab', actorId: 'x' }, { name: `ab ${long}`, actorId: 'y' }]);
    assert.deepEqual(findNames(index, text, { start: 0, end: 1 }).map((m) => m.actorId), ['y']);
    assert.deepEqual(findNames(index, text, { start: 5006, end: 5008 }), []);
    assert.deepEqual(findNames(index, text, { start: text.length - 2, end: text.length }).map((m) => m.start), [text.length - 2]);
    // Only short names: the copied window ends inside the long word, and the scan goes on.
    const short = buildNameIndex([{ name: 'ab', actorId: 'x' }]);
    for (const range of [{ start: 3, end: 4 }, { start: 5004, end: 5006 }, { start: 5, end: text.length }]) {
      assert.deepEqual(findNames(short, text, range), findNames(short, text).filter((m) => m.end > range.start && m.start < range.end));
    }
  });

  it('resynchronises a range scan behind chains of overlapping candidates', () => {
    // Every "a a" overlaps the next; which ones the greedy scan keeps depends on the start.
    const text = 'a a a a a a a a a';
    const index = buildNameIndex([{ name: 'a a', actorId: 'x' }]);
    const whole = findNames(index, text);
    for (let start = 0; start < text.length; start++) {
      assert.deepEqual(findNames(index, text, { start, end: start + 2 }), whole.filter((m) => m.end > start && m.start < start + 2));
    }
  });
});
