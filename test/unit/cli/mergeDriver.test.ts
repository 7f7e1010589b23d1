import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMergeDriver } from '../../../src/cli/mergeDriver';
import { isReadable, sidecarCodec } from '../../../src/cli/sidecarAdapter';
import type { Actor, Annotations } from '../../../src/core/model';
import { memoryIo } from './memoryIo';

const person = (id: string, name = id): Actor => ({ id, type: 'person', name, aliases: [], added: [], excluded: [] });
const sidecar = (actors: Actor[]): string => sidecarCodec.write({ actors, quotations: [], topics: [], notes: [], rejected: [] });

describe('merge-driver command', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-driver-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function files(base: string, ours: string, theirs: string): void {
    writeFileSync(join(dir, 'O'), base);
    writeFileSync(join(dir, 'A'), ours);
    writeFileSync(join(dir, 'B'), theirs);
  }

  function merged(): Annotations {
    const parsed = sidecarCodec.parse(readFileSync(join(dir, 'A'), 'utf8'));
    assert.ok(isReadable(parsed));
    return parsed.annotations;
  }

  it('writes the merge to %A and exits 0 when both sides merge cleanly', async () => {
    files(sidecar([person('a')]), sidecar([person('a'), person('b')]), sidecar([person('a'), person('c')]));
    const io = memoryIo(dir);
    assert.equal(await runMergeDriver(['O', 'A', 'B', 'x.txt.ann.yaml'], io), 0);
    assert.deepEqual(merged().actors.map((a) => a.id), ['a', 'b', 'c']);
    assert.deepEqual(io.err, []);
  });

  it('keeps the bytes of the side the merge equals (comments, layout)', async () => {
    const theirs = '# checked by the desk\n' + sidecar([person('a'), person('c')]);
    files(sidecar([person('a')]), sidecar([person('a')]).replace('marginalia: 1', 'marginalia: 1 # ours'), theirs);
    await runMergeDriver(['O', 'A', 'B'], memoryIo(dir));
    assert.equal(readFileSync(join(dir, 'A'), 'utf8'), theirs);
  });

  it('keeps the bytes of the side the merge equals whatever the order of its actors', async () => {
    const theirs = '# checked by the desk\n' + sidecar([person('a'), person('b'), person('x')]);
    files(sidecar([person('a')]), sidecar([person('a'), person('x')]), theirs);
    assert.equal(await runMergeDriver(['O', 'A', 'B'], memoryIo(dir)), 0);
    assert.equal(readFileSync(join(dir, 'A'), 'utf8'), theirs);
  });

  it('exits 1 and names each conflict on stderr', async () => {
    files(sidecar([person('a', 'A')]), sidecar([person('a', 'Ours')]), sidecar([person('a', 'Theirs')]));
    const io = memoryIo(dir);
    assert.equal(await runMergeDriver(['O', 'A', 'B', 'x.txt.ann.yaml'], io), 1);
    assert.match(io.err.join(''), /actors\.a\.name: ours "Ours", theirs "Theirs"/);
    assert.equal(merged().conflicts?.length, 1);
  });

  it('recovers a side git left with conflict markers by merging its two versions, and exits 1 for review', async () => {
    const broken = `<<<<<<< ours\n${sidecar([person('a'), person('x')])}=======\n${sidecar([person('a'), person('y')])}>>>>>>> theirs\n`;
    files(sidecar([person('a')]), broken, sidecar([person('a'), person('c')]));
    const io = memoryIo(dir);
    assert.equal(await runMergeDriver(['O', 'A', 'B', 'x.txt.ann.yaml'], io), 1);
    // Actors are kept sorted by id in the file.
    assert.deepEqual(merged().actors.map((a) => a.id), ['a', 'c', 'x', 'y']);
    assert.match(io.err.join(''), /ours version cannot be read \(1:1: git conflict marker.*merged entry by entry/);
  });

  it('still writes a valid sidecar when a side cannot be read at all, leaving that side out, and exits 1', async () => {
    files(sidecar([person('a')]), sidecar([person('a'), person('b')]), 'actors: [unclosed\n');
    const io = memoryIo(dir);
    assert.equal(await runMergeDriver(['O', 'A', 'B', 'x.txt.ann.yaml'], io), 1);
    assert.deepEqual(merged().actors.map((a) => a.id), ['a', 'b']);
    assert.match(io.err.join(''), /theirs version cannot be read .*leaves its changes out/);
    assert.match(io.err.join(''), /git show :3:x\.txt\.ann\.yaml/);
  });

  it('uses --article as the merged text to recognise a refreshed anchor', async () => {
    const text = 'Selon X, «il faut coopérer» a dit Y.';
    const oldAnchor = { text: '«il faut coopérer»', before: 'Selon Z, ', after: ' a dit Y.' };
    const refreshed = { text: '«il faut coopérer»', before: 'Selon X, ', after: ' a dit Y.' };
    const write = (quotations: Annotations['quotations']): string => sidecarCodec.write({ actors: [], quotations, topics: [], notes: [], rejected: [] });
    files(write([{ anchor: oldAnchor, topics: [] }]), write([{ anchor: refreshed, topics: [] }]),
      write([{ anchor: oldAnchor, topics: [], note: 'check' }]));
    writeFileSync(join(dir, 'article.txt'), text);
    assert.equal(await runMergeDriver(['--article', 'article.txt', 'O', 'A', 'B'], memoryIo(dir)), 0);
    assert.deepEqual(merged().quotations, [{ anchor: refreshed, topics: [], note: 'check' }]);
  });

  it('prints help with --help and refuses wrong arguments with exit 2', async () => {
    const help = memoryIo(dir);
    assert.equal(await runMergeDriver(['--help'], help), 0);
    assert.match(help.out.join(''), /Usage: marginalia merge-driver/);
    const wrong = memoryIo(dir);
    assert.equal(await runMergeDriver(['O', 'A'], wrong), 2);
    assert.match(wrong.err.join(''), /expected %O %A %B \[%P\]/);
  });
});
