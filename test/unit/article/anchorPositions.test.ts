import { strict as assert } from 'node:assert';
import { anchorPositions } from '../../../src/core/article/anchorPositions';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { actor, anchor, annotations, quotation } from '../merge/builders';

describe('anchorPositions (where an anchor is written, from the parser)', () => {
  const source = writeSidecar(annotations({
    actors: [actor('a', { added: [anchor('Alice', 'said ', ' today')] })],
    quotations: [quotation(anchor('a long quotation that starts the same'))],
  }));
  const parsed = parseSidecar(source);
  const lookup = anchorPositions(parsed.anchorSites);
  const lines = source.split('\n');

  it('gives the line where each anchor read is written', () => {
    const mention = parsed.annotations.actors[0]!.added[0]!;
    const quoted = parsed.annotations.quotations[0]!.anchor;
    assert.match(lines[lookup(mention)!.line - 1]!, /Alice/);
    assert.match(lines[lookup(quoted)!.line - 1]!, /a long quotation/);
  });

  it('finds a copy of an anchor by its text and context, and nothing for one not in the file', () => {
    assert.deepEqual(lookup({ ...parsed.annotations.actors[0]!.added[0]! }), lookup(parsed.annotations.actors[0]!.added[0]!));
    assert.equal(lookup(anchor('not there')), undefined);
  });
});
