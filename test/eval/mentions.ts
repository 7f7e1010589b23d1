/**
 * Entity mentions annotated for an article in another folder of the corpus (quotes-fr texts are
 * copies of winer-fr texts, quotes-en texts of en-gum texts): the "annotated mentions" a
 * suggested speaker may overlap to count as a candidate that can speak (./speakerKind.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseStandoff } from '../../src/core/formats/standoff';
import type { Span } from '../../src/core/model';

/** article name (file name without .txt/.ann) → its entity mentions; empty when the folder is absent */
export function entityMentionIndex(folder: string, types: ReadonlySet<string>): (name: string) => Span[] {
  const paths = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.ann')) paths.set(entry.slice(0, -4), path);
    }
  };
  if (existsSync(folder)) walk(folder);
  return (name) => {
    const path = paths.get(basename(name).replace(/\.txt$/u, ''));
    if (!path) return [];
    const out: Span[] = [];
    for (const record of parseStandoff(readFileSync(path, 'utf8')).records) {
      if (record.kind !== 'T' || !types.has(record.type)) continue;
      for (const f of record.fragments) out.push({ start: f.start, end: f.end });
    }
    return out;
  };
}
