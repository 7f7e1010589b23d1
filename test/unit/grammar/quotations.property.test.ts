import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { quotedRanges } from './quotationTokenizer';

/** Pieces that random texts are made of: words, apostrophes, every mark, spaces, line breaks. */
const PIECES = [
  'mot', 'État', 'l’', 'd’', 'it’s', "don't", "l'", '5\'', '12"', 'a', 'b',
  ' ', ' ', ' ', '\u00A0', '\u202F', '.', ',', '!', '?', '…', ':',
  '«', '»', '“', '”', '„', '‹', '›', '‚', '‘', '’', '"', "'",
  '\n', '\n', '\n\n', '\n  \n',
];
const OPENING_MARKS = new Set(['«', '»', '“', '„', '‹', '›', '‚', '‘', '"', "'"]);

const randomText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('quotation grammar: properties on random text', function () {
  this.timeout(60000);

  it('starts every passage with an opening mark and never on an apostrophe', async () => {
    await fc.assert(
      fc.asyncProperty(randomText, async (text) => {
        for (const range of await quotedRanges(text)) {
          assert.ok(OPENING_MARKS.has(text[range.start]), `starts with ${text[range.start]}`);
          const before = text[range.start - 1] ?? '';
          if (text[range.start] === "'") assert.ok(!/[\p{L}\p{N}]/u.test(before), 'opened on an apostrophe');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a passage run over a blank line', async () => {
    await fc.assert(
      fc.asyncProperty(randomText, async (text) => {
        for (const range of await quotedRanges(text)) assert.doesNotMatch(range.text, /\n[ \t]*\n/);
      }),
      { numRuns: 300 },
    );
  });

  it('never closes a passage on an apostrophe followed by a letter', async () => {
    await fc.assert(
      fc.asyncProperty(randomText, async (text) => {
        for (const range of await quotedRanges(text)) {
          const last = text[range.end - 1];
          if (last === '’' || last === "'") assert.ok(!/\p{L}/u.test(text[range.end] ?? ''), 'closed on an apostrophe');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scopes nothing inside a markdown code fence, whatever it contains', async () => {
    await fc.assert(
      fc.asyncProperty(randomText, async (code) => {
        const body = code.replace(/`/g, '').replace(/\n[ \t]*\n/g, '\n');
        const text = `Avant.\n\n\`\`\`\n${body}\n\`\`\`\n\nAprès « fin ».`;
        assert.deepEqual((await quotedRanges(text, 'markdown')).map((r) => r.text), ['« fin »']);
      }),
      { numRuns: 200 },
    );
  });
});
