import { strict as assert } from 'node:assert';
import { checkArticleText, MAX_TEXT_LENGTH, parseSidecar } from '../../../src/core/sidecar';

describe('input guards', () => {
  it('accepts an ordinary article', () => {
    assert.deepEqual(checkArticleText('Francisca Bostyn, directrice…\nSelon La Libre, «…»\n'), []);
  });

  it('reports a 50 MB text as too large, with its size', () => {
    const problems = checkArticleText('a'.repeat(50 * 1024 * 1024));
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`), ['1:1 error too-large']);
    assert.match(problems[0].message, /50\.0 Mi characters/);
    assert.deepEqual(checkArticleText('a'.repeat(MAX_TEXT_LENGTH)), []);
  });

  it('reports a binary file at its first NUL character', () => {
    const problems = checkArticleText('PK\x03\x04\nab\0cd\0');
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.code}`), ['2:3 binary']);
    assert.match(problems[0].message, /binary/);
  });

  it('applies to sidecars too: a binary file is not read as YAML', () => {
    const result = parseSidecar('marginalia: 1\n\0\0');
    assert.deepEqual(result.problems.map((p) => `${p.line}:${p.column} ${p.code}`), ['2:1 binary']);
  });
});

describe('input guards with a smaller limit (the editor tests use one)', () => {
  it('reports a text over the limit given, and says which limit', () => {
    const problems = checkArticleText('a'.repeat(3 * 1024 * 1024 + 1), 3 * 1024 * 1024);
    assert.deepEqual(problems.map((p) => p.code), ['too-large']);
    assert.match(problems[0].message, /3\.0 Mi characters.*up to 3 Mi characters/);
    assert.deepEqual(checkArticleText('a'.repeat(3 * 1024 * 1024), 3 * 1024 * 1024), []);
  });
});
