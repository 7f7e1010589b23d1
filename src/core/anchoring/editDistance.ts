/**
 * Edit distances for scoring approximate matches. Plain dynamic programming: it only runs on
 * the few anchors whose text was edited, on short strings or small windows, where clarity
 * matters more than the bit-parallel speed-ups a whole-text search would need.
 */

/** Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Similarity in [0, 1]: 1 − distance / length of `expected` (0 when worse than replacing all). */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

export interface SubstringMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/**
 * The substring of `text[from, to)` closest to `pattern` by edit distance (semi-global
 * alignment: free start and end in the text). Among equally close ones the first end wins,
 * and for that end the shortest substring.
 */
export function bestSubstringMatch(pattern: string, text: string, from: number, to: number): SubstringMatch | undefined {
  const m = pattern.length;
  if (m === 0 || to <= from) return undefined;
  // Forward pass: column j holds the cost of aligning the whole pattern ending at text[j).
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  let bestErrors = m;
  let bestEnd = from;
  for (let j = from; j < to; j++) {
    current[0] = 0;
    const cj = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const substitution = previous[i - 1] + (pattern.charCodeAt(i - 1) === cj ? 0 : 1);
      current[i] = Math.min(substitution, previous[i] + 1, current[i - 1] + 1);
    }
    if (current[m] < bestErrors) {
      bestErrors = current[m];
      bestEnd = j + 1;
    }
    [previous, current] = [current, previous];
  }
  if (bestErrors >= m) return undefined;
  // Backward pass from the best end, pattern reversed, to find where that alignment starts.
  for (let i = 0; i <= m; i++) previous[i] = i;
  let bestStart = bestEnd;
  let startErrors = m;
  const stop = Math.max(from, bestEnd - m - bestErrors);
  for (let j = bestEnd - 1; j >= stop; j--) {
    current[0] = bestEnd - j;
    const cj = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const substitution = previous[i - 1] + (pattern.charCodeAt(m - i) === cj ? 0 : 1);
      current[i] = Math.min(substitution, previous[i] + 1, current[i - 1] + 1);
    }
    // current[m] is now the distance between the pattern and text[j, bestEnd).
    if (current[m] < startErrors) {
      startErrors = current[m];
      bestStart = j;
    }
    [previous, current] = [current, previous];
  }
  return { start: bestStart, end: bestEnd, errors: bestErrors };
}
