import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { smallestChange } from '../../../src/core/smallestChange';

const apply = (text: string, change: { start: number; end: number; text: string }) => text.slice(0, change.start) + change.text + text.slice(change.end);
const isLineStart = (text: string, offset: number) => offset === 0 || offset === text.length || text[offset - 1] === '\n';

describe('smallestChange', () => {
  it('replaces only the lines that differ', () => {
    const before = 'actors:\n  a:\n    name: Paul\n  b:\n    name: Rabat\n';
    const after = 'actors:\n  a:\n    name: Paul, ministre\n    aliases: [Paul]\n  b:\n    name: Rabat\n';
    assert.deepEqual(smallestChange(before, after), { start: 13, end: 28, text: '    name: Paul, ministre\n    aliases: [Paul]\n' });
  });

  it('is empty for equal texts, and handles a text that starts with a line break', () => {
    assert.deepEqual(smallestChange('a\nb\n', 'a\nb\n'), { start: 4, end: 4, text: '' });
    assert.equal(apply('\nx', smallestChange('\nx', 'y\nx')), 'y\nx');
  });

  it('turns any text into any other, with both ends of the range at line starts', () => {
    const line = fc.constantFrom('a', 'b', 'é', '😀', '\r', '');
    const text = fc.array(fc.array(line, { maxLength: 3 }).map((parts) => parts.join('')), { maxLength: 6 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const change = smallestChange(before, after);
        assert.equal(apply(before, change), after);
        assert.ok(change.start <= change.end);
        assert.ok(isLineStart(before, change.start) && isLineStart(before, change.end), JSON.stringify({ before, after, change }));
      }),
      { numRuns: 2000 },
    );
  });
});
