/**
 * The merge driver under the real git: repositories in the temp folder, branches that annotate
 * the same article, `git merge`, and assertions on the merged sidecar.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnchor, resolveAnchors } from '../../../src/core/anchoring';
import { isReadable, sidecarCodec } from '../../../src/cli/sidecarAdapter';
import { collectAnchors } from '../../../src/core/merge/anchors';
import { resolveConflict } from '../../../src/core/merge/resolveConflict';
import type { Actor, Anchor, Annotations } from '../../../src/core/model';
import { PROJECT_ROOT, runCli, TempRepo } from './gitRepo';

const ARTICLE = 'bostyn-rabat.txt';
const SIDECAR = 'bostyn-rabat.txt.ann.yaml';
const TEXT = readFileSync(join(PROJECT_ROOT, 'test/fixtures/samples/bostyn-rabat.txt'), 'utf8');

/** The anchor the editor would store for the n-th occurrence (0-based) of `passage` in `text`. */
function anchorOf(text: string, passage: string): Anchor {
  const start = text.indexOf(passage);
  assert.notEqual(start, -1, `the text holds ${passage}`);
  return createAnchor(text, { start, end: start + passage.length });
}

function actor(id: string, type: string, name: string, fields: Partial<Actor> = {}): Actor {
  return { id, type, name, aliases: [], added: [], excluded: [], ...fields };
}

function sidecar(fields: Partial<Annotations>): string {
  return sidecarCodec.write({ actors: [], quotations: [], topics: [], notes: [], rejected: [], ...fields });
}

function readSidecar(repo: TempRepo): Annotations {
  const parsed = sidecarCodec.parse(repo.read(SIDECAR));
  assert.ok(isReadable(parsed), `the merged sidecar reads: ${JSON.stringify(parsed.problems)}`);
  return parsed.annotations;
}

const bostyn = actor('francisca-bostyn', 'person', 'Francisca Bostyn');

describe('merge-driver with the real git', function () {
  this.timeout(60_000);
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo();
  });
  afterEach(() => repo.dispose());

  it('merges two branches that annotated different actors cleanly', () => {
    repo.write(ARTICLE, TEXT);
    repo.write(SIDECAR, sidecar({ actors: [bostyn] }));
    repo.commitAll('annotate Francisca Bostyn');
    repo.git('checkout', '-q', '-b', 'bob');
    repo.write(SIDECAR, sidecar({ actors: [bostyn, actor('rabat', 'place', 'Rabat')] }));
    repo.commitAll('annotate Rabat');
    repo.git('checkout', '-q', 'main');
    repo.write(SIDECAR, sidecar({ actors: [bostyn, actor('vsse', 'organization', 'VSSE', { aliases: ['sûreté de l’État'] })] }));
    repo.commitAll('annotate VSSE');

    const merge = repo.run('merge', '--no-edit', 'bob');
    assert.equal(merge.status, 0, merge.stdout + merge.stderr);
    // Actors are kept sorted by id in the file.
    assert.deepEqual(readSidecar(repo).actors.map((a) => a.id), ['francisca-bostyn', 'rabat', 'vsse']);
    assert.equal(readSidecar(repo).conflicts, undefined);
    assert.equal(repo.git('status', '--porcelain'), '');
    assert.equal(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ').length, 3, 'a merge commit');
  });

  it('records the same actor renamed differently as a conflict in a valid sidecar, and git reports it', () => {
    repo.write(ARTICLE, TEXT);
    repo.write(SIDECAR, sidecar({ actors: [bostyn] }));
    repo.commitAll('annotate Francisca Bostyn');
    repo.git('checkout', '-q', '-b', 'bob');
    repo.write(SIDECAR, sidecar({ actors: [{ ...bostyn, name: 'F. Bostyn' }, actor('rabat', 'place', 'Rabat')] }));
    repo.commitAll('rename to F. Bostyn');
    repo.git('checkout', '-q', 'main');
    repo.write(SIDECAR, sidecar({ actors: [{ ...bostyn, name: 'Mme Bostyn' }] }));
    repo.commitAll('rename to Mme Bostyn');

    const merge = repo.run('merge', '--no-edit', 'bob');
    assert.notEqual(merge.status, 0);
    assert.match(merge.stdout + merge.stderr, /CONFLICT/);
    assert.equal(repo.git('diff', '--name-only', '--diff-filter=U').trim(), SIDECAR);
    assert.doesNotMatch(repo.read(SIDECAR), /^(<{7}|={7}|>{7})/m);
    const merged = readSidecar(repo);
    assert.deepEqual(merged.actors.map((a) => [a.id, a.name]), [['francisca-bostyn', 'Mme Bostyn'], ['rabat', 'Rabat']]);
    assert.deepEqual(merged.conflicts?.map((c) => [c.path, c.base, c.ours, c.theirs]),
      [['actors.francisca-bostyn.name', 'Francisca Bostyn', 'Mme Bostyn', 'F. Bostyn']]);

    // `marginalia check` shows the conflict at its entry in the file, and fails until it is resolved.
    const conflictLine = repo.read(SIDECAR).split('\n').indexOf('conflicts:') + 2;
    const check = runCli(repo.dir, 'check');
    assert.equal(check.status, 1, check.stdout + check.stderr);
    assert.equal(check.stdout.trim().split('\n').length, 1, check.stdout);
    assert.match(check.stdout, new RegExp(`^${SIDECAR.replace(/\./g, '\\.')}:${conflictLine}:5: error: merge conflict recorded: actors\\.francisca-bostyn\\.name: ours "Mme Bostyn", theirs "F\\. Bostyn"`));

    // Picking a side gives a sidecar without conflicts that concludes the merge; the file is
    // spliced (a recorded conflict does not make it read-only).
    const before = repo.read(SIDECAR);
    repo.write(SIDECAR, sidecarCodec.write(resolveConflict(merged, 0, 'theirs'), before));
    assert.equal(runCli(repo.dir, 'check').status, 0);
    repo.git('add', SIDECAR);
    repo.git('commit', '-q', '--no-edit');
    assert.equal(readSidecar(repo).actors[0].name, 'F. Bostyn');
    assert.equal(readSidecar(repo).conflicts, undefined);
  });

  describe('a version the driver cannot read', () => {
    /** Commits `start`, then `theirs` on branch bob and `ours` on main, and merges bob into main. */
    function mergeOf(start: string, ours: string, theirs: string) {
      repo.write(ARTICLE, TEXT);
      repo.write(SIDECAR, start);
      repo.commitAll('start');
      repo.git('checkout', '-q', '-b', 'bob');
      repo.write(SIDECAR, theirs);
      repo.commitAll('theirs');
      repo.git('checkout', '-q', 'main');
      repo.write(SIDECAR, ours);
      repo.commitAll('ours');
      return repo.run('merge', '--no-edit', 'bob');
    }

    it('leaves ours byte for byte and makes git report a conflict when theirs has a typo in a speaker', () => {
      const ours = '# ours\n' + sidecar({ actors: [bostyn, actor('rabat', 'place', 'Rabat')] });
      const theirs = sidecar({ actors: [bostyn], quotations: [{ anchor: anchorOf(TEXT, '«ce que la Syrie'), speaker: { actor: 'francisca-bostyn' }, topics: [] }] })
        .replace('speaker: francisca-bostyn', 'speaker: francisca-bostin');
      const merge = mergeOf(sidecar({ actors: [bostyn] }), ours, theirs);
      assert.notEqual(merge.status, 0);
      assert.match(merge.stdout + merge.stderr, /CONFLICT/);
      assert.match(merge.stderr, /the theirs version cannot be read \(\d+:\d+: .*francisca-bostin/);
      assert.equal(repo.read(SIDECAR), ours, 'the working tree holds ours, unmerged');
      assert.equal(repo.git('diff', '--name-only', '--diff-filter=U').trim(), SIDECAR);
      assert.equal(repo.git('show', `:3:${SIDECAR}`), theirs, 'theirs is still in the index');
    });

    it('never downgrades ours written by a newer Marginalia', () => {
      const ours = sidecar({ actors: [bostyn] }).replace('marginalia: 1', 'marginalia: 2') + 'sources:\n  - desk\n';
      const merge = mergeOf(sidecar({ actors: [bostyn] }), ours, sidecar({ actors: [bostyn, actor('rabat', 'place', 'Rabat')] }));
      assert.notEqual(merge.status, 0);
      assert.match(merge.stderr, /the ours version cannot be read \(.*newer Marginalia/);
      assert.equal(repo.read(SIDECAR), ours);
    });
  });

  describe('one side edits the text while the other annotates', () => {
    const syrie = '«ce que la Syrie et l’Irak ont été»';
    const sahel = 'le Sahel devienne';
    const edited = TEXT
      .replace('que le Sahel devienne «ce que', 'que le Sahel devienne à son tour «ce que')
      .replace('une visite stratégique', 'une visite');
    const base = { actors: [bostyn], quotations: [{ anchor: anchorOf(TEXT, syrie), topics: [] }] };
    // What the editor stores after the text edit: the quotation's anchor refreshed.
    const afterEdit = { actors: [bostyn], quotations: [{ anchor: anchorOf(edited, syrie), topics: [] }] };
    const laLibre = actor('la-libre', 'organization', 'La Libre');
    const annotated = {
      actors: [bostyn, laLibre],
      quotations: [{ anchor: anchorOf(TEXT, syrie), topics: [], speaker: { text: 'the Belgian side, per La Libre' } }],
      notes: [{ anchor: anchorOf(TEXT, sahel), text: 'the region at stake' }],
    };

    function setUp(): void {
      repo.write(ARTICLE, TEXT);
      repo.write(SIDECAR, sidecar(base));
      repo.commitAll('annotate the Syria quotation');
      repo.git('checkout', '-q', '-b', 'annotator');
      repo.write(SIDECAR, sidecar(annotated));
      repo.commitAll('attribute the quotation, note the Sahel');
      repo.git('checkout', '-q', '-b', 'editor', 'main');
      assert.notDeepEqual(afterEdit.quotations[0].anchor, base.quotations[0].anchor, 'the edit changes the anchor');
      repo.write(ARTICLE, edited);
      repo.write(SIDECAR, sidecar(afterEdit));
      repo.commitAll('edit the text');
    }

    function assertMergedCleanly(merge: { status: number | null; stdout: string; stderr: string }): void {
      assert.equal(merge.status, 0, merge.stdout + merge.stderr);
      assert.equal(repo.read(ARTICLE), edited);
      const merged = readSidecar(repo);
      assert.equal(merged.conflicts, undefined);
      assert.deepEqual(merged.actors.map((a) => a.id).sort(), ['francisca-bostyn', 'la-libre']);
      assert.equal(merged.quotations.length, 1);
      assert.deepEqual(merged.quotations[0].speaker, { text: 'the Belgian side, per La Libre' });
      assert.deepEqual(merged.notes.map((n) => n.text), ['the region at stake']);
      // Every stored span is found exactly in the merged article: nothing to review, no orphan.
      const resolutions = resolveAnchors(edited, collectAnchors(merged));
      assert.deepEqual(resolutions.map((r) => r.kind), resolutions.map(() => 'exact'));
      const stats = runCli(repo.dir, 'stats', '--json');
      assert.equal(stats.status, 0, stats.stderr);
      assert.equal(JSON.parse(stats.stdout).total.orphans, 0);
    }

    it('merges cleanly into the branch that edited the text', () => {
      setUp();
      assertMergedCleanly(repo.run('merge', '--no-edit', 'annotator'));
    });

    it('merges cleanly into the branch that annotated', () => {
      setUp();
      repo.git('checkout', '-q', 'annotator');
      assertMergedCleanly(repo.run('merge', '--no-edit', 'editor'));
    });

    it('cherry-picks the text edit onto the annotated branch cleanly (git names no commit: the working tree text stands in)', () => {
      setUp();
      repo.git('checkout', '-q', 'annotator');
      const pick = repo.run('cherry-pick', 'editor');
      assert.equal(pick.status, 0, pick.stdout + pick.stderr);
      const merged = readSidecar(repo);
      assert.equal(merged.conflicts, undefined);
      assert.deepEqual(merged.quotations.map((q) => [q.anchor, q.speaker]),
        [[afterEdit.quotations[0].anchor, { text: 'the Belgian side, per La Libre' }]]);
      assert.equal(resolveAnchors(edited, [merged.quotations[0].anchor])[0].kind, 'exact');
    });
  });
});
