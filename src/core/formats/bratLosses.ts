/**
 * What a brat import does not give back: the records of a brat file compared, by meaning
 * rather than by id, with the records an export of the imported annotations writes. A line
 * counts as kept when the export writes a line of the same kind and type on the same spans
 * (ids and covered-text columns may differ; a relation or a `#` note needs the same spans,
 * whatever the types of the T lines there).
 */
import { exportedTypeOf } from './bratTypes';
import type { StandoffRecord, StandoffTextBound } from './standoff';

export interface BratLoss {
  /** The kind of line and its type, as in the file: `T Hour`, `A QuoteType`, `R Addressee`, `E Attack`, `N GeoNames`, `#`. */
  readonly kind: string;
  /** How the lines are written back (`as Date`, `as one span`); absent: they are not kept at all. */
  readonly writtenAs?: string;
  /** The ids of those lines, in file order. */
  readonly ids: readonly string[];
}

type Fragments = StandoffTextBound['fragments'];

const spanKey = (fragments: Fragments) => fragments.map((f) => `${f.start}-${f.end}`).join(';');
const textBoundKey = (type: string, fragments: Fragments) => `T ${type} ${spanKey(fragments)}`;
const extentOf = (fragments: Fragments): Fragments => [
  { start: fragments.reduce((min, f) => Math.min(min, f.start), Infinity), end: fragments.reduce((max, f) => Math.max(max, f.end), -Infinity) },
];

/** The input lines that `output` does not give back, grouped by kind and fate, in file order. */
export function bratLosses(input: readonly StandoffRecord[], output: readonly StandoffRecord[]): BratLoss[] {
  const written = new Set<string>();
  const outputSpans = new Map<string, { key: string; fragments: Fragments }>();
  for (const r of output) {
    if (r.kind !== 'T') continue;
    const key = textBoundKey(r.type, r.fragments);
    outputSpans.set(r.id, { key, fragments: r.fragments });
    written.add(key);
  }
  for (const r of output) {
    const key = recordKey(r, outputSpans);
    if (key !== undefined) written.add(key);
  }

  // each input span as it is written back: its exported type, and its extent if only that is written
  const inputSpans = new Map<string, { key: string; fragments: Fragments }>();
  const fates = new Map<StandoffRecord, { key: string; writtenAs?: string }>();
  for (const r of input) {
    if (r.kind !== 'T') continue;
    const type = exportedTypeOf(r.type);
    let fragments = r.fragments;
    let writtenAs = type === r.type ? undefined : `as ${type}`;
    if (!written.has(textBoundKey(type, fragments)) && fragments.length > 1 && written.has(textBoundKey(type, extentOf(fragments)))) {
      fragments = extentOf(fragments);
      writtenAs = writtenAs ? `${writtenAs}, one span` : 'as one span';
    }
    const key = textBoundKey(type, fragments);
    fates.set(r, writtenAs ? { key, writtenAs } : { key });
    if (!inputSpans.has(r.id)) inputSpans.set(r.id, { key, fragments });
  }

  const groups = new Map<string, { kind: string; writtenAs?: string; ids: string[] }>();
  for (const r of input) {
    const fate: { key: string | undefined; writtenAs?: string } = r.kind === 'T' ? fates.get(r)! : { key: recordKey(r, inputSpans) };
    const kept = fate.key !== undefined && written.has(fate.key);
    if (kept && fate.writtenAs === undefined) continue;
    const kind = r.kind === '#' ? '#' : r.kind === 'N' ? `N ${r.database}` : `${r.kind} ${r.type}`;
    const writtenAs = kept ? fate.writtenAs : undefined;
    const groupKey = `${kind}\u0000${writtenAs ?? ''}`;
    const group = groups.get(groupKey) ?? { kind, ...(writtenAs ? { writtenAs } : {}), ids: [] as string[] };
    group.ids.push(r.id);
    groups.set(groupKey, group);
  }
  return [...groups.values()];
}

/** What a non-T record says, in terms of spans; undefined for what an export never writes. */
function recordKey(r: StandoffRecord, spans: ReadonlyMap<string, { key: string; fragments: Fragments }>): string | undefined {
  const at = (id: string) => spans.get(id);
  switch (r.kind) {
    case 'R': {
      const [arg1, arg2] = [at(r.arg1), at(r.arg2)];
      // the spans only: `R Speaker` to a Person span and to a Speaker span at the same place say the same
      return arg1 && arg2 ? `R ${r.type.toLowerCase()} ${spanKey(arg1.fragments)} ${spanKey(arg2.fragments)}` : undefined;
    }
    case 'A': {
      const target = at(r.target);
      return target ? `A ${r.type.toLowerCase()} ${target.key} ${r.value ?? ''}` : undefined;
    }
    case '#': {
      const target = at(r.target);
      return target ? `# ${spanKey(target.fragments)} ${r.text}` : undefined;
    }
    case 'N': {
      const target = at(r.target);
      return target ? `N ${target.key} ${r.database.toLowerCase()}:${r.entry}` : undefined;
    }
    default:
      return undefined;
  }
}

/** "2 A QuoteType (A1, A3), 1 T Hour as Date (T4)": losses in a line, ids cut after `maxIds`. */
export function describeLosses(losses: readonly BratLoss[], maxIds = 5): string {
  return losses
    .map((l) => {
      const ids = l.ids.length > maxIds ? [...l.ids.slice(0, maxIds), '…'] : l.ids;
      return `${l.ids.length} ${l.kind}${l.writtenAs ? ` written ${l.writtenAs}` : ''} (${ids.join(', ')})`;
    })
    .join(', ');
}
