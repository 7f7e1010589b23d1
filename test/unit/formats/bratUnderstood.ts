/**
 * What a brat file says that Marginalia's model can hold, written out independently of the
 * importer, so that a round trip can be checked against it: entity spans with their (mapped)
 * types, quote spans, Direct on quotes in quotation marks and Indirect on others, the cue span and the speaker's text of
 * each quote (the first given for a span), `#` notes (not blank; the first on a span) and `N` links (the first of an actor). Event triggers
 * are not entities. Spans are extents
 * (the model has no discontinuous span).
 */
import { actorTypeOfBrat, bratTypeOf } from '../../../src/core/formats/brat';
import type { StandoffRecord, StandoffTextBound } from '../../../src/core/formats/standoff';

const NOT_ENTITIES = new Set(['quote', 'speaker', 'cue', 'addressee', 'note']);
const ENCLOSED = /^[«»“”„‟‚‘’‹›"'][\s\S]*[«»“”„‟‚‘’‹›"']$/u;

const extent = (t: StandoffTextBound) => `${Math.min(...t.fragments.map((f) => f.start))}:${Math.max(...t.fragments.map((f) => f.end))}`;
const words = (s: string) => s.replace(/\s+/gu, ' ').trim();

export function understood(text: string, records: readonly StandoffRecord[]): string[] {
  const spans = new Map<string, StandoffTextBound>();
  for (const r of records) if (r.kind === 'T' && !spans.has(r.id)) spans.set(r.id, r);
  const covered = (t: StandoffTextBound) => {
    const [start, end] = extent(t).split(':').map(Number);
    return text.slice(start, end);
  };
  const isQuote = (t: StandoffTextBound | undefined): t is StandoffTextBound => t !== undefined && t.type.toLowerCase() === 'quote';
  const triggers = new Set(records.flatMap((r) => (r.kind === 'E' ? [r.trigger] : [])));
  const facts = new Set<string>();
  const isEntity = (t: StandoffTextBound) => !NOT_ENTITIES.has(t.type.toLowerCase()) && !triggers.has(t.id);
  for (const t of spans.values()) {
    if (t.type.toLowerCase() === 'quote') facts.add(`quote ${extent(t)}`);
    else if (isEntity(t)) facts.add(`entity ${extent(t)} ${bratTypeOf(actorTypeOfBrat(t.type))}`);
  }
  const speakerOf = new Map<string, string>();
  const cueOf = new Map<string, string>();
  const notedSpans = new Set<string>();
  const linked = new Map<string, string>();
  for (const r of records) {
    if (r.kind === 'A' && (r.type === 'Direct' || r.type === 'Indirect')) {
      // the model tells them apart by the quotation marks
      const quote = spans.get(r.target);
      if (isQuote(quote) && ENCLOSED.test(covered(quote)) === (r.type === 'Direct')) facts.add(`${r.type} ${extent(quote)}`);
    } else if (r.kind === 'R' && (r.type === 'Speaker' || r.type === 'Cue')) {
      const [quote, other] = [spans.get(r.arg1), spans.get(r.arg2)];
      if (!isQuote(quote) || !other) continue;
      const known = r.type === 'Speaker' ? speakerOf : cueOf;
      if (!known.has(extent(quote))) known.set(extent(quote), r.type === 'Speaker' ? words(covered(other)) : extent(other));
    } else if (r.kind === 'N') {
      const target = spans.get(r.target);
      // an external id belongs to an actor (one per covered text and type): its first link has a place
      if (!target || !isEntity(target)) continue;
      const actor = `${covered(target).trim()} ${bratTypeOf(actorTypeOfBrat(target.type))}`;
      if (!linked.has(actor)) linked.set(actor, `${r.database.toLowerCase()}:${r.entry}`);
      if (linked.get(actor) === `${r.database.toLowerCase()}:${r.entry}`) facts.add(`link ${extent(target)} ${linked.get(actor)}`);
    }
  }
  // notes after the relations: "Speaker: X" on a quote without an R Speaker names its speaker
  const related = new Set(speakerOf.keys());
  for (const r of records) {
    if (r.kind !== '#') continue;
    const target = spans.get(r.target);
    if (!target) continue;
    const speaker = /^Speaker: (.+)$/u.exec(r.text);
    if (isQuote(target) && speaker && !related.has(extent(target))) {
      if (!speakerOf.has(extent(target))) speakerOf.set(extent(target), words(speaker[1]!));
    } else if (r.text.trim() !== '' && !notedSpans.has(extent(target))) {
      notedSpans.add(extent(target));
      facts.add(`note ${extent(target)} ${r.text}`);
    }
  }
  for (const [quote, speaker] of speakerOf) facts.add(`speaker ${quote} ${speaker}`);
  for (const [quote, cue] of cueOf) facts.add(`cue ${quote} ${cue}`);
  return [...facts].sort();
}

/** The facts of `before` that `after` does not have. */
export function missingFacts(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  return before.filter((fact) => !kept.has(fact));
}
