import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildArticleView } from '../../../src/core/article/view';
import * as ops from '../../../src/core/operations';
import { indexOutline } from '../../../src/core/outline/outlineIndex';
import { buildOutline, type OutlineArticle, type OutlineNode } from '../../../src/core/outline/outlineModel';
import { parseSidecar } from '../../../src/core/sidecar';
import { answerLater, CHILDREN_ANSWER_DELAY_MS, currentChildren } from '../../../src/editor/outline/batchSafeChildren';

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

/**
 * The children batching of VS Code's workbench (1.139, microsoft/vscode#243911), as the
 * workbench's tree data source does it: each element joins the current batch and arms a timer;
 * the first timer sends the batch, each timer answers its element from the batch that is
 * current when it fires. `lateMs` is how late the renderer runs the timers after the first
 * (a loaded machine); `fetch` is the extension host, answering a batch of ids.
 */
function workbenchTree(fetch: (ids: string[]) => Promise<string[][]>, lateMs: number) {
  let batch: string[] | undefined;
  let batchPromise: Promise<string[][]> | undefined;
  const getChildren = (id: string): Promise<string[]> => {
    if (batch === undefined) {
      batch = [id];
      batchPromise = undefined;
    } else batch.push(id);
    const at = batch.length - 1;
    return new Promise((resolve) => {
      setTimeout(
        () => {
          const taken = batch;
          batch = undefined;
          batchPromise ??= fetch(taken ?? []);
          void batchPromise.then((answers) => resolve(at < answers.length ? answers[at]! : []));
        },
        at === 0 ? 0 : lateMs,
      );
    });
  };
  /** Loads the tree as the workbench does: level by level, each open node's children as soon as it has them. */
  const load = async (roots: string[], open: (id: string) => boolean): Promise<Map<string, string[]>> => {
    const shown = new Map<string, string[]>();
    const expand = async (id: string): Promise<void> => {
      const children = await getChildren(id);
      shown.set(id, children);
      await Promise.all(children.filter(open).map(expand));
    };
    await Promise.all(roots.map(expand));
    return shown;
  };
  return { load };
}

describe('VS Code batching children of one level (why the outline answers late)', () => {
  const tree = outlineOf(annotations);
  const lookup = lookupIn(tree);
  const open = (id: string) => id.startsWith('group:') || id.startsWith('type:');
  const answer = (requested: string[]) => requested.map((id) => currentChildren(lookup, lookup(id)!).map((n) => n.id));
  const own = (id: string) => ids(lookup(id)!.children);
  const groups = ids(tree);

  it('an immediate answer lets a late timer of the groups take the actor types\' children (the bug seen)', async () => {
    const { load } = workbenchTree(async (requested) => answer(requested), 20);
    const shown = await load(groups, open);
    assert.notDeepEqual(shown.get('group:quotations'), own('group:quotations'), 'the model reproduces the wrong children');
    assert.deepEqual(shown.get('group:quotations'), own('type:organization'));
  });

  it('an answer later than the late timers gives every group and type its own children', async () => {
    const { load } = workbenchTree((requested) => answerLater(() => answer(requested)), 20);
    const shown = await load(groups, open);
    for (const [id, children] of shown) assert.deepEqual(children, own(id), id);
    assert.ok(shown.has('type:organization'));
  });

  it('the delay is short: a level costs well under a tenth of a second more', () => {
    assert.ok(CHILDREN_ANSWER_DELAY_MS > 20 && CHILDREN_ANSWER_DELAY_MS < 100);
  });
});
