/**
 * Where the benchmark inputs come from: the shared corpus of real articles when present
 * (`MARGINALIA_CORPUS`, else `../shared/corpus` beside the repository, else
 * `/work/shared/corpus`), otherwise the fixtures of the project. Listings are sorted so that a
 * seed gives the same input on every machine.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');

/** The corpus folder (holding `winer-fr/`), or undefined when there is none. */
export function corpusRoot(): string | undefined {
  const candidates = [process.env.MARGINALIA_CORPUS, resolve(REPO_ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus'];
  return candidates.find((dir): dir is string => dir !== undefined && dir !== '' && existsSync(join(dir, 'winer-fr')));
}

/** The French brat-annotated articles (WiNER-fr dev set), or the project's fixtures. */
export function articleSource(): string {
  const root = corpusRoot();
  return root ? join(root, 'winer-fr') : FIXTURES;
}

/** Files under `folder` ending with `suffix`, sorted, without the corpus' licence files. */
export function filesUnder(folder: string, suffix: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix) && !/LICENSE|ATTRIBUTION|^split\.txt$/.test(name)) found.push(path);
  }
  return found;
}

/** Article texts under `folder` (`.txt` files, licence files and split lists left out). */
export function articleFiles(folder = articleSource()): string[] {
  return filesUnder(folder, '.txt');
}

/** The articles of `files` that have a brat `.ann` beside them: their text (BOM dropped) and standoff. */
export function* bratArticles(files: readonly string[]): Generator<{ readonly path: string; readonly text: string; readonly ann: string }> {
  for (const path of files) {
    let ann: string;
    try {
      ann = readFileSync(path.replace(/\.txt$/, '.ann'), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    yield { path, text: readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), ann };
  }
}
