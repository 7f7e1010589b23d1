import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildArticleView } from '../../../src/core/article/view';
import * as ops from '../../../src/core/operations';
import { indexOutline } from '../../../src/core/outline/outlineIndex';
import { buildOutline, type OutlineArticle, type OutlineNode } from '../../../src/core/outline/outlineModel';
import { parseSidecar } from '../../../src/core/sidecar';
import { currentChildren } from '../../../src/editor/outline/currentChildren';

const samples = path.join(__dirname, '../../fixtures/samples');
const text = readFileSync(path.join(samples, 'bostyn-rabat.txt'), 'utf8');
const annotations = parseSidecar(readFileSync(path.join(samples, 'bostyn-rabat.txt.ann.yaml'), 'utf8')).annotations;
const OPTIONS = { sort: 'appearance' as const, typeOrder: ['person', 'organization', 'place'] };
const outlineOf = (a: typeof annotations): readonly OutlineNode[] => {
  const article: OutlineArticle = { key: 'file:///w/bostyn-rabat.txt', label: 'bostyn-rabat.txt', view: buildArticleView(text, a) };
  return buildOutline([article], OPTIONS);
};
const lookupIn = (roots: readonly OutlineNode[]) => {
  const index = indexOutline(roots);
  return (id: string) => index.get(id)?.node;
};
const ids = (nodes: readonly OutlineNode[]) => nodes.map((n) => n.id);
/** Every node of a tree, depth first. */
const all = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);

describe('outline children asked with a node of an older tree', () => {
  const before = outlineOf(annotations);
  // A refresh: the first actor is removed, so positions of nodes shift in the new tree.
  const firstActor = annotations.actors[0]!;
  const after = outlineOf(ops.deleteActor(annotations, firstActor.id));
  const now = lookupIn(after);

  it('each old node gets the children its id has now, or none when its id is gone, never another node\'s', () => {
    assert.notDeepEqual(ids(all(before)), ids(all(after)), 'the refresh changed the tree');
    let gone = 0;
    for (const old of all(before)) {
      const answer = currentChildren(now, old);
      const current = now(old.id);
      if (!current) {
        gone++;
        assert.deepEqual(answer, [], `${old.id} is gone: no children`);
        continue;
      }
      assert.deepEqual(ids(answer), ids(current.children), old.id);
      // Whatever it answers are nodes of the current tree, whose parent there is this very id.
      const index = indexOutline(after);
      for (const child of answer) assert.equal(index.get(child.id)?.parent?.id, old.id);
    }
    assert.ok(gone > 0, 'the removed actor and its mentions are asked for too');
  });

  it('the root groups keep their own children across the refresh (Quotations never lists organisations)', () => {
    for (const group of before) {
      const kinds = new Set(currentChildren(now, group).map((n) => n.kind));
      const expected = { 'group:actors': ['type'], 'group:quotations': ['speaker'], 'group:topics': ['topic'] }[group.id] ?? [];
      for (const kind of kinds) assert.ok(expected.includes(kind), `${group.id} got a ${kind}`);
    }
  });
});
