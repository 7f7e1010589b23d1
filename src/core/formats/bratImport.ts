/**
 * brat standoff → Marginalia annotations.
 *
 * Entity spans become actors (one per distinct covered text and type, named by that text) plus
 * exactly the hand-added mentions and excluded occurrences that make the derived mentions
 * (matching/mentions.ts) equal the brat spans. `Quote` spans marked `A Direct` or `A Indirect`,
 * or with an `R Speaker` / `R Cue`, become quotations with that speaker and cue; a bare `Quote` (a quoted
 * passage that is not reported speech: title, scare quotes) is a rejected quotation
 * suggestion. `#` notes become the note of their quotation, or a note on their span;
 * `N` normalisations become the external id of their actor. What has no place in the model
 * (other attributes and relations, events and their triggers…) is listed by {@link bratLosses}.
 * Offsets are UTF-16 code units into the text (BOM stripped), end exclusive (see model.ts).
 */
import { createAnchors } from '../anchoring';
import { buildArticleView, type ArticleView } from '../article/view';
import type { Actor, ActorType, Anchor, Annotations, Span, Speaker } from '../model';
import { EMPTY_ANNOTATIONS } from '../model';
import * as ops from '../operations';
import { exportBrat, speakerInNote } from './bratExport';
import { bratLosses, type BratLoss } from './bratLosses';
import { actorTypeOfBrat, isEntityType } from './bratTypes';
import type { StandoffRecord, StandoffTextBound } from './standoff';
import { pushTo } from '../multiMap';

export interface BratProblem {
  readonly id?: string;
  readonly message: string;
}

export interface BratImport {
  readonly annotations: Annotations;
  /** Records skipped or read with a warning (offsets outside the text, unknown ids…). */
  readonly problems: readonly BratProblem[];
  /** The records an export of `annotations` does not give back as they were, by kind. */
  readonly losses: readonly BratLoss[];
}

/** A T line that fits the text. */
interface ImportedSpan {
  readonly id: string;
  readonly type: string;
  readonly span: Span;
}

interface WantedMention extends Span {
  readonly actorId: string;
}

const SPEECH_ATTRIBUTES = new Set(['direct', 'indirect']);

/** Rounds of "add the missing, exclude the extra" before giving up; each round only adds. */
const MAX_ROUNDS = 20;

/**
 * Annotations for `text` that reproduce the brat `records`: the derived mentions are exactly
 * the entity spans (same offsets, same types), and every `Quote` is a stored quotation or a
 * rejected one. A discontinuous span is read as the extent of its fragments. When an id is
 * used twice, both spans are read and references to the id mean the first.
 */
export function importBrat(text: string, records: readonly StandoffRecord[]): BratImport {
  const problems: BratProblem[] = [];
  const spans: ImportedSpan[] = [];
  const spanById = new Map<string, ImportedSpan>();
  for (const record of records) {
    if (record.kind !== 'T') continue;
    const span = extent(record);
    if (span.end > text.length || span.start >= span.end) {
      problems.push({ id: record.id, message: `${record.id}: offsets ${span.start}-${span.end} are outside the text (length ${text.length}); skipped` });
      continue;
    }
    const covered = record.fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    if (covered !== record.text) problems.push({ id: record.id, message: `${record.id}: the text column "${record.text}" differs from the text at ${span.start}-${span.end} ("${covered}"); the offsets win` });
    const imported = { id: record.id, type: record.type, span };
    spans.push(imported);
    if (!spanById.has(record.id)) spanById.set(record.id, imported);
  }

  // an event's trigger is typed with the event type: a word of the text, not an actor
  const triggers = new Set(records.flatMap((r) => (r.kind === 'E' ? [r.trigger] : [])));
  const entities = spans.filter((s) => isEntityType(s.type) && !triggers.has(s.id));
  const built = actorsFor(text, entities);
  let annotations = reproduceMentions(text, built.annotations, built.wanted, problems);
  annotations = withExternalIds(annotations, records, spanById, built.actorOf);

  const quotations = withQuotations(text, annotations, records, spans, spanById, built.actorOf, problems);
  annotations = withSpanNotes(text, quotations.annotations, records, spanById, quotations.noted);

  const exported = exportBrat(buildArticleView(text, annotations));
  return { annotations, problems, losses: bratLosses(records, exported.records) };
}

/**
 * `Quote` spans as stored quotations (speech: `A Direct`/`A Indirect`, a speaker or a cue) or
 * rejected ones (a bare `Quote`); also which quotes took their `#` notes.
 */
function withQuotations(
  text: string,
  start: Annotations,
  records: readonly StandoffRecord[],
  spans: readonly ImportedSpan[],
  spanById: ReadonlyMap<string, ImportedSpan>,
  actorOf: ReadonlyMap<ImportedSpan, string>,
  problems: BratProblem[],
): { annotations: Annotations; noted: ReadonlySet<ImportedSpan> } {
  let annotations = start;
  const view = buildArticleView(text, annotations);
  const speakers = new Map<string, ImportedSpan>();
  const cues = new Map<string, ImportedSpan>();
  for (const record of records) {
    if (record.kind !== 'R') continue;
    const type = record.type.toLowerCase();
    const target = type === 'speaker' ? speakers : type === 'cue' ? cues : undefined;
    if (!target) continue;
    const quote = spanById.get(record.arg1);
    const other = spanById.get(record.arg2);
    if (!quote || !other) {
      problems.push({ id: record.id, message: `${record.id}: refers to an unknown or skipped annotation; skipped` });
      continue;
    }
    if (!target.has(record.arg1)) target.set(record.arg1, other);
  }
  // reported speech, direct (in quotation marks) or indirect (quotes-en's A Indirect; what an export writes on the others)
  const speech = new Set(records.flatMap((r) => (r.kind === 'A' && SPEECH_ATTRIBUTES.has(r.type.toLowerCase()) ? [r.target] : [])));
  // quotes-en marks paraphrases `A Indirect`; a quote marked Direct as well is direct (mixed)
  const attributesOf = (type: string) => new Set(records.flatMap((r) => (r.kind === 'A' && r.type.toLowerCase() === type ? [r.target] : [])));
  const direct = attributesOf('direct');
  const indirect = new Set([...attributesOf('indirect')].filter((id) => !direct.has(id)));
  const notes = notesByTarget(records);

  const quotes = [...spanById.values()].filter((s) => s.type.toLowerCase() === 'quote');
  // a Quote id used twice: the later span is a bare Quote (the references went to the first)
  const repeatedIds = spans.filter((s) => s.type.toLowerCase() === 'quote' && spanById.get(s.id) !== s);
  const ordered = [...quotes, ...repeatedIds].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const noted = new Set<ImportedSpan>();
  for (const quote of ordered) {
    const own = spanById.get(quote.id) === quote;
    const speakerSpan = own ? speakers.get(quote.id) : undefined;
    const cueSpan = own ? cues.get(quote.id) : undefined;
    const quoteNotes = own ? notes.get(quote.id) ?? [] : [];
    // "Speaker: X", the note an export writes for a speaker the text does not name
    const speakerNoteAt = speakerSpan ? -1 : quoteNotes.findIndex((n) => speakerInNote(n) !== undefined);
    const [anchor, cue] = createAnchors(text, cueSpan ? [quote.span, cueSpan.span] : [quote.span]);
    if (!(own && speech.has(quote.id)) && !speakerSpan && !cueSpan && speakerNoteAt === -1) {
      annotations = ops.rejectSuggestion(annotations, 'quotation', anchor!);
      continue;
    }
    // the same span quoted twice (two readings, two sources): the first speaker and the first cue given
    const earlier = ops.findQuotation(annotations, anchor!);
    const speaker = earlier?.speaker
      ? earlier.speaker
      : speakerSpan
        ? speakerOf(view, speakerSpan.span, actorOf.get(speakerSpan))
        : speakerNoteAt !== -1
          ? speakerNamed(view, speakerInNote(quoteNotes[speakerNoteAt]!)!)
          : undefined;
    const usedNoteAt = !earlier?.speaker ? speakerNoteAt : -1;
    const keptCue = earlier?.cue ?? cue;
    const kind = !earlier && own && indirect.has(quote.id) ? ({ kind: 'indirect' } as const) : {};
    annotations = ops.attributeQuotation(annotations, anchor!, speaker, { ...(keptCue ? { cue: keptCue } : {}), ...kind });
    const note = quoteNotes.find((n, i) => n.trim() !== '' && i !== usedNoteAt);
    if (note !== undefined) annotations = withQuotationNote(annotations, anchor!, note);
    noted.add(quote);
  }
  return { annotations, noted };
}

/**
 * Notes on any other span (an entity, a speaker, a cue, a bare quote): the first note given
 * on that span (in file order), stored in text order.
 */
function withSpanNotes(
  text: string,
  start: Annotations,
  records: readonly StandoffRecord[],
  spanById: ReadonlyMap<string, ImportedSpan>,
  noted: ReadonlySet<ImportedSpan>,
): Annotations {
  let annotations = start;
  const spanNotes = new Map<string, { span: Span; text: string }>();
  for (const record of records) {
    if (record.kind !== '#') continue;
    const target = spanById.get(record.target);
    if (!target || noted.has(target) || record.text.trim() === '') continue;
    const key = `${target.span.start}:${target.span.end}`;
    if (!spanNotes.has(key)) spanNotes.set(key, { span: target.span, text: record.text });
  }
  for (const { span, text: noteText } of [...spanNotes.values()].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)) {
    annotations = ops.addNote(annotations, createAnchors(text, [span])[0]!, noteText);
  }
  return annotations;
}

function extent(record: StandoffTextBound): Span {
  // A reduce, not a spread: a hand-written record may have more fragments than a call takes arguments.
  return {
    start: record.fragments.reduce((min, f) => Math.min(min, f.start), Infinity),
    end: record.fragments.reduce((max, f) => Math.max(max, f.end), -Infinity),
  };
}

/** The texts of the `#` notes on each annotation id, in file order. */
function notesByTarget(records: readonly StandoffRecord[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const record of records) {
    if (record.kind !== '#') continue;
    pushTo(notes, record.target, record.text);
  }
  return notes;
}

function withQuotationNote(annotations: Annotations, anchor: Anchor, note: string): Annotations {
  const quotation = ops.findQuotation(annotations, anchor);
  if (!quotation || quotation.note !== undefined) return annotations;
  return { ...annotations, quotations: annotations.quotations.map((q) => (q === quotation ? { ...q, note } : q)) };
}

/**
 * The external id an `N` line gives: a Wikidata QID as itself ("Q42"), any other entry as
 * `Database:entry` ("GeoNames:2988507"), so that an export writes the same line back.
 */
export function externalIdOf(database: string, entry: string): string {
  return database.toLowerCase() === 'wikidata' && /^Q\d+$/u.test(entry) ? entry : `${database}:${entry}`;
}

/** The first normalisation of each actor's spans becomes its external id. */
function withExternalIds(
  annotations: Annotations,
  records: readonly StandoffRecord[],
  spanById: ReadonlyMap<string, ImportedSpan>,
  actorOf: ReadonlyMap<ImportedSpan, string>,
): Annotations {
  const chosen = new Map<string, string>();
  for (const record of records) {
    if (record.kind !== 'N') continue;
    const target = spanById.get(record.target);
    const actorId = target && actorOf.get(target);
    if (actorId && !chosen.has(actorId)) chosen.set(actorId, externalIdOf(record.database, record.entry));
  }
  let result = annotations;
  for (const [actorId, externalId] of chosen) result = ops.setActorDetails(result, actorId, { externalId });
  return result;
}

/**
 * One actor per distinct (covered text, type), named by the text; the most frequent type of a
 * text comes first so that its name occurrences go to it. Spans whose text cannot be a name
 * (surrounding white space) still get an actor named by the trimmed text.
 */
function actorsFor(text: string, entities: readonly ImportedSpan[]) {
  const typed = entities.map((e) => ({ entity: e, type: actorTypeOfBrat(e.type), name: text.slice(e.span.start, e.span.end).trim() }));
  const groups = new Map<string, Map<ActorType, number>>();
  for (const e of typed) {
    if (e.name === '') continue;
    const counts = groups.get(e.name) ?? new Map<ActorType, number>();
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    groups.set(e.name, counts);
  }
  let annotations: Annotations = EMPTY_ANNOTATIONS;
  const actorIds = new Map<string, string>(); // `${type}\u0000${name}` → id
  for (const [name, counts] of groups) {
    const types = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([type]) => type);
    for (const type of types) {
      const id = ops.newActorId(annotations, name);
      annotations = ops.addActor(annotations, type, name, { id });
      actorIds.set(`${type}\u0000${name}`, id);
    }
  }
  const wanted: WantedMention[] = [];
  const actorOf = new Map<ImportedSpan, string>();
  for (const e of typed) {
    const id = actorIds.get(`${e.type}\u0000${e.name}`);
    if (!id) continue;
    wanted.push({ ...e.entity.span, actorId: id });
    actorOf.set(e.entity, id);
  }
  return { annotations, wanted, actorOf };
}

const mentionKey = (m: { start: number; end: number; actorId: string }) => `${m.start}:${m.end}:${m.actorId}`;

/**
 * Adds the wanted spans that the names do not produce (hand-added) and excludes the name
 * occurrences that are not wanted, until the derived mentions are exactly the wanted ones.
 * An added span drops the name occurrences it overlaps, so this may take a few rounds.
 */
function reproduceMentions(text: string, start: Annotations, wanted: readonly WantedMention[], problems: BratProblem[]): Annotations {
  const wantedKeys = new Set(wanted.map(mentionKey));
  let annotations = start;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const derived = buildArticleView(text, annotations).mentions;
    const derivedKeys = new Set(derived.map(mentionKey));
    const missing = dedupe(wanted.filter((w) => !derivedKeys.has(mentionKey(w))));
    const extra = derived.filter((m) => m.source === 'name' && !wantedKeys.has(mentionKey(m)));
    if (missing.length === 0 && extra.length === 0) return annotations;
    const anchors = createAnchors(text, [...extra, ...missing]);
    extra.forEach((m, i) => (annotations = ops.excludeOccurrence(annotations, m.actorId, anchors[i]!)));
    missing.forEach((m, i) => (annotations = ops.addMention(annotations, m.actorId, anchors[extra.length + i]!)));
  }
  problems.push({ message: `the entity spans could not all be reproduced after ${MAX_ROUNDS} rounds` });
  return annotations;
}

function dedupe(mentions: readonly WantedMention[]): WantedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(mentionKey(m)) && (seen.add(mentionKey(m)), true));
}

/** The actor whose imported span (or derived mention) the speaker span is, else its text. */
function speakerOf(view: ArticleView, span: Span, importedActor: string | undefined): Speaker {
  if (importedActor) return { actor: importedActor };
  const mention = view.mentions.find((m) => m.start === span.start && m.end === span.end);
  if (mention) return { actor: mention.actorId };
  return speakerNamed(view, view.text.slice(span.start, span.end));
}

/** The actor with this name or alias, else the name as free text. */
function speakerNamed(view: ArticleView, name: string): Speaker {
  const covered = name.replace(/\s+/gu, ' ').trim();
  const byName = view.annotations.actors.find((a: Actor) => a.name === covered || a.aliases.includes(covered));
  return byName ? { actor: byName.id } : { text: covered || '?' };
}
