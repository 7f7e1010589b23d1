/**
 * Marginalia annotations → brat standoff: every derived mention as a T line (its actor's type,
 * with an `N` line when the actor has an external id), every placed quotation as a `Quote`
 * with `A Direct` when it is enclosed in quotation marks (else `A Indirect`), `R Speaker` /
 * `R Cue`, its note as a `#` line; every rejected quotation as a bare `Quote`; every note as a
 * `#` line on the span it is on. Offsets are UTF-16 code units into the text (BOM stripped),
 * end exclusive.
 */
import type { ArticleView, Mention } from '../article/view';
import { isWordAt, isWordBefore } from '../matching';
import type { Span, Speaker } from '../model';
import { bratTypeOf } from './bratTypes';
import type { StandoffRecord } from './standoff';

export interface BratExportProblem {
  readonly message: string;
}

export interface BratExport {
  readonly records: StandoffRecord[];
  /** Stored spans that could not be placed in the text (orphans), left out. */
  readonly problems: readonly BratExportProblem[];
}

/** Opening quotation marks of every common style, and their closing counterparts. */

const SPEAKER_NOTE_PREFIX = 'Speaker: ';

/** The name in a `#` note that says who spoke a quotation whose speaker is not in the text. */
export function speakerInNote(note: string): string | undefined {
  const name = note.startsWith(SPEAKER_NOTE_PREFIX) ? note.slice(SPEAKER_NOTE_PREFIX.length).trim() : '';
  return name === '' ? undefined : name;
}

/** How an external id is written as an `N` line: a QID as Wikidata, `Database:entry` as itself. */
function normalizationOf(externalId: string): { database: string; entry: string } | undefined {
  const qid = /^(?:https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/)?(Q\d+)$/u.exec(externalId);
  if (qid) return { database: 'Wikidata', entry: qid[1]! };
  const other = /^([A-Za-z][\w.-]*):(?!\/\/)(\S+)$/u.exec(externalId);
  return other ? { database: other[1]!, entry: other[2]! } : undefined;
}

/** brat's line format has no line break inside a column. */
const oneLine = (text: string) => text.replace(/\r\n?|\n|\u2028|\u2029/gu, ' ');

/**
 * brat records for an article: a T line per derived mention, then per placed quotation (stored
 * or rejected, in text order) a `Quote` T line, `A Direct` when it is enclosed in quotation
 * marks (else `A Indirect`), a `Speaker` T line with `R Speaker` (the mention of the speaking actor nearest the
 * quotation, or the nearest occurrence of a free-text speaker as a word; a `#` note when the
 * speaker is not in the text) and a `Cue` T line with `R Cue`; then the notes.
 */
export function exportBrat(view: ArticleView): BratExport {
  const text = view.text;
  const records: StandoffRecord[] = [];
  const problems: BratExportProblem[] = [];
  const ids = { T: 0, R: 0, A: 0, N: 0, note: 0 };
  const textBound = new Map<string, string>();
  // start:end → the first T id there that is not a Quote: a `#` on a Quote is read back as the
  // quotation's own note, so a note on the span itself must sit on another T line.
  const firstAt = new Map<string, string>();
  const span = (type: string, s: Span): string => {
    const key = `${type}:${s.start}:${s.end}`;
    const existing = textBound.get(key);
    if (existing) return existing;
    const id = `T${++ids.T}`;
    textBound.set(key, id);
    if (type !== 'Quote' && !firstAt.has(`${s.start}:${s.end}`)) firstAt.set(`${s.start}:${s.end}`, id);
    records.push({ kind: 'T', id, type, fragments: [{ start: s.start, end: s.end }], text: text.slice(s.start, s.end) });
    return id;
  };
  const note = (target: string, noteText: string) => {
    if (oneLine(noteText) !== noteText) problems.push({ message: `the note "${oneLine(noteText).slice(0, 40)}" has line breaks; written on one line` });
    records.push({ kind: '#', id: `#${++ids.note}`, type: 'AnnotatorNotes', target, text: oneLine(noteText) });
  };

  for (const mention of view.mentions) {
    const actor = view.actorsById.get(mention.actorId);
    if (!actor) continue;
    const id = span(bratTypeOf(actor.type), mention);
    const normalization = actor.externalId === undefined ? undefined : normalizationOf(actor.externalId);
    if (normalization) records.push({ kind: 'N', id: `N${++ids.N}`, type: 'Reference', target: id, ...normalization, text: oneLine(actor.name) });
  }

  const placedSpans = new Map<string, Span>();
  for (const p of view.placed) {
    if (p.resolution.kind === 'orphan' || 'actorId' in p.ref || 'topicId' in p.ref) continue;
    placedSpans.set(`${p.ref.kind}:${p.ref.index}`, p.resolution.span);
  }
  const placed = (kind: 'quotation' | 'cue' | 'note' | 'rejected', index: number) => placedSpans.get(`${kind}:${index}`);

  const stored = view.annotations.quotations.map((quotation, index) => ({ quotation, span: placed('quotation', index), cue: placed('cue', index) }));
  for (const { quotation, span: at } of stored) {
    if (!at) problems.push({ message: `quotation "${quotation.anchor.text}" is not in the text (orphan); left out` });
  }
  const rejected = view.annotations.rejected.flatMap((r, index) => {
    const at = r.kind === 'quotation' ? placed('rejected', index) : undefined;
    return at ? [{ quotation: undefined, span: at, cue: undefined }] : [];
  });
  const quotations = [...stored.filter((q) => q.span), ...rejected].sort((a, b) => a.span!.start - b.span!.start || a.span!.end - b.span!.end);
  for (const { quotation, span: quoteSpan, cue } of quotations) {
    const quote = span('Quote', quoteSpan!);
    if (!quotation) continue; // a rejected quotation: a quoted passage that is not speech
    // every stored quotation is speech, so that it comes back as speech: indirect when it is of that kind, direct otherwise
    records.push({ kind: 'A', id: `A${++ids.A}`, type: quotation.kind === 'indirect' ? 'Indirect' : 'Direct', target: quote });
    if (quotation.speaker) {
      const at = speakerSpan(view, quotation.speaker, quoteSpan!, cue);
      if (at) records.push({ kind: 'R', id: `R${++ids.R}`, type: 'Speaker', arg1: quote, arg2: span('Speaker', at) });
      else note(quote, SPEAKER_NOTE_PREFIX + speakerLabel(view, quotation.speaker));
    }
    if (cue) records.push({ kind: 'R', id: `R${++ids.R}`, type: 'Cue', arg1: quote, arg2: span('Cue', cue) });
    if (quotation.note !== undefined && quotation.note.trim() !== '') note(quote, quotation.note);
  }

  view.annotations.notes.forEach((n, index) => {
    const at = placed('note', index);
    if (!at) {
      problems.push({ message: `note on "${n.anchor.text}" is not in the text (orphan); left out` });
      return;
    }
    note(firstAt.get(`${at.start}:${at.end}`) ?? span('Note', at), n.text);
  });
  return { records, problems };
}

function speakerLabel(view: ArticleView, speaker: Speaker): string {
  return 'actor' in speaker ? view.actorsById.get(speaker.actor)?.name ?? speaker.actor : speaker.text;
}

/**
 * Where the speaker is named (outside the quotation, unless the cue is inside it or the speaker
 * is named only inside it): nearest the cue when there is one (the speaker usually stands next
 * to or inside it: "martèle-t-il"), else nearest the quotation.
 */
export function speakerSpan(view: ArticleView, speaker: Speaker, quote: Span, cue?: Span): Span | undefined {
  const candidates: Span[] =
    'actor' in speaker
      ? view.mentions.filter((m: Mention) => m.actorId === speaker.actor)
      : wordOccurrences(view.text, speaker.text);
  // a cue inside the quotation: an interrupted quotation ("…," said X, "…"), the speaker may be there too
  const cueInside = cue !== undefined && cue.start >= quote.start && cue.end <= quote.end;
  const outside = candidates.filter((c) => c.end <= quote.start || c.start >= quote.end);
  const toCue = (c: Span) => (cue ? distance(c, cue) : 0);
  return (cueInside || outside.length === 0 ? [...candidates] : outside).sort(
    (a, b) => toCue(a) - toCue(b) || distance(a, quote) - distance(b, quote) || a.start - b.start,
  )[0];
}

/** Characters between two spans; 0 when they touch or overlap. */
function distance(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** Occurrences of `needle` that do not start or end inside a word ("il" is not in "avril"). */
function wordOccurrences(text: string, needle: string): Span[] {
  const found: Span[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const cutsWord = (isWordBefore(text, at) && isWordAt(text, at)) || (isWordBefore(text, end) && isWordAt(text, end));
    if (!cutsWord) found.push({ start: at, end });
  }
  return found;
}
