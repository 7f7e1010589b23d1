import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { formatCitation } from '../../../src/core/outline/citation';
import { excerptAt, lineAt, lineStarts } from '../../../src/core/outline/excerpt';

describe('outline excerpts', () => {
  it('finds the line of an offset like counting newlines does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % text.length;
        assert.equal(lineAt(lineStarts(text), offset), text.slice(0, offset).split('\n').length - 1);
      }),
    );
  });

  it('keeps the span whole, on one line, without cutting words at the edges', () => {
    const text = 'Premier paragraphe assez long pour couper.\nCette visite de Francisca Bostyn fait suite à un précédent déplacement organisé.';
    const start = text.indexOf('Francisca Bostyn');
    const { line, excerpt, highlight } = excerptAt(text, { start, end: start + 16 });
    assert.equal(line, 1);
    assert.equal(excerpt.slice(...highlight), 'Francisca Bostyn');
    assert.equal(excerpt, 'Cette visite de Francisca Bostyn fait suite à un précédent…');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('ab', ' ', '\n', 'é') }), fc.nat(), fc.nat(5), (s, at, length) => {
        const start = s.length === 0 ? 0 : at % s.length;
        const end = Math.min(s.length, start + length);
        const { excerpt, highlight } = excerptAt(s, { start, end });
        assert.ok(!excerpt.includes('\n'));
        const covered = s.slice(start, end).replace(/\s+/g, ' ').trim();
        assert.ok(excerpt.includes(covered));
        assert.equal(excerpt.slice(...highlight), covered);
      }),
    );
  });

  it('formats a citation with the quotation marks of the text, the speaker and the article', () => {
    assert.equal(formatCitation('«ce que la Syrie\net l’Irak ont été»', 'the Belgian side, per La Libre', 'bostyn-rabat.txt'), '«ce que la Syrie et l’Irak ont été» — the Belgian side, per La Libre, bostyn-rabat.txt');
    assert.equal(formatCitation('a threat', undefined, 'a.txt'), '«a threat» — a.txt');
  });
});
