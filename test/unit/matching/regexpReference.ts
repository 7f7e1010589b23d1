/**
 * The straightforward definition findNames must equal: one RegExp alternation of the names,
 * longest first, between a negative lookbehind and lookahead on word characters.
 */
import type { NameEntry } from '../../../src/core/matching/nameIndex';
import type { NameMatch } from '../../../src/core/matching/findNames';

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function regexpFindNames(entries: readonly NameEntry[], text: string): NameMatch[] {
  const owner = new Map<string, string>();
  for (const { name, actorId } of entries) {
    const current = owner.get(name);
    if (name !== '' && (current === undefined || actorId < current)) owner.set(name, actorId);
  }
  if (owner.size === 0) return [];
  const names = [...owner.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
  const matches: NameMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    matches.push({ start: m.index, end: m.index + m[0].length, actorId: owner.get(m[0]) as string, name: m[0] });
  }
  return matches;
}
