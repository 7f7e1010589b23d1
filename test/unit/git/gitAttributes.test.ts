import { strict as assert } from 'node:assert';
import { withMergeDriverAttribute } from '../../../src/core/git/gitAttributes';

describe('withMergeDriverAttribute', () => {
  it('creates the file with the driver line', () => {
    assert.equal(withMergeDriverAttribute(undefined), '*.ann.yaml merge=marginalia\nmarginalia.actors.yaml merge=marginalia\n');
  });

  it('appends to an existing file, ending its last line first, in its line endings', () => {
    assert.equal(withMergeDriverAttribute('*.txt text'), '*.txt text\n*.ann.yaml merge=marginalia\nmarginalia.actors.yaml merge=marginalia\n');
    assert.equal(withMergeDriverAttribute('*.txt text\r\n'), '*.txt text\r\n*.ann.yaml merge=marginalia\r\nmarginalia.actors.yaml merge=marginalia\r\n');
  });

  it('is idempotent, also when the line carries other attributes', () => {
    const once = withMergeDriverAttribute('*.txt text\n')!;
    assert.equal(withMergeDriverAttribute(once), undefined);
    assert.equal(withMergeDriverAttribute('*.ann.yaml   text eol=lf merge=marginalia\nmarginalia.actors.yaml merge=marginalia\n'), undefined);
  });

  it('adds the shared actors line to a file set up before shared actors existed', () => {
    assert.equal(withMergeDriverAttribute('*.ann.yaml merge=marginalia\n'), '*.ann.yaml merge=marginalia\nmarginalia.actors.yaml merge=marginalia\n');
  });

  it('does not take another driver or a comment for the line', () => {
    assert.notEqual(withMergeDriverAttribute('*.ann.yaml merge=union\n'), undefined);
    assert.notEqual(withMergeDriverAttribute('# *.ann.yaml merge=marginalia\n'), undefined);
  });
});
