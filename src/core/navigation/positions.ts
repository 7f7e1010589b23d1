import { lineAt, lineStarts } from '../lineIndex';

/** A line (0-based) and a character (UTF-16 code units) in a text, as editors count them. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

/**
 * Converts offsets of one text into line/character positions (line breaks: LF, CRLF and CR,
 * as VS Code counts them), for articles that are not open in an editor.
 */
export class LineMap {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = lineStarts(text);
  }

  positionAt(offset: number): TextPosition {
    const line = lineAt(this.starts, offset);
    return { line, character: offset - this.starts[line]! };
  }
}
