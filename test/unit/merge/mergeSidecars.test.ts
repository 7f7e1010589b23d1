import { strict as assert } from 'node:assert';
import { mergeSidecars } from '../../../src/core/merge/mergeSidecars';
import { mergeReportLines } from '../../../src/core/merge/mergeReport';
import { isReadable, sidecarCodec } from '../../../src/core/merge/sidecarCodec';
import { actor, annotations } from './builders';

const text = (...ids: string[]): string => sidecarCodec.write(annotations({ actors: ids.map((id) => actor(id)) }));
const ids = (source: string): string[] => {
  const parsed = sidecarCodec.parse(source);
  assert.ok(isReadable(parsed));
  return parsed.annotations.actors.map((a) => a.id).sort();
};

describe('mergeSidecars (the use-case behind the merge driver and the Quick Fix)', () => {
  it('merges both sides entry by entry, clean, with nothing to report', () => {
    const result = mergeSidecars({ base: text('a'), ours: text('a', 'b'), theirs: text('a', 'c') });
    assert.ok(result.clean);
    assert.deepEqual(ids(result.text!), ['a', 'b', 'c']);
    assert.deepEqual(mergeReportLines('x.ann.yaml', result), []);
  });

  it('gives no text when the merge is ours byte for byte', () => {
    const ours = text('a', 'b');
    const result = mergeSidecars({ base: text('a'), ours, theirs: text('a') });
    assert.ok(result.clean);
    assert.equal(result.text, undefined);
  });

  it('keeps ours (no text) and names the side that cannot be read', () => {
    const result = mergeSidecars({ base: text('a'), ours: text('a', 'b'), theirs: 'actors: [' });
    assert.equal(result.text, undefined);
    assert.ok(!result.clean);
    assert.deepEqual(result.problems.map((p) => [p.kind, 'side' in p ? p.side : '']), [['unreadable', 'theirs']]);
    assert.match(mergeReportLines('x.ann.yaml', result).join('\n'), /theirs version cannot be read[\s\S]*not merged/);
  });

  it('reads bytes that are not UTF-8 as unreadable, never as replacement characters', () => {
    const result = mergeSidecars({ base: text('a'), ours: new Uint8Array([0xff, 0xfe, 0x41]), theirs: text('a') });
    assert.deepEqual(result.problems, [{ kind: 'unreadable', side: 'ours', reason: 'not valid UTF-8' }]);
  });

  it('asks for the article only once every version reads', () => {
    let asked = 0;
    const article = () => {
      asked++;
      return undefined;
    };
    mergeSidecars({ base: text('a'), ours: '{', theirs: text('a') }, article);
    assert.equal(asked, 0);
    mergeSidecars({ base: text('a'), ours: text('a'), theirs: text('a') }, article);
    assert.equal(asked, 1);
  });
});
