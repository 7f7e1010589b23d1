/**
 * Peer: what a researcher does today with an exported spreadsheet — a plain script that reads
 * the CSV export (RFC 4180, parsed here by its own small loop, not Marginalia's) and counts the
 * quotation records per speaker (actor id when there is one, else the speaker's words, case
 * folded as Marginalia counts them).
 */

/** Quotations per speaker key (`actor:ID`, `text:WORDS` or `(no speaker)`), from the CSV export. */
export function quotationsPerSpeakerFromCsv(csv: string): Map<string, number> {
  const counts = new Map<string, number>();
  let header: string[] | undefined;
  let kind = -1;
  let actorId = -1;
  let speaker = -1;
  for (const record of records(csv)) {
    if (!header) {
      header = record;
      [kind, actorId, speaker] = ['kind', 'actorId', 'speaker'].map((name) => record.indexOf(name)) as [number, number, number];
      continue;
    }
    if (record[kind] !== 'quotation') continue;
    const key = record[actorId] ? `actor:${record[actorId]}` : record[speaker] ? `text:${record[speaker].toLocaleLowerCase()}` : '(no speaker)';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function* records(csv: string): Generator<string[]> {
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      record.push(field);
      field = '';
      yield record;
      record = [];
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    yield record;
  }
}
