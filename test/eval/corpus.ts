/**
 * Reads the evaluation corpus (brat pairs) described in ../shared/corpus/README.md.
 * Lookup order: $MARGINALIA_CORPUS, <repo>/../shared/corpus, /work/shared/corpus.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseStandoff, type StandoffTextBound } from '../../src/core/formats/standoff';
import type { Span } from '../../src/core/model';

export interface GoldSpan extends Span {
  readonly id: string;
  readonly type: string;
  readonly text: string;
  /** The pieces of a discontinuous span (one piece for a continuous one). */
  readonly fragments: readonly Span[];
}

export interface GoldDocument {
  readonly name: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
  /** quote id → speaker ids / cue ids */
  readonly speakers: ReadonlyMap<string, string[]>;
  readonly cues: ReadonlyMap<string, string[]>;
  /** ids with an `A Direct` attribute */
  readonly direct: ReadonlySet<string>;
}

/** Where the corpus is looked for when MARGINALIA_CORPUS is not set. */
export function defaultCorpusPlaces(repoRoot: string): string[] {
  return [resolve(repoRoot, '..', 'shared', 'corpus'), '/work/shared/corpus'];
}

export function findCorpus(repoRoot: string): string | undefined {
  const explicit = process.env['MARGINALIA_CORPUS'];
  // a corpus named explicitly must be there: no silent fallback to another one
  if (explicit) return existsSync(join(explicit, 'README.md')) ? explicit : undefined;
  const candidates = defaultCorpusPlaces(repoRoot);
  return candidates.find((c): c is string => c !== undefined && c !== '' && existsSync(join(c, 'README.md')));
}

function listTexts(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) out.push(...listTexts(path));
    else if (entry.endsWith('.txt') && existsSync(path.slice(0, -4) + '.ann')) out.push(path);
  }
  return out;
}

/**
 * One span per T line; fragments separated only by whitespace count as one span (README), other
 * discontinuous spans keep their outer bounds.
 */
function toGoldSpan(text: string, record: StandoffTextBound): GoldSpan {
  const first = record.fragments[0]!;
  const last = record.fragments[record.fragments.length - 1]!;
  const fragments = record.fragments.map((f) => ({ start: f.start, end: f.end }));
  return { id: record.id, type: record.type, start: first.start, end: last.end, text: text.slice(first.start, last.end), fragments };
}

export function loadFolder(folder: string): GoldDocument[] {
  return listTexts(folder).map((path) => {
    const text = readFileSync(path, 'utf8');
    const { records } = parseStandoff(readFileSync(path.slice(0, -4) + '.ann', 'utf8'));
    const spans: GoldSpan[] = [];
    const speakers = new Map<string, string[]>();
    const cues = new Map<string, string[]>();
    const direct = new Set<string>();
    for (const record of records) {
      if (record.kind === 'T') spans.push(toGoldSpan(text, record));
      else if (record.kind === 'R' && (record.type === 'Speaker' || record.type === 'Cue')) {
        const map = record.type === 'Speaker' ? speakers : cues;
        map.set(record.arg1, [...(map.get(record.arg1) ?? []), record.arg2]);
      } else if (record.kind === 'A' && record.type === 'Direct') direct.add(record.target);
    }
    return { name: relative(folder, path), text, spans, speakers, cues, direct };
  });
}
