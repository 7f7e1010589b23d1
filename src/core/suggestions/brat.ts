/**
 * Suggestions as brat standoff records: Quote / Speaker / Cue with `R Speaker`, `R Cue` and
 * `A Direct` or `A Indirect`; entities as Person, Organization, Location, Date, Event, Work, Misc.
 */
import type { Span } from '../model';
import { bratTypeOf } from '../formats/brat';
import type { StandoffRecord } from '../formats/standoff';
import type { EntitySuggestion, QuotationSuggestion } from './types';

/** Records for the suggestions of one text; ids are numbered in text order. */
export function suggestionsToStandoff(
  text: string,
  quotations: readonly QuotationSuggestion[],
  entities: readonly EntitySuggestion[],
): StandoffRecord[] {
  const records: StandoffRecord[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  const textBound = new Map<string, string>();
  const span = (type: string, s: Span): string => {
    const key = `${type}:${s.start}:${s.end}`;
    const existing = textBound.get(key);
    if (existing) return existing;
    const id = `T${++t}`;
    textBound.set(key, id);
    records.push({ kind: 'T', id, type, fragments: [{ start: s.start, end: s.end }], text: text.slice(s.start, s.end) });
    return id;
  };
  for (const entity of entities) span(bratTypeOf(entity.type), entity.span);
  for (const quotation of quotations) {
    const quote = span('Quote', quotation.span);
    if (quotation.direct) records.push({ kind: 'A', id: `A${++a}`, type: 'Direct', target: quote });
    else if (quotation.kind === 'indirect') records.push({ kind: 'A', id: `A${++a}`, type: 'Indirect', target: quote });
    if (quotation.speaker?.span) {
      records.push({ kind: 'R', id: `R${++r}`, type: 'Speaker', arg1: quote, arg2: span('Speaker', quotation.speaker.span) });
    }
    if (quotation.cue) records.push({ kind: 'R', id: `R${++r}`, type: 'Cue', arg1: quote, arg2: span('Cue', quotation.cue) });
  }
  return records;
}
