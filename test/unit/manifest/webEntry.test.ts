/**
 * The manifest tells the truth about the web worker extension host (src/extensionWeb.ts): it
 * has a `browser` entry, and the commands only the desktop entry registers (git, the merge
 * driver, the comparison with a branch: src/editor/git, src/editor/compare) are shown in no
 * menu where they do not exist — their `when` needs `marginalia:nodeFeatures`, which only
 * src/extension.ts sets (or `marginalia:comparing`, which only the comparison sets, as on the
 * Disagreements view its items belong to).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  browser?: string;
  files: string[];
  capabilities: { virtualWorkspaces: unknown };
  contributes: {
    menus: Record<string, { command: string; when?: string }[]>;
    walkthroughs: { steps: { id: string; description: string; completionEvents?: string[]; when?: string }[] }[];
  };
};

function nodeOnlyCommands(): Set<string> {
  const ids = new Set<string>();
  for (const folder of ['src/editor/git', 'src/editor/compare']) {
    for (const name of readdirSync(join(root, folder))) {
      const text = readFileSync(join(root, folder, name), 'utf8');
      for (const match of text.matchAll(/registerCommand\(\s*'(marginalia\.[\w.]+)'/g)) ids.add(match[1]!);
    }
  }
  return ids;
}

describe('manifest: the web worker extension host', () => {
  it('has a browser entry that the package ships', () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.ok(manifest.files.includes('dist/web/extension.js'));
    assert.match(readFileSync(join(root, 'scripts', 'lib', 'web-bundle.mjs'), 'utf8'), /outfile: 'dist\/web\/extension\.js'/);
  });

  it('says virtual workspaces are supported, with the git commands left out', () => {
    assert.deepEqual(manifest.capabilities.virtualWorkspaces, { supported: 'limited', description: '%capabilities.virtualWorkspaces.description%' });
  });

  it('shows the commands of the desktop entry only where it runs', () => {
    const nodeOnly = nodeOnlyCommands();
    assert.ok(nodeOnly.has('marginalia.commitAnnotations') && nodeOnly.has('marginalia.setUpMergeDriver'), [...nodeOnly].join(', '));
    const shownEverywhere = Object.entries(manifest.contributes.menus).flatMap(([menu, entries]) =>
      entries
        .filter(({ command, when }) => nodeOnly.has(command) && when !== 'false' && !/\bmarginalia:(nodeFeatures|comparing)\b|\bview == marginalia\.disagreements\b/.test(when ?? ''))
        .map(({ command, when }) => `${menu}: ${command} when ${when ?? '(always)'}`),
    );
    assert.deepEqual(shownEverywhere, []);
  });

  it('leads the walkthrough to the desktop commands only where they run, and to Source Control on the web', () => {
    const nodeOnly = nodeOnlyCommands();
    const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
    const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const text = (step: (typeof steps)[number]) => [nls[step.description.slice(1, -1)] ?? step.description, ...(step.completionEvents ?? [])].join(' ');
    const desktopOnly = steps.filter((step) => [...nodeOnly].some((command) => text(step).includes(command)));
    assert.ok(desktopOnly.length > 0);
    for (const step of desktopOnly) assert.equal(step.when, 'marginalia:nodeFeatures', step.id);
    const web = steps.filter((step) => step.when === '!marginalia:nodeFeatures');
    assert.deepEqual(web.map((step) => step.id), ['commitInBrowser']);
    assert.match(text(web[0]!), /workbench\.view\.scm/);
  });
});
