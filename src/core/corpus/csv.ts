/**
 * CSV as RFC 4180 writes it: CRLF line ends; a field with a comma, quote, CR or LF in quotes, its
 * quotes doubled.
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR as a formula, and
 * articles come from anywhere: `=HYPERLINK("http://…","click")` in a scraped page would become a
 * live link in the analyst's spreadsheet (OWASP "CSV injection"). Such a text field is written
 * with one more leading apostrophe, which spreadsheets show as plain text and {@link parseCsv}
 * takes off again (a field that already starts with apostrophes and then one of those gets one
 * more, so that reading back is exact). Numbers ("-0.25", "+3") are left as they are.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const FORMULA_START = /^'*[=+\-@\t\r]/u;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;

/** A field as its writer meant it: the apostrophe {@link csvField} put before a formula taken off. */
function unguarded(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}

/** The lines of `records` (the first usually the header), each ended by CRLF. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  let out = '';
  for (const record of records) out += record.map(csvField).join(',') + '\r\n';
  return out;
}

/**
 * Parses RFC 4180 CSV (CRLF or LF line ends) into records of fields: the inverse of
 * {@link formatCsv}, for readers of an export (the round-trip tests, the bench's peer).
 * @throws Error on a quote that is never closed or text right after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(unguarded(field));
    field = '';
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === '') {
      // a quoted field: up to the quote that is not doubled
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close === -1) throw new Error(`unclosed quote in CSV at offset ${i}`);
        if (text[close + 1] === '"') {
          field += text.slice(j, close + 1);
          j = close + 2;
          continue;
        }
        field += text.slice(j, close);
        i = close + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw new Error(`text after a closing quote in CSV at offset ${i}`);
      continue;
    }
    if (char === ',') {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      endField();
      records.push(record);
      record = [];
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      const stop = nextSpecial(text, i);
      field += text.slice(i, stop);
      i = stop;
    }
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

function nextSpecial(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 13 || c === 10 || c === 34) return i;
  }
  return text.length;
}
