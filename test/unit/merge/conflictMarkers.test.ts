import { strict as assert } from 'node:assert';
import { splitConflictMarkers } from '../../../src/core/merge/conflictMarkers';

describe('splitConflictMarkers', () => {
  it('splits a merge-style conflict into ours and theirs, common lines in both', () => {
    const source = 'actors:\n<<<<<<< HEAD\n  vsse: {}\n=======\n  rabat: {}\n>>>>>>> bob\nquotations: []\n';
    assert.deepEqual(splitConflictMarkers(source), {
      ours: 'actors:\n  vsse: {}\nquotations: []\n',
      theirs: 'actors:\n  rabat: {}\nquotations: []\n',
    });
  });

  it('also returns the base of a diff3-style conflict', () => {
    const source = 'a\n<<<<<<< ours\nb1\n||||||| base\nb0\n=======\nb2\n>>>>>>> theirs\nc\n';
    assert.deepEqual(splitConflictMarkers(source), { ours: 'a\nb1\nc\n', theirs: 'a\nb2\nc\n', base: 'a\nb0\nc\n' });
  });

  it('keeps CRLF line ends and recognises markers followed by CRLF', () => {
    const source = 'a\r\n<<<<<<< ours\r\nb1\r\n=======\r\nb2\r\n>>>>>>> theirs\r\n';
    assert.deepEqual(splitConflictMarkers(source), { ours: 'a\r\nb1\r\n', theirs: 'a\r\nb2\r\n' });
  });

  it('gives up on files without markers, with cut-off or nested conflicts', () => {
    assert.equal(splitConflictMarkers('a: 1\n'), undefined);
    assert.equal(splitConflictMarkers('<<<<<<< ours\nb1\n=======\nb2\n'), undefined);
    assert.equal(splitConflictMarkers('<<<<<<< a\n<<<<<<< b\nx\n=======\ny\n>>>>>>> b\n=======\nz\n>>>>>>> a\n'), undefined);
  });
});
