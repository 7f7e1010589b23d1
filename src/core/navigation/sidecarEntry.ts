import { parseSidecar, type ParsedSidecar } from '../sidecar';
import { LineMap, type TextPosition } from './positions';

/**
 * Where an actor's entry is written in a sidecar: the position of its id (the key of its
 * entry under `actors:`). Positions count lines of the source as written (CRLF or LF alike).
 * Undefined when the sidecar has no such entry or cannot be read.
 */
export function actorEntryPosition(sidecar: string | ParsedSidecar, actorId: string): TextPosition | undefined {
  const parsed = typeof sidecar === 'string' ? parseSidecar(sidecar) : sidecar;
  const entry = parsed.layout.sections.get('actors')?.entries.find((e) => e.key === actorId);
  // parseSidecar normalises line endings and drops a BOM: count lines in its source, whose
  // line numbers are those of the file; the column is found on that line.
  const source = parsed.source;
  const lines = new LineMap(source);
  if (entry) {
    const line = lines.positionAt(entry.start).line;
    const eol = source.indexOf('\n', entry.start);
    const column = source.slice(entry.start, eol < 0 ? undefined : eol).search(/\S/);
    return { line, character: Math.max(0, column) };
  }
  // A sidecar whose actors section could not be laid out (flow style, errors): search the key.
  const match = new RegExp(`^([ \\t]*)["']?${escape(actorId)}["']?[ \\t]*:`, 'm').exec(source);
  return match ? { line: lines.positionAt(match.index).line, character: match[1]!.length } : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
