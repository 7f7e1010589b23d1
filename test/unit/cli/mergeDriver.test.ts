import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMergeDriver } from '../../../src/cli/mergeDriver';
import { createAnchor, resolveAnchors } from '../../../src/core/anchoring';
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

  describe('a version that cannot be read', () => {
    const ours = '# ours, with a comment\n' + sidecar([person('a'), person('b')]);
    // A hand-edited speaker with a typo: the reader refuses an unknown reference.
    const typo = (actors: Actor[]) => sidecarCodec
      .write({ actors: [person('nobody'), ...actors], quotations: [{ anchor: { text: 'x', before: '', after: '' }, speaker: { actor: 'nobody' }, topics: [] }], topics: [], notes: [], rejected: [] })
      .replace(/^ {2}nobody:\n(?: {4}.*\n)*/m, '');
    const cases: [string, () => void, RegExp][] = [
      ['theirs has a syntax error', () => files(sidecar([person('a')]), ours, 'actors: [unclosed\n'), /the theirs version cannot be read \(\d+:\d+: .*\)\. It is in git: git show :3:x\.txt\.ann\.yaml/],
      ['every version refers to an unknown speaker', () => files(typo([person('a')]), '# ours\n' + typo([person('a'), person('b')]), typo([person('a'), person('c')])),
        /the base version cannot be read \(.*nobody.*\)[\s\S]*the ours version cannot be read[\s\S]*the theirs version cannot be read/],
      ['ours has a newer format', () => files(sidecar([person('a')]), ours.replace('marginalia: 1', 'marginalia: 2\nfuture: [kept]'), sidecar([person('a'), person('c')])),
        /the ours version cannot be read \(\d+:\d+: this sidecar was written by a newer Marginalia \(format 2/],
      ['theirs has a newer format', () => files(sidecar([person('a')]), ours, sidecar([person('a'), person('c')]).replace('marginalia: 1', 'marginalia: 2')), /the theirs version cannot be read \(.*newer Marginalia/],
      ['the base is over the size limit', () => files(`marginalia: 1\n# ${'x'.repeat(17 * 1024 * 1024)}\n`, ours, sidecar([person('a'), person('c')])), /the base version cannot be read \(.*(large|MiB)/],
      ['theirs is not UTF-8', () => {
        files(sidecar([person('a')]), ours, '');
        writeFileSync(join(dir, 'B'), Buffer.concat([Buffer.from(sidecar([person('a'), person('c', 'Caf')])), Buffer.from([0xe9, 0x0a])]));
      }, /the theirs version cannot be read \(not valid UTF-8\)/],
      ['ours holds conflict markers whose halves cannot be read', () => {
        const broken = `<<<<<<< ours\n${typo([person('x')])}=======\n${sidecar([person('y')])}>>>>>>> theirs\n`;
        files(broken, broken, broken);
      }, /the ours version cannot be read \(1:1: git conflict marker/],
    ];
    for (const [what, arrange, reason] of cases) {
      it(`keeps ours byte for byte and exits 1 naming the version and why: ${what}`, async () => {
        arrange();
        const before = readFileSync(join(dir, 'A'));
        const io = memoryIo(dir);
        assert.equal(await runMergeDriver(['O', 'A', 'B', 'x.txt.ann.yaml'], io), 1);
        assert.ok(readFileSync(join(dir, 'A')).equals(before), 'ours is left as it was');
        assert.match(io.err.join(''), reason);
        assert.match(io.err.join(''), /not merged: the file is ours as it was/);
      });
    }
  });

  it('keeps ours and exits 1 when the merge would not read back as merged (a writer that drops data)', async () => {
    files(sidecar([person('a')]), sidecar([person('a'), person('b')]), sidecar([person('a'), person('c')]));
    const before = readFileSync(join(dir, 'A'), 'utf8');
    const lossy = { ...sidecarCodec, write: (annotations: Annotations, previous?: string) => sidecarCodec.write({ ...annotations, actors: annotations.actors.slice(1) }, previous) };
    const io = memoryIo(dir);
    const deps = { codec: lossy, resolve: resolveAnchors, createAnchor, findArticle: () => undefined };
    assert.equal(await runMergeDriver(['O', 'A', 'B', 'x.txt.ann.yaml'], io, deps), 1);
    assert.equal(readFileSync(join(dir, 'A'), 'utf8'), before);
    assert.match(io.err.join(''), /does not read back as merged; ours is kept/);
  });

  it('writes the result whole, keeping the mode of %A and leaving no temporary file', async () => {
    files(sidecar([person('a')]), sidecar([person('a'), person('b')]), sidecar([person('a'), person('c')]));
    chmodSync(join(dir, 'A'), 0o600);
    assert.equal(await runMergeDriver(['O', 'A', 'B'], memoryIo(dir)), 0);
    assert.equal(statSync(join(dir, 'A')).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir).sort(), ['A', 'B', 'O']);
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
