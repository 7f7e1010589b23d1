import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadFolder } from './corpus';

/**
 * Fixed folds of a corpus, so that every run scores the same documents together and a rule that
 * helps one fold only shows as such. Within each batch the names are sorted and dealt round robin,
 * the next batch continuing where the previous one stopped: every fold mixes the batches, and
 * folds differ in size by one document at most. No randomness, no dependence on file order.
 */
export function assignFolds(batches: readonly (readonly string[])[], folds: number): string[][] {
  const out: string[][] = Array.from({ length: folds }, () => []);
  let next = 0;
  for (const batch of batches) {
    for (const name of [...batch].sort()) {
      out[next % folds]!.push(name);
      next++;
    }
  }
  return out.filter((fold) => fold.length > 0);
}

/** How many folds quotes-fr is dealt into. */
export const FRENCH_FOLDS = 5;

/**
 * The batches of quotes-fr: the documents of its `batch2.list` (the second annotator's) apart
 * from the first batch, so that {@link assignFolds} mixes both in every fold. Without the list,
 * one batch. The eval and its diagnostic scripts share it, so they score the same folds.
 */
export function frenchBatches(corpus: string, names: readonly string[]): { batches: string[][]; listed: boolean } {
  const listPath = join(corpus, 'quotes-fr', 'batch2.list');
  const batch2 = new Set(existsSync(listPath) ? readFileSync(listPath, 'utf8').split(/\s+/u).filter(Boolean) : []);
  const inBatch2 = (name: string): boolean => batch2.has(basename(name).replace(/\.txt$/u, ''));
  return { batches: [names.filter((n) => !inBatch2(n)), names.filter(inBatch2)], listed: batch2.size > 0 };
}

/** The documents of one quotes-fr fold (1-based), or every document of `part` when no fold is asked. */
export function documentsWanted(corpus: string, part: string, names: readonly string[], fold: string | undefined): Set<string> {
  if (part !== 'quotes-fr' || fold === undefined) return new Set(names);
  return new Set(assignFolds(frenchBatches(corpus, names).batches, FRENCH_FOLDS)[Number(fold) - 1] ?? []);
}

/**
 * What the diagnostic scripts (quoteErrors.ts, speakerErrors.ts) read from their command line
 * `[part] [fold]`: the corpus part's documents and the names of those to report on.
 */
export function diagnosticSelection(corpus: string, argv: readonly string[]): { part: string; fold?: string; docs: ReturnType<typeof loadFolder>; wanted: Set<string> } {
  const part = argv[0] ?? 'quotes-fr';
  const fold = argv[1];
  const docs = loadFolder(join(corpus, part));
  return { part, ...(fold !== undefined && { fold }), docs, wanted: documentsWanted(corpus, part, docs.map((d) => d.name), fold) };
}
