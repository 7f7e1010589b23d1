/**
 * A workspace of the ~950 French dev articles imported from brat (WiNER-fr): each `.ann` made
 * into Annotations here (one actor per distinct entity name and type, types mapped to
 * Marginalia's; mentions follow from the names, so the sidecars stay compact), written with
 * writeSidecar beside a copy of its text in a temp folder. Timed: the core's full index (read
 * text + sidecar, parse, build the view of each article) and the update after one sidecar
 * changed (that article read and viewed again). Targets: full ≤ 3 s; update ≤ 1 % of full.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildArticleView, type ArticleView } from '../../src/core/article/view';
import { parseStandoff } from '../../src/core/formats/standoff';
import type { Actor, Annotations } from '../../src/core/model';
import { slugify, uniqueSlug } from '../../src/core/operations/slug';
import { parseSidecar, writeSidecar } from '../../src/core/sidecar';
import { articleFiles, articleSource } from './corpus';
import { fmtMs, fmtPct, measure, printTable, type BenchContext, type WorkloadResult } from './harness';

const FULL_TARGET_MS = 3000;
const UPDATE_TARGET = 0.01;
const TYPES: Readonly<Record<string, string>> = {
  Person: 'person', Location: 'place', Organization: 'organization', Date: 'date', Hour: 'date', Event: 'event', Product: 'work',
};

/** The Annotations a brat import would give: one actor per distinct (type, name). */
function fromBrat(ann: string): Annotations {
  const actors: Actor[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  for (const record of parseStandoff(ann).records) {
    if (record.kind !== 'T' || record.fragments.length !== 1) continue;
    const type = TYPES[record.type] ?? 'misc';
    const name = record.text.trim();
    if (name === '' || seen.has(`${type}\u0000${name}`)) continue;
    seen.add(`${type}\u0000${name}`);
    const id = uniqueSlug(slugify(name), ids);
    ids.add(id);
    actors.push({ id, type, name, aliases: [], added: [], excluded: [] });
  }
  return { actors, quotations: [], topics: [], notes: [], rejected: [] };
}

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const source = articleSource();
  const texts = articleFiles(source).filter((_, i) => !quick || i % 5 === 0);
  const folder = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
  try {
    const articles: string[] = [];
    let entries = 0;
    for (const textPath of texts) {
      const annPath = textPath.replace(/\.txt$/, '.ann');
      let ann: string;
      try {
        ann = readFileSync(annPath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // a text without annotations
        throw error;
      }
      const annotations = fromBrat(ann);
      entries += annotations.actors.length;
      const target = join(folder, basename(textPath));
      mkdirSync(folder, { recursive: true });
      writeFileSync(target, readFileSync(textPath));
      writeFileSync(`${target}.ann.yaml`, writeSidecar(annotations));
      articles.push(target);
    }

    const viewOf = (path: string): ArticleView => {
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const { annotations } = parseSidecar(readFileSync(`${path}.ann.yaml`, 'utf8'));
      return buildArticleView(text, annotations);
    };
    const index = new Map<string, ArticleView>();
    const fullIndex = () => {
      const fresh = new Map<string, ArticleView>();
      for (const path of articles) fresh.set(path, viewOf(path));
      return fresh;
    };
    for (const [path, view] of fullIndex()) index.set(path, view);

    // One sidecar changes (an alias added to its first actor); the index reads that article again.
    let turn = 0;
    const update = () => {
      const path = articles[(turn++ * 7919) % articles.length];
      index.set(path, viewOf(path));
      return index.size;
    };
    const changed = articles[0];
    const parsed = parseSidecar(readFileSync(`${changed}.ann.yaml`, 'utf8'));
    const [first, ...others] = parsed.annotations.actors;
    if (first) writeFileSync(`${changed}.ann.yaml`, writeSidecar({ ...parsed.annotations, actors: [{ ...first, aliases: [...first.aliases, 'alias'] }, ...others] }, parsed));

    const [full, one] = measure([
      { name: `full index (${articles.length} articles)`, run: fullIndex, rounds: quick ? 2 : 3, warmup: 0 }, // the index built above warmed it up
      { name: 'update after one sidecar changed', run: update, rounds: quick ? 21 : 41, warmup: 5 },
    ], { rounds: 5, warmup: 1 });
    const ratio = one.medianMs / full.medianMs;
    const mentions = [...index.values()].reduce((n, v) => n + v.mentions.length, 0);
    console.log(`${articles.length} articles from ${source}, ${entries} actors in their sidecars, ${mentions} mentions derived`);
    printTable([['side', 'CPU median', 'wall median'], ...[full, one].map((t) => [t.name, fmtMs(t.medianMs), fmtMs(t.wallMedianMs)])]);
    return {
      id: '5 workspace index',
      title: `index a workspace of ${articles.length} articles imported from brat, then update one`,
      input: { source, articles: articles.length, actors: entries, mentions },
      sides: [
        { name: one.name, medianMs: one.medianMs, wallMedianMs: one.wallMedianMs, runs: one.samplesMs.length },
        { name: full.name, medianMs: full.medianMs, wallMedianMs: full.wallMedianMs, runs: full.samplesMs.length },
      ],
      ratio: { label: 'update ÷ full index', value: ratio },
      targets: [
        { target: `full index ≤ ${FULL_TARGET_MS / 1000} s`, value: fmtMs(full.medianMs), met: full.medianMs <= FULL_TARGET_MS, ...(full.medianMs > FULL_TARGET_MS && { boundBy: 'parsing the YAML sidecars' }) },
        { target: `update ≤ ${UPDATE_TARGET * 100} % of full`, value: fmtPct(ratio), met: ratio <= UPDATE_TARGET },
      ],
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
