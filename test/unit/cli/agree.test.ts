/**
 * `marginalia agree` on a real git repository: two annotators' branches of the same articles,
 * one article edited on one branch, one annotated on one branch only; exact figures.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAgree, type AgreementReport } from '../../../src/cli/agree';
import { sidecarCodec } from '../../../src/cli/sidecarAdapter';
import { createAnchor } from '../../../src/core/anchoring';
import { EMPTY_ANNOTATIONS, type Actor, type Annotations } from '../../../src/core/model';
import { TempRepo } from './gitRepo';
import { memoryIo } from './memoryIo';

const ONE = 'Francisca Bostyn dirige la VSSE. Elle était à Rabat, dit Le Soir.\n';
const TWO = 'Le ministre Vincent Van Quickenborne a parlé à Bruxelles : «Nous coopérons».\n';
const TWO_EDITED = 'Mise à jour. ' + TWO;

const at = (text: string, passage: string) => createAnchor(text, { start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });
const actor = (id: string, type: string, name: string, fields: Partial<Actor> = {}): Actor => ({ id, type, name, aliases: [], added: [], excluded: [], ...fields });
const sidecar = (fields: Partial<Annotations>) => sidecarCodec.write({ ...EMPTY_ANNOTATIONS, ...fields });

// Ann (main): Bostyn (person, "Elle" added), VSSE (organization), Rabat (place).
const annOne = sidecar({
  actors: [actor('francisca-bostyn', 'person', 'Francisca Bostyn', { added: [at(ONE, 'Elle')] }), actor('vsse', 'organization', 'VSSE'), actor('rabat', 'place', 'Rabat')],
});
// Bob: Bostyn without "Elle", VSSE, Rabat, and Le Soir (organization).
const bobOne = sidecar({
  actors: [actor('bostyn', 'person', 'Francisca Bostyn'), actor('vsse', 'organization', 'VSSE'), actor('rabat', 'place', 'Rabat'), actor('le-soir', 'organization', 'Le Soir')],
});
// Both: Van Quickenborne and Bruxelles, the quotation with its speaker; Bob made his on the edited text,
// and typed Bruxelles as an organization.
const annTwo = sidecar({
  actors: [actor('van-quickenborne', 'person', 'Vincent Van Quickenborne'), actor('bruxelles', 'place', 'Bruxelles')],
  quotations: [{ anchor: at(TWO, '«Nous coopérons»'), speaker: { actor: 'van-quickenborne' }, topics: [] }],
});
const bobTwo = sidecar({
  actors: [actor('vvq', 'person', 'Vincent Van Quickenborne'), actor('bruxelles', 'organization', 'Bruxelles')],
  quotations: [{ anchor: at(TWO_EDITED, '«Nous coopérons»'), speaker: { actor: 'vvq' }, topics: [] }],
});

describe('agree command', function () {
  this.timeout(60_000);
  let repo: TempRepo;
  before(() => {
    repo = new TempRepo();
    repo.write('news/one.txt', ONE);
    repo.write('news/two.txt', TWO);
    repo.write('three.txt', ONE);
    repo.commitAll('articles');
    repo.git('branch', 'bob');
    repo.write('news/one.txt.ann.yaml', annOne);
    repo.write('news/two.txt.ann.yaml', annTwo);
    repo.write('three.txt.ann.yaml', annOne);
    repo.commitAll('Ann annotates');
    repo.git('checkout', '-q', 'bob');
    repo.write('news/two.txt', TWO_EDITED);
    repo.write('news/one.txt.ann.yaml', bobOne);
    repo.write('news/two.txt.ann.yaml', bobTwo);
    repo.commitAll('Bob annotates');
    repo.git('checkout', '-q', 'main');
  });
  after(() => repo.dispose());

  async function agree(...args: string[]): Promise<{ status: number; out: string; err: string }> {
    const io = memoryIo(repo.dir);
    const status = await runAgree(args, io);
    return { status, out: io.out.join(''), err: io.err.join('') };
  }

  it('compares the articles both branches annotated, re-anchoring the edited one, with exact figures', async () => {
    const { status, out, err } = await agree('main', 'bob', '--json');
    assert.equal(status, 0, err);
    const report = JSON.parse(out) as AgreementReport;
    assert.deepEqual(report.articles.map((a) => [a.path, a.reanchored, a.orphansB]), [['news/one.txt.ann.yaml', false, 0], ['news/two.txt.ann.yaml', true, 0]]);
    assert.equal(report.reanchored, 1);
    assert.deepEqual(report.onlyInA, ['three.txt.ann.yaml']);
    assert.deepEqual(report.onlyInB, []);
    const { corpus } = report;
    const type = (name: string) => corpus.types.find((t) => t.type === name)!;
    // person: Ann 3 (Francisca Bostyn, Elle, Vincent Van Quickenborne), Bob 2, both exact.
    assert.deepEqual([type('person').a, type('person').b, type('person').exact], [3, 2, { precision: 2 / 3, recall: 1, f1: 0.8 }]);
    // organization: Ann VSSE; Bob VSSE, Le Soir, Bruxelles. place: Ann Rabat, Bruxelles; Bob Rabat.
    assert.deepEqual([type('organization').a, type('organization').b, type('organization').exact], [1, 3, { precision: 1, recall: 1 / 3, f1: 0.5 }]);
    assert.deepEqual([type('place').a, type('place').b, type('place').exact], [2, 1, { precision: 0.5, recall: 1, f1: 2 / 3 }]);
    // All entities: 6 and 6, 4 exact.
    assert.deepEqual([corpus.entities.a, corpus.entities.b, corpus.entities.exact], [6, 6, { precision: 4 / 6, recall: 4 / 6, f1: 4 / 6 }]);
    assert.deepEqual(corpus.quotations.exact, { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(corpus.speakers, { matched: 1, compared: 1, agreeing: 1, agreement: 1 });
    assert.equal(corpus.characters, ONE.length + TWO.length);
    assert.equal(corpus.quotations.alphaU, 1);
    assert.equal(corpus.quotations.kappa, 1);
  });

  it('limits the comparison to PATHs, and prints a table by default', async () => {
    const { status, out } = await agree('main', 'bob', 'news/one.txt.ann.yaml');
    assert.equal(status, 0);
    assert.match(out, /^A = main, B = bob: 1 article compared \(none re-anchored\), 0 only in A, 0 only in B$/m);
    assert.match(out, /^person +2 +1 +0\.500 +1\.000 +0\.667 /m);
    assert.match(out, /^organization +1 +2 +1\.000 +0\.500 +0\.667 /m);
    assert.match(out, /^news\/one\.txt\.ann\.yaml +/m);
  });

  it('writes one CSV row per article and type, then the corpus', async () => {
    const { status, out } = await agree('main', 'bob', '--csv', 'news');
    assert.equal(status, 0);
    const lines = out.trimEnd().split('\n');
    assert.match(lines[0]!, /^article,type,a,b,exact_precision,/);
    assert.ok(lines.includes('*,quotation,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1'), out);
    assert.ok(lines.some((line) => line.startsWith('news/two.txt.ann.yaml,quotation,1,1,') && line.endsWith(',true')));
  });

  it('refuses an unknown revision, a missing revision or --json with --csv (exit 2)', async () => {
    for (const args of [['main', 'nobody'], ['main'], ['main', 'bob', '--json', '--csv'], ['--dirs', 'x']]) {
      const { status, out, err } = await agree(...args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, /^marginalia agree: /);
    }
  });
});

describe('agree --dirs', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-agree-'));
    for (const [side, annotations] of [['ann', annOne], ['bob', bobOne]] as const) {
      mkdirSync(join(dir, side, 'news'), { recursive: true });
      writeFileSync(join(dir, side, 'news', 'one.txt'), ONE);
      writeFileSync(join(dir, side, 'news', 'one.txt.ann.yaml'), annotations);
    }
    writeFileSync(join(dir, 'bob', 'news', 'one.txt.ann.yaml.bak'), 'not a sidecar');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('compares two folders holding the same articles', async () => {
    const io = memoryIo(dir);
    assert.equal(await runAgree(['--dirs', 'ann', 'bob', '--json'], io), 0);
    const report = JSON.parse(io.out.join('')) as AgreementReport;
    assert.deepEqual(report.articles.map((a) => a.path), [join('news', 'one.txt.ann.yaml')]);
    // Ann: Bostyn, Elle, VSSE, Rabat; Bob: Bostyn, VSSE, Rabat, Le Soir: three exact of four each.
    assert.deepEqual(report.corpus.entities.exact, { precision: 0.75, recall: 0.75, f1: 0.75 });
  });

  it('refuses a folder that does not exist (exit 2)', async () => {
    const io = memoryIo(dir);
    assert.equal(await runAgree(['--dirs', 'ann', 'nowhere'], io), 2);
    assert.match(io.err.join(''), /no such folder/);
  });
});
