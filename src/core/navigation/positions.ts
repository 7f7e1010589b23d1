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
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  positionAt(offset: number): TextPosition {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low]! };
  }
}
