/**
 * Name matching against its peers, side by side in one run (`npm run bench -- names`).
 * Input: a deterministic 1 MiB text made of real articles (the WiNER-fr corpus when present,
 * else the test fixtures) and 5,000 names taken from the corpus's gold entities.
 * Prints medians (index build and match pass reported apart), checks that every side that
 * claims the same semantics finds exactly the RegExp peer's matches.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildNameIndex, type NameEntry } from '../../src/core/matching/nameIndex';
import { findNames, type NameMatch } from '../../src/core/matching/findNames';
import { articleSource } from './corpus';
import type { BenchContext, WorkloadResult } from './harness';

const require = createRequire(__filename);
const TEXT_LENGTH = 1 << 20;
const NAME_COUNT = 5000;
const SPEED_TARGET = 5;
const MATCH_TARGET_MS = 15;
/** The RegExp peer's time on the machine the targets were set on: scales the time target here. */
const REFERENCE_REGEXP_MS = 127;

// ---------------------------------------------------------------- deterministic input

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function filesUnder(dir: string, suffix: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, suffix));
    else if (entry.name.endsWith(suffix)) found.push(path);
  }
  return found.sort();
}

function buildInput(): { source: string; text: string; entries: NameEntry[] } {
  const random = mulberry32(20261129);
  const source = articleSource();
  const documents = shuffle(filesUnder(source, '.txt'), random);
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < TEXT_LENGTH; round++) {
    for (const path of documents) {
      const body = readFileSync(path, 'utf8');
      parts.push(body);
      length += body.length + 2;
      if (length >= TEXT_LENGTH) break;
    }
    if (round > 1000) throw new Error(`no text under ${source}`);
  }
  const text = parts.join('\n\n').slice(0, TEXT_LENGTH);

  const names = new Set<string>();
  for (const path of filesUnder(source, '.ann')) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const [id, span, covered] = line.split('\t');
      if (id?.startsWith('T') && covered !== undefined && !span.includes(';') && covered.trim().length >= 2) names.add(covered);
    }
  }
  // Fewer gold names than wanted (fixtures only): add capitalised words of the text.
  for (const word of text.match(/\p{Lu}[\p{L}\p{M}]+/gu) ?? []) if (names.size < NAME_COUNT * 2) names.add(word);
  const chosen = shuffle([...names].sort(), random).slice(0, NAME_COUNT);
  const entries = chosen.map((name) => ({ name, actorId: `actor-${Math.floor(random() * NAME_COUNT * 0.7)}` }));
  return { source, text, entries };
}

// ---------------------------------------------------------------- the sides

interface Side {
  readonly name: string;
  /** Whether its matches must equal the RegExp peer's. */
  readonly exact: boolean;
  build(entries: readonly NameEntry[]): unknown;
  match(built: unknown, text: string): readonly Pick<NameMatch, 'start' | 'end' | 'actorId'>[];
}

/** Which actor a name belongs to; the first actor id wins, as in buildNameIndex. */
function ownerOf(entries: readonly NameEntry[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const { name, actorId } of entries) {
    const current = owner.get(name);
    if (current === undefined || actorId < current) owner.set(name, actorId);
  }
  return owner;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWordCodePointAt = (text: string, i: number) => {
  const cp = text.codePointAt(i);
  return cp !== undefined && WORD.test(String.fromCodePoint(cp));
};
const isWordCodePointBefore = (text: string, i: number) => {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return isWordCodePointAt(text, start);
};

/** The boundary filter and leftmost-longest selection an Aho–Corasick peer needs around it. */
function selectLeftmostLongest(text: string, hits: { start: number; end: number }[], owner: Map<string, string>) {
  const valid = hits.filter((h) => !isWordCodePointBefore(text, h.start) && !isWordCodePointAt(text, h.end));
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  const selected: { start: number; end: number; actorId: string }[] = [];
  let covered = 0;
  for (const h of valid) {
    if (h.start < covered) continue;
    selected.push({ start: h.start, end: h.end, actorId: owner.get(text.slice(h.start, h.end)) as string });
    covered = h.end;
  }
  return selected;
}

const escapeRegExp = (name: string) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const marginalia: Side = {
  name: 'marginalia findNames',
  exact: true,
  build: (entries) => buildNameIndex(entries),
  match: (index, text) => findNames(index as ReturnType<typeof buildNameIndex>, text),
};

const regexpPeer: Side = {
  name: 'RegExp alternation (gu, lookarounds)',
  exact: true,
  build: (entries) => {
    const owner = ownerOf(entries);
    const names = [...owner.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
    return { pattern, owner };
  },
  match: (built, text) => {
    const { pattern, owner } = built as { pattern: RegExp; owner: Map<string, string> };
    const matches: { start: number; end: number; actorId: string }[] = [];
    for (const m of text.matchAll(pattern)) matches.push({ start: m.index, end: m.index + m[0].length, actorId: owner.get(m[0]) as string });
    return matches;
  },
};

type MonyoneAC = new (keywords: string[]) => { matchInText(text: string): { begin: number; end: number; keyword: string }[] };

function monyonePeer(variant: '' | '/fast'): Side {
  const { AhoCorasick } = require(`@monyone/aho-corasick${variant}`) as { AhoCorasick: MonyoneAC };
  return {
    name: `@monyone/aho-corasick${variant} + boundaries`,
    exact: true,
    build: (entries) => ({ ac: new AhoCorasick([...ownerOf(entries).keys()]), owner: ownerOf(entries) }),
    match: (built, text) => {
      const { ac, owner } = built as { ac: InstanceType<MonyoneAC>; owner: Map<string, string> };
      return selectLeftmostLongest(text, ac.matchInText(text).map((m) => ({ start: m.begin, end: m.end })), owner);
    },
  };
}

function ahocorasickPeer(): Side {
  const AhoCorasick = require('ahocorasick') as new (keywords: string[]) => { search(text: string): [number, string[]][] };
  return {
    name: 'ahocorasick + boundaries',
    exact: true,
    build: (entries) => ({ ac: new AhoCorasick([...ownerOf(entries).keys()]), owner: ownerOf(entries) }),
    match: (built, text) => {
      const { ac, owner } = built as { ac: InstanceType<typeof AhoCorasick>; owner: Map<string, string> };
      const hits: { start: number; end: number }[] = [];
      for (const [last, names] of ac.search(text)) for (const name of names) hits.push({ start: last + 1 - name.length, end: last + 1 });
      return selectLeftmostLongest(text, hits, owner);
    },
  };
}

function ahoCorasickPeer(): Side {
  interface HsujianAC {
    add(word: string, data: unknown): void;
    build_fail(): void;
    search(text: string, callback: (word: string, data: unknown, offset: number) => void): void;
  }
  const AhoCorasick = require('aho-corasick') as new () => HsujianAC;
  return {
    name: 'aho-corasick + boundaries',
    exact: true,
    build: (entries) => {
      const ac = new AhoCorasick();
      const owner = ownerOf(entries);
      for (const name of owner.keys()) ac.add(name, null);
      ac.build_fail();
      return { ac, owner };
    },
    match: (built, text) => {
      const { ac, owner } = built as { ac: HsujianAC; owner: Map<string, string> };
      const hits: { start: number; end: number }[] = [];
      ac.search(text, (word, _data, offset) => hits.push({ start: offset, end: offset + word.length }));
      return selectLeftmostLongest(text, hits, owner);
    },
  };
}

/** wink-ner: token-based and case-insensitive, so its matches differ; timed for scale only. */
function winkPeer(): Side | undefined {
  let ner: () => { learn(e: object[]): void; recognize(tokens: object[]): { uid?: string }[] };
  let tokenizer: () => { tokenize(text: string): object[] };
  try {
    ner = require('wink-ner');
    tokenizer = require('wink-tokenizer');
  } catch (error) {
    console.warn(`wink-ner not available: ${(error as Error).message}`);
    return undefined;
  }
  return {
    name: 'wink-ner (tokenize + recognize)',
    exact: false,
    build: (entries) => {
      const instance = ner();
      instance.learn(entries.map((e) => ({ text: e.name, entityType: 'actor', uid: e.actorId })));
      return { instance, tokenize: tokenizer().tokenize };
    },
    match: (built, text) => {
      const { instance, tokenize } = built as { instance: ReturnType<typeof ner>; tokenize: (t: string) => object[] };
      return instance
        .recognize(tokenize(text))
        .filter((t) => t.uid !== undefined)
        .map((t) => ({ start: -1, end: -1, actorId: t.uid as string }));
    },
  };
}

// ---------------------------------------------------------------- timing

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median CPU time (user + system, this process) of `runs` calls after `warmup` calls, and
 * median wall time. CPU time is the figure compared: on a shared machine the wall clock
 * mostly measures the other processes.
 */
setFlagsFromString('--expose-gc');
/**
 * A full collection between sides (then a pause, for the concurrent sweeping to finish), so
 * that no side pays for the garbage or the big index of another.
 */
const collectGarbage = runInNewContext('gc') as () => void;
async function settle(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 150));
}

function time<T>(runs: number, warmup: number, run: () => T): { ms: number; wallMs: number; samples: number[]; wallSamples: number[]; result: T } {
  let result = undefined as T;
  for (let i = 0; i < warmup; i++) result = run();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    result = run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(cpu), wallMs: median(wall), samples: cpu, wallSamples: wall, result };
}

const sameMatches = (a: readonly Pick<NameMatch, 'start' | 'end' | 'actorId'>[], b: readonly Pick<NameMatch, 'start' | 'end' | 'actorId'>[]) =>
  a.length === b.length && a.every((m, i) => m.start === b[i].start && m.end === b[i].end && m.actorId === b[i].actorId);

// ---------------------------------------------------------------- run

export default async function run({ quick }: BenchContext): Promise<WorkloadResult> {
  const { source, text, entries } = buildInput();
  console.log(`text: ${text.length} UTF-16 units from ${source}; names: ${entries.length}; node ${process.version}; ${cpus()[0]?.model ?? '?'}`);

  const sides: Side[] = [marginalia, regexpPeer, ahocorasickPeer(), ahoCorasickPeer(), monyonePeer(''), monyonePeer('/fast')];
  const wink = winkPeer();
  if (wink !== undefined) sides.push(wink);

  const rows = sides.map((side) => ({
    side: side.name,
    buildMs: NaN,
    firstMatchMs: NaN,
    matchMs: NaN,
    matchWallMs: NaN,
    matches: 0,
    identical: 'n/a' as boolean | 'n/a',
  }));
  const cpu: number[][] = sides.map(() => []);
  const wall: number[][] = sides.map(() => []);
  const results: (readonly Pick<NameMatch, 'start' | 'end' | 'actorId'>[])[] = sides.map(() => []);
  // Each side alone in memory, in two rounds (forward, then backward) so that a drift of the
  // machine's load during the run weighs on every side alike.
  const order = sides.map((_side, i) => i);
  for (const round of [order, [...order].reverse()]) {
    for (const i of round) {
      const side = sides[i];
      const slow = side === wink;
      await settle();
      const build = time(slow || quick ? 2 : 5, 1, () => side.build(entries));
      if (Number.isNaN(rows[i].buildMs)) {
        // The first pass includes lazy work (a RegExp compiles on first use, tables fill, the JIT warms up).
        rows[i].firstMatchMs = time(1, 0, () => side.match(build.result, text)).ms;
        rows[i].buildMs = build.ms;
      }
      const passes = time(slow || quick ? 2 : 8, slow ? 0 : 2, () => side.match(build.result, text));
      cpu[i].push(...passes.samples);
      wall[i].push(...passes.wallSamples);
      results[i] = passes.result;
    }
  }
  sides.forEach((side, i) => {
    rows[i].matchMs = median(cpu[i]);
    rows[i].matchWallMs = median(wall[i]);
    rows[i].matches = results[i].length;
    if (side.exact) rows[i].identical = sameMatches(results[i], results[sides.indexOf(regexpPeer)]);
  });
  await settle();
  const ours = rows[0];
  const ourMatches = results[0];

  const peers = rows.filter((_row, i) => i > 0 && sides[i].exact);
  const fastest = peers.reduce((a, b) => (a.matchMs <= b.matchMs ? a : b));
  const ratio = fastest.matchMs / ours.matchMs;

  // The visible window of an editor: work must follow the range, not the text.
  const index = buildNameIndex(entries);
  const ranges = [1_000, 10_000, 100_000].map((size) => {
    const start = (text.length >> 1) - (size >> 1);
    const range = { start, end: start + size };
    const { ms, result } = time(25, 3, () => findNames(index, text, range));
    const expected = ourMatches.filter((m) => m.end > range.start && m.start < range.end);
    return { size, ms, matches: result.length, identical: sameMatches(result, expected) };
  });

  const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1).padStart(8);
  console.log('\nmedian CPU ms of 16 passes in two rounds (wall ms in brackets); "1st": the first pass, with lazy compilation');
  console.log(`${'side'.padEnd(44)}${'build'.padStart(9)}${'1st'.padStart(9)}${'match'.padStart(9)}${'(wall)'.padStart(10)}${'× ours'.padStart(8)}${'matches'.padStart(9)}  = RegExp`);
  for (const r of rows) {
    console.log(
      `${r.side.padEnd(44)} ${fmt(r.buildMs)} ${fmt(r.firstMatchMs)} ${fmt(r.matchMs)} (${fmt(r.matchWallMs)})` +
        `${(r.matchMs / ours.matchMs).toFixed(1).padStart(7)}${String(r.matches).padStart(9)}  ${r.identical}`,
    );
  }
  console.log('\nfindNames on a range (median ms):');
  for (const r of ranges) console.log(`  ${String(r.size).padStart(7)} units: ${fmt(r.ms)}  (${r.matches} matches, = whole-text slice: ${r.identical})`);
  const slowdown = rows[sides.indexOf(regexpPeer)].matchMs / REFERENCE_REGEXP_MS;
  console.log(
    `\nthis machine runs the RegExp peer ${slowdown.toFixed(1)}× slower than the reference (${REFERENCE_REGEXP_MS} ms): ` +
      `our pass scales to ≈ ${(ours.matchMs / slowdown).toFixed(1)} ms there`,
  );
  const allIdentical = rows.every((r) => r.identical !== false) && ranges.every((r) => r.identical);
  const speedMet = ratio >= SPEED_TARGET;
  const timeMet = ours.matchMs <= MATCH_TARGET_MS;
  console.log(
    `\nfastest exact peer: ${fastest.side} — ours is ${ratio.toFixed(1)}× faster (target ≥ ${SPEED_TARGET}×: ${speedMet ? 'met' : 'NOT met'}); ` +
      `match pass ${ours.matchMs.toFixed(2)} ms (target ≤ ${MATCH_TARGET_MS} ms: ${timeMet ? 'met' : 'NOT met'}); identical matches: ${allIdentical}`,
  );

  const winkRow = wink === undefined ? undefined : rows[sides.indexOf(wink)];
  return {
    id: '2 names',
    title: `find ${entries.length} actor names in a 1 MB text`,
    input: { source, textLength: text.length, names: entries.length },
    sides: [
      { name: ours.side, medianMs: ours.matchMs, wallMedianMs: ours.matchWallMs, note: `index build ${ours.buildMs.toFixed(1)} ms` },
      { name: `${fastest.side} (fastest exact peer)`, medianMs: fastest.matchMs, wallMedianMs: fastest.matchWallMs, note: `index build ${fastest.buildMs.toFixed(1)} ms` },
      ...rows.slice(1).filter((r) => r !== fastest).map((r) => ({ name: r.side, medianMs: r.matchMs, wallMedianMs: r.matchWallMs, note: `index build ${r.buildMs.toFixed(1)} ms${r === winkRow ? '; token-based, matches differ' : ''}` })),
    ],
    ratio: { label: 'fastest exact peer ÷ ours', value: ratio },
    targets: [
      { target: `≥ ${SPEED_TARGET}× faster than the fastest peer`, value: `${ratio.toFixed(1)}×`, met: speedMet, ...(!speedMet && { boundBy: 'one pass over the text with a hash probe per word; the peers are near the same floor' }) },
      { target: 'identical matches to the RegExp', value: String(allIdentical), met: allIdentical },
      { target: `match pass ≤ ${MATCH_TARGET_MS} ms`, value: `${ours.matchMs.toFixed(2)} ms`, met: timeMet, ...(!timeMet && { boundBy: `this machine runs the RegExp peer ${slowdown.toFixed(1)}× slower than the reference; ours scales to ${(ours.matchMs / slowdown).toFixed(1)} ms there` }) },
    ],
    details: { rows, ranges, matchTargetMs: MATCH_TARGET_MS, timeMet, slowdownVersusReference: slowdown },
  };
}
