import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createAnchor, resolveAnchors } from '../../../src/core/anchoring';
import { readSidecarQuickly } from '../../../src/core/sidecar';
import { sidecarCodec } from '../../../src/cli/sidecarAdapter';
import { parseCsv } from '../../../src/core/corpus/csv';
import { readCorpus, readSpeakers } from '../../../src/cli/exportRows';
import { findSidecars } from '../../../src/cli/findSidecars';
import { runStats, type StatsReport } from '../../../src/cli/stats';
import { groupQuotations, parseGrouping, type Grouping } from '../../../src/cli/statsBy';
import type { Annotations } from '../../../src/core/model';
import { memoryIo } from './memoryIo';

const TEXT = 'Francisca Bostyn, directrice de la VSSE, à Rabat. Selon elle, «la menace est réelle».';
const at = (passage: string) => createAnchor(TEXT, { start: TEXT.indexOf(passage), end: TEXT.indexOf(passage) + passage.length });
const write = (fields: Partial<Annotations>): string =>
  sidecarCodec.write({ actors: [], quotations: [], topics: [], notes: [], rejected: [], ...fields });

describe('stats command', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-stats-'));
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'a.txt.ann.yaml'), write({
      actors: [
        { id: 'francisca-bostyn', type: 'person', name: 'Francisca Bostyn', aliases: [], added: [at('elle')], excluded: [] },
        { id: 'vsse', type: 'organization', name: 'VSSE', aliases: [], added: [], excluded: [] },
      ],
      quotations: [
        { anchor: at('«la menace est réelle»'), speaker: { actor: 'francisca-bostyn' }, topics: [] },
        { anchor: { text: '«disparue»', before: 'x ', after: ' y' }, topics: [] },
      ],
    }));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.txt'), TEXT);
    writeFileSync(join(dir, 'sub', 'b.txt.ann.yaml'), write({
      actors: [{ id: 'rabat', type: 'place', name: 'Rabat', aliases: [], added: [], excluded: [] }],
      quotations: [{ anchor: at('«la menace est réelle»'), speaker: { text: 'la presse' }, topics: [] }],
    }));
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'c.txt.ann.yaml'), write({ actors: [{ id: 'x', type: 'misc', name: 'X', aliases: [], added: [], excluded: [] }] }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts actors per type, quotations per speaker and orphans over a folder, skipping node_modules', async () => {
    const io = memoryIo(dir);
    assert.equal(await runStats(['--json'], io), 0);
    const report = JSON.parse(io.out.join('')) as StatsReport;
    assert.deepEqual(report.files.map((f) => f.path), ['a.txt.ann.yaml', join('sub', 'b.txt.ann.yaml')]);
    assert.deepEqual(report.total.actorsByType, { person: 1, organization: 1, place: 1 });
    assert.deepEqual(report.total.quotationsBySpeaker, { 'Francisca Bostyn': 1, '(no speaker)': 1, 'la presse': 1 });
    assert.equal(report.total.orphans, 1);
    assert.equal(report.files[0].orphans, 1);
  });

  it('prints a readable summary, and takes an article as the path of its sidecar', async () => {
    const io = memoryIo(dir);
    assert.equal(await runStats(['sub/b.txt'], io), 0);
    const out = io.out.join('');
    assert.match(out, /^1 sidecar: 1 actor, 1 quotation, 0 topics, 0 notes, 0 orphans$/m);
    assert.match(out, /^ {2}place {2}1$/m);
  });

  it('counts every anchor of a sidecar whose article is missing as an orphan', async () => {
    rmSync(join(dir, 'a.txt'));
    const io = memoryIo(dir);
    await runStats(['a.txt.ann.yaml', '--json'], io);
    const [file] = (JSON.parse(io.out.join('')) as StatsReport).files;
    assert.equal(file.articleMissing, true);
    assert.equal(file.orphans, 3);
  });

  it('lists unreadable sidecars on stderr and counts the others', async () => {
    writeFileSync(join(dir, 'bad.txt.ann.yaml'), 'actors: [unclosed\n');
    const io = memoryIo(dir);
    assert.equal(await runStats(['--json'], io), 0);
    assert.match(io.err.join(''), /^bad\.txt\.ann\.yaml: error: /m);
    assert.equal((JSON.parse(io.out.join('')) as StatsReport).files.length, 2);
  });

  it('counts a sidecar with recorded merge conflicts like any other (its data was read in full)', async () => {
    const rabat = { id: 'rabat', type: 'place', name: 'Rabat', aliases: [], added: [], excluded: [] };
    writeFileSync(join(dir, 'sub', 'b.txt.ann.yaml'), write({
      actors: [rabat],
      conflicts: [{ path: 'actors.rabat.name', section: 'actors', entry: 'rabat', field: 'name', ours: 'Rabat', theirs: 'Rabat (Maroc)' }],
    }));
    const io = memoryIo(dir);
    assert.equal(await runStats(['sub', '--json'], io), 0);
    assert.deepEqual(io.err, []);
    assert.deepEqual((JSON.parse(io.out.join('')) as StatsReport).total.actorsByType, { place: 1 });
  });

  it('exits 2 for a missing path or an unknown option, 0 for --help', async () => {
    assert.equal(await runStats(['nowhere'], memoryIo(dir)), 2);
    assert.equal(await runStats(['--verbose'], memoryIo(dir)), 2);
    const help = memoryIo(dir);
    assert.equal(await runStats(['--help'], help), 0);
    assert.match(help.out.join(''), /Usage: marginalia stats/);
  });
});

describe('stats --by', () => {
  let dir: string;
  const lea = { id: 'lea-martin', type: 'person', name: 'Léa Martin', aliases: [], added: [], excluded: [] };
  const cour = { id: 'cour', type: 'organization', name: 'Cour des comptes', aliases: [], added: [], excluded: [] };
  const article = (text: string, fields: Partial<Annotations>) => ({ text, sidecar: write(fields) });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-stats-by-'));
    const one = 'Léa Martin : « oui, bien sûr ». La Cour des comptes juge que non.';
    const two = 'Léa Martin, encore : « non ». Un passant dit que « peut-être ».';
    const files = {
      'a.txt': article(one, {
        actors: [lea, cour],
        quotations: [
          { anchor: at2(one, '« oui, bien sûr »'), speaker: { actor: 'lea-martin' }, topics: [] },
          { anchor: at2(one, 'que non'), speaker: { actor: 'cour' }, topics: [] },
        ],
      }),
      'b.txt': article(two, {
        actors: [lea],
        quotations: [
          { anchor: at2(two, '« non »'), speaker: { actor: 'lea-martin' }, topics: [] },
          { anchor: at2(two, '« peut-être »'), speaker: { text: 'un passant' }, topics: [] },
        ],
      }),
    };
    for (const [name, { text, sidecar }] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, `${name}.ann.yaml`), sidecar);
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('groups the quotations of every article by speaker, an actor across articles by its id', async () => {
    const io = memoryIo(dir);
    assert.equal(await runStats(['--by', 'speaker'], io), 0);
    const out = io.out.join('');
    assert.match(out, /^4 quotations in 2 sidecars, by speaker:$/m);
    assert.match(out, /^ {2}Léa Martin +2 +50\.0 % +2 articles$/m);
    assert.match(out, /^ {2}un passant +1 +25\.0 % +1 article$/m);
  });

  it('prints the groups as CSV and as JSON', async () => {
    const csv = memoryIo(dir);
    assert.equal(await runStats(['--by', 'type', '--csv', '.'], csv), 0);
    assert.deepEqual(parseCsv(csv.out.join('')), [
      ['key', 'label', 'quotations', 'share', 'articles'],
      ['person', 'person', '2', '0.5000', '2'],
      ['(free-text speaker)', '(free-text speaker)', '1', '0.2500', '1'],
      ['organization', 'organization', '1', '0.2500', '1'],
    ]);
    const json = memoryIo(dir);
    assert.equal(await runStats(['--by=property:gender', '--json'], json), 0);
    const report = JSON.parse(json.out.join('')) as { by: string; quotations: number; groups: { label: string; quotations: number }[] };
    assert.equal(report.by, 'property:gender');
    assert.deepEqual(report.groups.map((g) => [g.label, g.quotations]), [['(no value)', 4]]);
  });

  it('names an unreadable sidecar on stderr and counts the others', async () => {
    writeFileSync(join(dir, 'bad.txt.ann.yaml'), 'actors: [unclosed\n');
    const io = memoryIo(dir);
    assert.equal(await runStats(['--by', 'speaker', '--json'], io), 0);
    assert.match(io.err.join(''), /^bad\.txt\.ann\.yaml: error: /m);
    assert.equal((JSON.parse(io.out.join('')) as { quotations: number }).quotations, 4);
  });

  it('refuses an unknown grouping, a property without a name, --csv without --by, and --csv with --json (exit 2)', async () => {
    for (const args of [['--by', 'gender'], ['--by', 'property:'], ['--csv'], ['--by', 'type', '--csv', '--json']]) {
      const io = memoryIo(dir);
      assert.equal(await runStats(args, io), 2, args.join(' '));
      assert.match(io.err.join(''), /^marginalia stats: .*\nUsage: marginalia stats/);
      assert.deepEqual(io.out, []);
    }
  });
});

function at2(text: string, passage: string) {
  const start = text.indexOf(passage);
  return createAnchor(text, { start, end: start + passage.length });
}

describe('stats --by reads speakers only', () => {
  // The demo corpus (shared actors with properties) plus what the readers must refuse alike.
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-stats-speakers-'));
    cpSync(join(__dirname, '../../../demo'), dir, { recursive: true });
    writeFileSync(join(dir, 'broken.txt.ann.yaml'), 'marginalia: 1\nactors: [\n');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'latin1.txt.ann.yaml'), 'marginalia: 1\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from('a\0b\n'));
    writeFileSync(join(dir, 'binary.txt.ann.yaml'), 'marginalia: 1\n');
    writeFileSync(join(dir, 'gone.txt.ann.yaml'), 'marginalia: 1\nquotations:\n  - text: «absent»\n    speaker-text: la Mairie\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('groups as the full rows of every article view do, and refuses the same files', () => {
    const sidecars = findSidecars([dir]);
    const io = { cwd: dir };
    const full = readCorpus(sidecars, io);
    const light = readSpeakers(sidecars, io);
    assert.deepEqual(light.unreadable, full.unreadable);
    assert.deepEqual(light.unreadable.map((problem) => problem.path).sort(), ['binary.txt', 'broken.txt.ann.yaml', 'latin1.txt']);
    assert.equal(light.articles, full.articles.length);
    const rows = full.articles.flatMap((article) => article.rows.quotations);
    assert.ok(rows.length > 20);
    for (const by of ['speaker', 'type', 'property:gender', 'property:source-kind']) {
      const grouping = parseGrouping(by) as Grouping;
      assert.deepEqual(groupQuotations(light.rows, grouping), groupQuotations(rows, grouping), by);
    }
  });

  it('prints, through the quick sidecar reader, what it prints through parseSidecar, with the same problems', async () => {
    // A sidecar the quick reader leaves to parseSidecar (a comment after a value).
    writeFileSync(join(dir, 'commented.txt'), 'Selon la Mairie, « tout va bien ».\n');
    writeFileSync(join(dir, 'commented.txt.ann.yaml'),
      'marginalia: 1\nactors:\n  mairie:\n    type: organization # or person?\n    name: Mairie\n    mentions:\n      add:\n        - {\n            text: la Mairie\n          }\n' +
      'quotations:\n  - text: « tout va bien »\n    speaker: mairie\n');
    const sidecars = findSidecars([dir]);
    const leftToParseSidecar = sidecars.filter((path) => readSidecarQuickly(readFileSync(path, 'utf8')) === undefined).map((path) => basename(path));
    assert.deepEqual(leftToParseSidecar.sort(), ['broken.txt.ann.yaml', 'commented.txt.ann.yaml']);
    for (const args of [['--json'], [], ['--by', 'speaker', '--json'], ['--by', 'property:gender', '--csv'], ['--by', 'type']]) {
      const quick = memoryIo(dir);
      const full = memoryIo(dir);
      assert.equal(await runStats([...args, '--jobs', '1'], quick), 0);
      assert.equal(await runStats([...args, '--jobs', '1'], full, { codec: sidecarCodec, resolve: resolveAnchors }), 0);
      assert.ok(quick.out.join('').split('\n').length > 2, quick.out.join(''));
      assert.deepEqual(quick.out, full.out, args.join(' '));
      assert.deepEqual(quick.err, full.err, args.join(' '));
      assert.match(quick.err.join(''), /broken\.txt\.ann\.yaml: error: 3:1: /);
    }
  });
});
