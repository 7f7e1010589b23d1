import { strict as assert } from 'node:assert';
import { pickTitle, recordedConflictSites, resolveRecordedConflict } from '../../../src/core/git/recordedConflicts';
import type { MergeConflict } from '../../../src/core/model';
import { parseSidecar, type SidecarProblem } from '../../../src/core/sidecar';
import { actor, annotations } from '../merge/builders';

const nameConflict: MergeConflict = {
  path: 'actors.francisca-bostyn.name', section: 'actors', entry: 'francisca-bostyn', field: 'name',
  base: 'Francisca Bostyn', ours: 'F. Bostyn', theirs: 'Francisca Bostijn',
};
const deletedActor: MergeConflict = {
  path: 'actors.vsse', section: 'actors', entry: 'vsse', ours: actor('vsse', { name: 'VSSE', type: 'organization' }),
};

function recorded(line: number): SidecarProblem {
  return { line, column: 5, endLine: line + 6, endColumn: 30, severity: 'error', code: 'merge-conflict-recorded' as SidecarProblem['code'], message: 'merge conflict recorded' };
}

const SIDECAR = [
  'marginalia: 1',
  'actors:',
  '  francisca-bostyn:',
  '    type: person',
  '    name: F. Bostyn',
  'conflicts:',
  '  - path: actors.francisca-bostyn.name',
  '    section: actors',
  '    entry: francisca-bostyn',
  '    field: name',
  '    base: Francisca Bostyn',
  '    ours: F. Bostyn',
  '    theirs: Francisca Bostijn',
  '',
].join('\n');

describe('recorded merge conflicts in the editor', () => {
  it('pairs each conflict with the problem reported at its entry, in file order', () => {
    const parsed = {
      annotations: annotations({ conflicts: [nameConflict, deletedActor] }),
      problems: [recorded(20), { ...recorded(3), code: 'unknown-key' as const, severity: 'warning' as const }, recorded(12)],
    };
    const sites = recordedConflictSites(parsed);
    assert.deepEqual(sites.map((site) => [site.index, site.conflict.path, site.line]), [[0, nameConflict.path, 12], [1, deletedActor.path, 20]]);
  });

  it('offers nothing rather than a wrong site when the problems do not match the conflicts', () => {
    assert.deepEqual(recordedConflictSites({ annotations: annotations({ conflicts: [nameConflict] }), problems: [] }), []);
  });

  it('titles each pick with the value it keeps', () => {
    assert.equal(pickTitle(nameConflict, 'ours'), 'Keep ours ("F. Bostyn") for actors.francisca-bostyn.name');
    assert.equal(pickTitle(nameConflict, 'theirs'), 'Take theirs ("Francisca Bostijn") for actors.francisca-bostyn.name');
    assert.equal(pickTitle(nameConflict, 'base'), 'Keep base ("Francisca Bostyn") for actors.francisca-bostyn.name');
    assert.equal(pickTitle(deletedActor, 'theirs'), 'Take theirs (no entry) for actors.vsse');
    assert.equal(pickTitle(deletedActor, 'ours'), 'Keep ours ("VSSE") for actors.vsse');
  });

  it('rewrites the sidecar with the side picked and the conflict gone', function () {
    // Needs the sidecar reader that reads the `conflicts:` section (and reports each conflict).
    if (parseSidecar(SIDECAR).annotations.conflicts === undefined) this.skip();
    const resolved = resolveRecordedConflict(SIDECAR, 0, 'theirs', nameConflict.path);
    const parsed = parseSidecar(resolved);
    assert.equal(parsed.annotations.conflicts, undefined);
    assert.equal(parsed.annotations.actors[0]?.name, 'Francisca Bostijn');
    assert.doesNotMatch(resolved, /conflicts:/);
    assert.throws(() => resolveRecordedConflict(SIDECAR, 0, 'ours', 'actors.other.name'), /no longer records this conflict/);
  });
});
