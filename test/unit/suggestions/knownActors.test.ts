import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Actor } from '../../../src/core/model';
import { withArticleActors, workspaceActors } from '../../../src/core/suggestions';

const actor = (id: string, type: string, name: string, aliases: string[] = []): Actor => ({ id, type, name, aliases, added: [], excluded: [] });

/** Few ids and names, so that articles share actors, names and aliases. */
const arbitraryActor = fc
  .record({ id: fc.constantFrom('a', 'b', 'c', 'd'), type: fc.constantFrom('person', 'place', 'fiction'), name: fc.constantFrom('Ana', 'Bo', 'Cy', 'Dee'), aliases: fc.array(fc.constantFrom('x', 'y', 'Ana'), { maxLength: 2 }) })
  .map(({ id, type, name, aliases }) => actor(id, type, name, aliases));

describe("the suggesters' gazetteer of the workspace's actors", () => {
  it('merges an article in front of the merged workspace as merging everything at once does', () => {
    fc.assert(
      fc.property(fc.array(arbitraryActor, { maxLength: 5 }), fc.array(fc.array(arbitraryActor, { maxLength: 4 }), { maxLength: 6 }), (article, others) => {
        const once = workspaceActors([article, ...others]);
        const merged = withArticleActors(article, workspaceActors(others));
        assert.deepEqual(merged.known, once.known);
        assert.deepEqual([...merged.byId], [...once.byId]);
        assert.deepEqual([...merged.knownById], [...once.knownById]);
      }),
    );
  });

  it("gives the article's definition of an actor and every name it bears anywhere, the article's first", () => {
    const workspace = workspaceActors([[actor('ana', 'place', 'Ana', ['Anita'])], [actor('bo', 'person', 'Bo')]]);
    const merged = withArticleActors([actor('ana', 'person', 'Ana Lopez')], workspace);
    assert.deepEqual(merged.known, [
      { id: 'ana', names: ['Ana Lopez', 'Ana', 'Anita'], type: 'person' },
      { id: 'bo', names: ['Bo'], type: 'person' },
    ]);
    assert.equal(merged.byId.get('ana')?.name, 'Ana Lopez');
    assert.equal(merged.byId.get('bo')?.name, 'Bo');
  });
});
