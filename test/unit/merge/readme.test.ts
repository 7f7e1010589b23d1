import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitAttributesLine, mergeDriverConfig } from '../../../src/core/merge/setup';

describe('README section on git merging', () => {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

  it('shows the same .gitattributes line and git config entries as the setup command writes', () => {
    assert.ok(readme.includes('## Git: merging annotations'));
    assert.ok(readme.includes('\n' + gitAttributesLine() + '\n'));
    for (const { key, value } of mergeDriverConfig('/path/to/marginalia/dist/cli.js')) {
      assert.ok(readme.includes(`git config ${key} "${value}"`), `README shows ${key}`);
    }
  });
});
