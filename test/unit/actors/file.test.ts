import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseSharedActors, writeSharedActors, type SharedActor, type SharedActors } from '../../../src/core/actors';
import { promoteActor, renameSharedActor, setActorProperty } from '../../../src/core/actors/operations';
import { anyText, nonEmptyText } from '../sidecar/helpers';

const FILE = `# Who is who across the desk's coverage.
marginalia: 1
properties:
  gender: [female, male, nonbinary, unknown]
  role:

actors:
  # Head of the Belgian state security.
  francisca-bostyn:
    type: person
    name: Francisca Bostyn
    aliases: [la directrice]
    properties:
      gender: female
      role: head of state security
  vsse:
    type: organization
    name: VSSE
    note: Sûreté de l'État
`;

describe('shared actors file', () => {
  it('reads actors, declarations and properties', () => {
    const { shared, problems } = parseSharedActors(FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(shared.properties, [{ name: 'gender', values: ['female', 'male', 'nonbinary', 'unknown'] }, { name: 'role' }]);
    assert.deepEqual(shared.actors.map((actor) => actor.id), ['francisca-bostyn', 'vsse']);
    assert.deepEqual(shared.actors[0].properties, { gender: 'female', role: 'head of state security' });
    assert.deepEqual(shared.actors[0].aliases, ['la directrice']);
    assert.equal(shared.actors[1].note, "Sûreté de l'État");
  });

  it('reports a value its property does not declare, at its line and column, and keeps it', () => {
    const { shared, problems } = parseSharedActors(FILE.replace('gender: female', 'gender: femal'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'unknown-value');
    assert.equal(problems[0].severity, 'warning');
    assert.equal(problems[0].line, 14);
    assert.equal(problems[0].column, 15);
    assert.equal(shared.actors[0].properties.gender, 'femal');
  });

  it('reports duplicate ids and missing fields as errors, and refuses to overwrite the file then', () => {
    const duplicate = FILE + '  vsse:\n    type: organization\n    name: VSSE again\n';
    const parsed = parseSharedActors(duplicate);
    const error = parsed.problems.find((problem) => problem.code === 'duplicate-id');
    assert.ok(error, JSON.stringify(parsed.problems));
    assert.equal(error.line, 20);
    assert.throws(() => writeSharedActors(parsed.shared, parsed), /refusing to overwrite a shared actors file with errors \(line 20/);
    const missing = parseSharedActors('marginalia: 1\nactors:\n  x:\n    name: X\n');
    assert.deepEqual(missing.problems.map((p) => [p.code, p.line]), [['missing-field', 4]]);
  });

  it('reports YAML syntax errors and conflict markers with their position', () => {
    const broken = parseSharedActors('marginalia: 1\nactors:\n  x: [\n');
    assert.equal(broken.problems[0].severity, 'error');
    assert.equal(broken.problems[0].code, 'yaml-syntax');
    const conflicted = parseSharedActors('marginalia: 1\n<<<<<<< HEAD\nactors:\n=======\n>>>>>>> b\n');
    assert.equal(conflicted.problems[0].code, 'merge-conflict');
    assert.equal(conflicted.problems[0].line, 2);
  });

  it('rewrites only the entry that changed: comments, order and other entries stay byte for byte', () => {
    const parsed = parseSharedActors(FILE);
    const written = writeSharedActors(setActorProperty(parsed.shared, 'vsse', 'role', 'intelligence service'), parsed);
    assert.equal(written, FILE.replace("    note: Sûreté de l'État\n", "    note: Sûreté de l'État\n    properties:\n      role: intelligence service\n"));
    assert.equal(writeSharedActors(parsed.shared, parsed), FILE, 'no change, same bytes');
  });

  it('inserts a promoted actor where its id sorts, leaving the rest alone', () => {
    const parsed = parseSharedActors(FILE);
    const shared = promoteActor(parsed.shared, { id: 'la-libre', type: 'organization', name: 'La Libre', aliases: [], added: [], excluded: [] });
    const written = writeSharedActors(shared, parsed);
    const lines = written.split('\n');
    const at = lines.indexOf('  la-libre:');
    assert.ok(at > lines.indexOf('  francisca-bostyn:') && at < lines.indexOf('  vsse:'), written);
    assert.equal(written.replace('  la-libre:\n    type: organization\n    name: La Libre\n', ''), FILE);
  });

  it('renames an actor, keeping its old name as an alias, and changes only its name lines', () => {
    const parsed = parseSharedActors(FILE);
    const renamed = renameSharedActor(parsed.shared, 'francisca-bostyn', 'Francisca Bostyn-Peeters');
    const actor = renamed.actors.find((candidate) => candidate.id === 'francisca-bostyn')!;
    assert.deepEqual([actor.name, actor.aliases], ['Francisca Bostyn-Peeters', ['la directrice', 'Francisca Bostyn']]);
    assert.deepEqual(renameSharedActor(renamed, 'francisca-bostyn', 'Francisca Bostyn').actors[0]!.aliases, ['la directrice', 'Francisca Bostyn-Peeters'], 'back to a former name: no alias repeats the name');
    const written = writeSharedActors(renamed, parsed);
    assert.equal(written, FILE.replace('    name: Francisca Bostyn\n    aliases: [la directrice]\n', '    name: Francisca Bostyn-Peeters\n    aliases: [la directrice, Francisca Bostyn]\n'));
    assert.throws(() => renameSharedActor(parsed.shared, 'nobody', 'X'), /not a shared actor/);
  });

  it('removes a property without touching the other', () => {
    const parsed = parseSharedActors(FILE);
    const written = writeSharedActors(setActorProperty(parsed.shared, 'francisca-bostyn', 'gender', undefined), parsed);
    assert.equal(written, FILE.replace('      gender: female\n', ''));
  });

  it('writes a new file with the version, the declarations, then the actors', () => {
    const written = writeSharedActors({ properties: [{ name: 'party', values: [] }], actors: [] });
    assert.equal(written, 'marginalia: 1\nproperties:\n  party: []\n');
    assert.deepEqual(parseSharedActors(written).shared.properties, [{ name: 'party', values: [] }]);
  });
});

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
const propertyName = fc.constantFrom('gender', 'role', 'party', 'country', 'affiliation', 'année', 'a b', 'null', '1');
const sharedActor: fc.Arbitrary<SharedActor> = fc.record({
  id,
  type: fc.constantFrom('person', 'organization', 'place', 'custom-type'),
  name: nonEmptyText,
  aliases: fc.uniqueArray(nonEmptyText, { maxLength: 3 }),
  note: fc.option(anyText, { nil: undefined }),
  externalId: fc.option(fc.constantFrom('Q42', 'Q31', ''), { nil: undefined }),
  properties: fc.dictionary(propertyName, nonEmptyText, { maxKeys: 3 }),
}).map((actor) => JSON.parse(JSON.stringify(actor)) as SharedActor);
const sharedActors: fc.Arbitrary<SharedActors> = fc.record({
  properties: fc.uniqueArray(fc.record({ name: propertyName, values: fc.option(fc.uniqueArray(nonEmptyText, { maxLength: 3 }), { nil: undefined }) }), { selector: (d) => d.name, maxLength: 3 })
    .map((declarations) => JSON.parse(JSON.stringify(declarations))),
  actors: fc.uniqueArray(sharedActor, { selector: (actor) => actor.id, maxLength: 5 }),
});
const byKey = <T>(items: readonly T[], key: (item: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('shared actors file round trip', function () {
  this.timeout(120_000);

  it('reads back the model it wrote (entries sorted by id), with no error', () => {
    fc.assert(fc.property(sharedActors, (shared) => {
      const written = writeSharedActors(shared);
      const read = parseSharedActors(written);
      assert.deepEqual(read.problems.filter((p) => p.severity === 'error'), [], written);
      assert.deepEqual(plain(read.shared.actors), plain(byKey(shared.actors, (a) => a.id)), written);
      assert.deepEqual(plain(read.shared.properties), plain(byKey(shared.properties, (d) => d.name)), written);
    }), { numRuns: 200 });
  });

  it('changing one actor changes only its lines', () => {
    fc.assert(fc.property(sharedActors.filter((s) => s.actors.length > 1), fc.nat(), nonEmptyText, (shared, pick, value) => {
      const before = writeSharedActors(shared);
      const target = shared.actors[pick % shared.actors.length];
      const after = writeSharedActors(setActorProperty(shared, target.id, 'role', value), before);
      assert.deepEqual(plain(parseSharedActors(after).shared.actors.find((a) => a.id === target.id)?.properties.role), value);
      for (const other of shared.actors.filter((a) => a.id !== target.id)) {
        const entry = writeSharedActors({ properties: [], actors: [other] }).split('actors:\n')[1];
        assert.ok(after.includes(entry), `entry of ${other.id} kept`);
      }
    }), { numRuns: 100 });
  });
});
