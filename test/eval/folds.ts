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
