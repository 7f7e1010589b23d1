/**
 * A large annotated article for the live-editing and opening workloads, built deterministically
 * from real text: actors named after capitalised words of the text (their mentions follow from
 * the names, as in a compact sidecar), hand-added mentions, quotations with speakers and cues,
 * tagged passages and notes, all stored as anchors made by the core from seeded random spans.
 */
import { createAnchors } from '../../src/core/anchoring';
import type { Actor, Anchor, Annotations, Span } from '../../src/core/model';
import { shuffle } from './harness';
import { randomSpans } from './workload';

export interface ModelShape {
  readonly actors: number;
  readonly added: number;
  readonly quotations: number;
  readonly passages: number;
  readonly notes: number;
}

const TYPES = ['person', 'organization', 'place', 'event', 'work'];

/** Stored entries of the shape, anchors included (each quotation also stores its cue). */
export function storedCount(shape: ModelShape): number {
  return shape.added + 2 * shape.quotations + shape.passages + shape.notes;
}

export function buildAnnotations(text: string, shape: ModelShape, random: () => number): Annotations {
  const names = shuffle([...new Set(text.match(/\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}{3,})?/gu) ?? [])].sort(), random).slice(0, shape.actors);
  const spans = randomSpans(text, shape.added + 2 * shape.quotations + shape.passages + shape.notes, random);
  const anchors = createAnchors(text, spans);
  let next = 0;
  const take = (count: number) => anchors.slice(next, (next += count));
  const addedAnchors = take(shape.added);
  const addedOf = names.map(() => [] as Anchor[]);
  addedAnchors.forEach((anchor, k) => addedOf[k % names.length].push(anchor));
  const actors: Actor[] = names.map((name, i) => ({ id: `actor-${i}`, type: TYPES[i % TYPES.length], name, aliases: [], added: addedOf[i], excluded: [] }));
  const quoted = take(shape.quotations);
  const cues = take(shape.quotations);
  const quotations = quoted.map((anchor, i) => ({
    anchor, cue: cues[i], topics: [],
    ...(i % 5 === 0 ? { speaker: { text: 'un témoin' } } : { speaker: { actor: actors[i % actors.length].id } }),
  }));
  const passages = take(shape.passages);
  const topics = Array.from({ length: 20 }, (_, t) => ({ id: `topic-${t}`, label: `Thème ${t}`, passages: passages.filter((_, k) => k % 20 === t) }));
  const notes = take(shape.notes).map((anchor, i) => ({ anchor, text: `Remarque ${i}` }));
  return { actors, quotations, topics, notes, rejected: [] };
}

/**
 * The span of `lines` lines starting at the line that holds `offset` (an editor's visible
 * window). `read(start, end)` gives a piece of the text (of `length` units): the window is found
 * from the text around the offset, as an editor finds it from its line model, without the whole.
 */
export function lineWindow(read: (start: number, end: number) => string, length: number, offset: number, lines: number): Span {
  const PIECE = 4096;
  let start = offset;
  for (;;) {
    const from = Math.max(0, start - PIECE);
    const newline = read(from, start).lastIndexOf('\n');
    if (newline >= 0) {
      start = from + newline + 1;
      break;
    }
    start = from;
    if (from === 0) break;
  }
  let end = start;
  let piece = '';
  const pieceStart = start;
  for (let k = 0; k < lines && end < length; k++) {
    let next = -1;
    while ((next = piece.indexOf('\n', end - pieceStart)) === -1 && pieceStart + piece.length < length) {
      piece += read(pieceStart + piece.length, pieceStart + piece.length + PIECE);
    }
    end = next === -1 ? length : pieceStart + next + 1;
  }
  return { start, end };
}

export type { Span };
