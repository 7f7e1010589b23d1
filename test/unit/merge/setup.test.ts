import { strict as assert } from 'node:assert';
import { gitAttributesLine, mergeDriverConfig, shellQuote } from '../../../src/core/merge/setup';

describe('git merge driver setup', () => {
  it('sends every sidecar through the marginalia driver', () => {
    assert.equal(gitAttributesLine(), '*.ann.yaml merge=marginalia');
  });

  it('declares the driver with the CLI path and git\'s placeholders', () => {
    assert.deepEqual(mergeDriverConfig('/opt/ext/dist/cli.js'), [
      { key: 'merge.marginalia.name', value: 'Marginalia annotations (merged per entry)' },
      { key: 'merge.marginalia.driver', value: 'node /opt/ext/dist/cli.js merge-driver %O %A %B %P' },
    ]);
  });

  it('quotes paths with spaces or quotes for the shell git runs the driver with', () => {
    assert.equal(mergeDriverConfig("/home/ann o'neil/cli.js")[1].value, `node '/home/ann o'\\''neil/cli.js' merge-driver %O %A %B %P`);
    assert.equal(shellQuote('C:\\Program Files\\cli.js'), `'C:\\Program Files\\cli.js'`);
  });
});
