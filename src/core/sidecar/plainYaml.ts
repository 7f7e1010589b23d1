/**
 * A reader for the plain YAML the sidecar writer produces (block maps and lists, one-line
 * scalars, flow lists and maps of scalars, literal blocks), for quickRead.ts: with read.ts's
 * rules on top, about ten times faster than `parseSidecar`, which builds the `yaml` library's
 * Document with its source ranges. It reads nothing else: on anything outside that subset
 * (anchors, tags, aliases, multi-line plain or single-quoted scalars, folded blocks, trailing
 * comments, tabs, control characters, document markers, duplicate keys, a syntax error…) it
 * gives up and returns undefined, and the caller reads the file with `yaml` (read.ts), which
 * reports what is wrong with its line and column. Where it does read a text, it gives the
 * values `yaml` gives (property-tested against it: test/unit/sidecar/quickRead.test.ts).
 */

/** A scalar as written: its text, and whether it was plain (unquoted: `null` and `~` mean no value). */
export class PlainScalar {
  constructor(readonly text: string, readonly plain: boolean) {}
}

/** A map (keys in file order) or a list; `null` is an empty value or a plain `null`/`~`. */
export type PlainNode = PlainScalar | PlainMap | PlainNode[] | null;
export type PlainMap = Map<string, PlainNode>;

/** Thrown inside the reader when the text leaves the subset; caught by {@link readPlainYaml}. */
class OutsideSubset {}
const OUTSIDE = new OutsideSubset();

/** Characters after which a sidecar needs the `yaml` library: tabs, controls, Unicode line breaks. */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/;
/** Document markers, directives and a byte order mark starting a line (`yaml` reads those between documents). */
const DOCUMENT_MARKER = /^(?:---|\.\.\.|%|\ufeff)/m;
/** What a plain scalar may not start with: YAML's indicators, but `-`, `?` or `:` before a character that is not a space. */
const INDICATOR = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;
/** What a key may not start with: any indicator (a key `-x` or `?x` is left to `yaml`). */
const KEY_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NULL_WORD = /^(?:~|null|Null|NULL)$/;
/** What a plain scalar inside a flow collection may not hold: a `:` (a key's), a comment, a flow indicator (even after `-`, `?` or `:`). */
const FLOW_UNSAFE = /[:,[\]{}]| #/;
/** YAML refuses implicit keys longer than 1024 characters; well below that, leave it to `yaml`. */
const MAX_KEY = 1000;

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * The document's root node, or undefined when the text is not in the subset this reader
 * knows (then read it with `yaml`). `source` has LF line endings and no BOM (normalizeSource).
 */
export function readPlainYaml(source: string): PlainNode | undefined {
  if (UNUSUAL.test(source) || DOCUMENT_MARKER.test(source)) return undefined;
  try {
    return new Reader(source).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    // A nesting too deep for the stack: `yaml` reports it.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function outside(): never {
  throw OUTSIDE;
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

/** Blank (spaces only) or a comment line. */
function isInsignificant(line: string): boolean {
  const indent = indentOf(line);
  return indent === line.length || line.charCodeAt(indent) === 0x23;
}

function isDash(line: string, column: number): boolean {
  return line.charCodeAt(column) === 0x2d && (column + 1 === line.length || line.charCodeAt(column + 1) === 0x20);
}

class Reader {
  /** The line being read; every method leaves it on the first line it did not consume. */
  private line = 0;
  private readonly lines: readonly string[];
  /** Where each line starts in the source: a flow collection may span lines. */
  private readonly starts: number[] = [];

  constructor(private readonly source: string) {
    this.lines = source.split('\n');
    let start = 0;
    for (const line of this.lines) {
      this.starts.push(start);
      start += line.length + 1;
    }
  }

  document(): PlainNode {
    const first = this.significant(0);
    if (first === this.lines.length) outside();
    this.line = first;
    const root = this.blockNode(indentOf(this.lines[first]!), -1);
    if (this.significant(this.line) !== this.lines.length) outside();
    return root;
  }

  /** The first line from `from` that is neither blank nor a comment (the line count at the end). */
  private significant(from: number): number {
    let i = from;
    while (i < this.lines.length && isInsignificant(this.lines[i]!)) i++;
    return i;
  }

  /** A block map or list whose first item starts at `column` of the current line. */
  private blockNode(column: number, parentIndent: number): PlainNode {
    if (column <= parentIndent) outside();
    if (isDash(this.lines[this.line]!, column)) return this.blockList(column);
    return this.blockMap(column);
  }

  private blockList(column: number): PlainNode[] {
    const items: PlainNode[] = [];
    for (;;) {
      const line = this.lines[this.line]!;
      let at = column + 1;
      while (line.charCodeAt(at) === 0x20) at++;
      if (at >= line.length) {
        items.push(this.valueBelow(column, false));
      } else if (isDash(line, at)) {
        outside();
      } else if (this.keyEnd(line, at) !== undefined) {
        items.push(this.blockMap(at));
      } else {
        items.push(this.inlineValue(line, at, column));
      }
      const next = this.significant(this.line);
      if (next === this.lines.length) break;
      const indent = indentOf(this.lines[next]!);
      if (indent < column) break;
      if (indent > column) outside();
      if (!isDash(this.lines[next]!, column)) break;
      this.line = next;
    }
    return items;
  }

  private blockMap(column: number): PlainMap {
    const map: PlainMap = new Map();
    for (;;) {
      const line = this.lines[this.line]!;
      const end = this.keyEnd(line, column);
      if (end === undefined) outside();
      const key = this.key(line, column, end);
      if (map.has(key)) outside();
      let at = end + 1;
      while (line.charCodeAt(at) === 0x20) at++;
      map.set(key, at >= line.length ? this.valueBelow(column, true) : this.inlineValue(line, at, column));
      const next = this.significant(this.line);
      if (next === this.lines.length) break;
      const indent = indentOf(this.lines[next]!);
      if (indent < column) break;
      if (indent > column || isDash(this.lines[next]!, column)) outside();
      this.line = next;
    }
    return map;
  }

  /** The value of a key or dash that ends its line: a block node on the lines below, or null. */
  private valueBelow(indent: number, inMap: boolean): PlainNode {
    const next = this.significant(this.line + 1);
    this.line++;
    if (next === this.lines.length) return null;
    const line = this.lines[next]!;
    const nextIndent = indentOf(line);
    // A list may sit at its key's own indentation.
    if (nextIndent > indent || (inMap && nextIndent === indent && isDash(line, indent))) {
      this.line = next;
      return nextIndent > indent ? this.blockNode(nextIndent, indent) : this.blockList(indent);
    }
    return null;
  }

  /** Where the `:` of a key starting at `at` is, or undefined when the line holds no key there. */
  private keyEnd(line: string, at: number): number | undefined {
    const first = line[at];
    let colon: number;
    if (first === '"' || first === "'") {
      colon = (first === '"' ? this.doubleQuoted(line, at) : this.singleQuoted(line, at)).end;
      if (line[colon] !== ':') return undefined;
    } else {
      // A flow collection, a block scalar or another indicator: not a key this reader knows.
      if (KEY_INDICATOR.test(first ?? '')) return undefined;
      const spaced = line.indexOf(': ', at);
      colon = spaced === -1 ? (line.endsWith(':') ? line.length - 1 : -1) : spaced;
      if (colon === -1) return undefined;
    }
    if (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 0x20) return undefined;
    if (colon - at > MAX_KEY) outside();
    return colon;
  }

  private key(line: string, at: number, colon: number): string {
    const first = line[at];
    if (first === '"') return this.doubleQuoted(line, at).text;
    if (first === "'") return this.singleQuoted(line, at).text;
    const text = withoutTrailingSpaces(line.slice(at, colon));
    this.checkPlain(text);
    if (NULL_WORD.test(text) || text.startsWith('<<')) outside();
    return text;
  }

  /** A value that starts on the line of its key or dash, at `at`; `indent`: its collection's. */
  private inlineValue(line: string, at: number, indent: number): PlainNode {
    const first = line[at];
    if (first === '|') return this.literalBlock(line, at, indent);
    if (first === '[' || first === '{') return this.flowCollection(first, at, indent);
    let value: PlainNode;
    let end: number;
    if (first === '"' || first === "'") {
      const quoted = first === '"' ? this.doubleQuoted(line, at) : this.singleQuoted(line, at);
      value = new PlainScalar(quoted.text, false);
      end = quoted.end;
    } else {
      const text = withoutTrailingSpaces(line.slice(at));
      this.checkPlain(text);
      if (text.endsWith(':')) outside();
      value = NULL_WORD.test(text) ? null : new PlainScalar(text, true);
      end = line.length;
    }
    while (line.charCodeAt(end) === 0x20) end++;
    if (end < line.length) outside();
    this.line++;
    return value;
  }

  /** A flow list or map, on this line or over the next ones (each indented deeper than its block collection). */
  private flowCollection(first: string, at: number, indent: number): PlainNode {
    const start = this.starts[this.line]! + at;
    const flow = first === '[' ? this.flowList(start) : this.flowMap(start);
    let last = this.line;
    while (last + 1 < this.lines.length && this.starts[last + 1]! <= flow.end) last++;
    for (let i = this.line + 1; i <= last; i++) {
      const lineIndent = indentOf(this.lines[i]!);
      if (lineIndent < this.lines[i]!.length && lineIndent <= indent) outside();
    }
    const end = skipSpaces(this.source, flow.end);
    if (end < this.source.length && this.source[end] !== '\n') outside();
    this.line = last + 1;
    return flow.value;
  }

  private checkPlain(text: string): void {
    if (text === '' || INDICATOR.test(text) || text.includes(': ') || text.includes(' #')) outside();
  }

  /** `|` or `|-`, then lines indented deeper than `indent` (the first one sets how deep). */
  private literalBlock(line: string, at: number, indent: number): PlainScalar {
    const header = withoutTrailingSpaces(line.slice(at));
    if (header !== '|' && header !== '|-') outside();
    const first = this.line + 1;
    if (first >= this.lines.length) outside();
    const depth = indentOf(this.lines[first]!);
    if (depth <= indent || depth === this.lines[first]!.length) outside();
    let last = first;
    let i = first;
    for (; i < this.lines.length; i++) {
      const text = this.lines[i]!;
      const lineIndent = indentOf(text);
      if (lineIndent === text.length) {
        // Blank; spaces beyond the block's indentation would be content: leave that to `yaml`.
        if (lineIndent > depth) outside();
        continue;
      }
      if (lineIndent < depth) {
        if (lineIndent > indent) outside();
        break;
      }
      last = i;
    }
    const body: string[] = [];
    for (let j = first; j <= last; j++) body.push(this.lines[j]!.slice(depth));
    this.line = i;
    return new PlainScalar(body.join('\n') + (header === '|' ? '\n' : ''), false);
  }

  /** A double-quoted scalar; in a flow collection it may span lines (folded as YAML folds them). */
  private doubleQuoted(text: string, at: number): { text: string; end: number } {
    let value = '';
    let i = at + 1;
    for (;;) {
      const close = text.indexOf('"', i);
      if (close === -1) outside();
      const escape = text.indexOf('\\', i);
      const newline = text.indexOf('\n', i);
      if ((escape === -1 || escape > close) && (newline === -1 || newline > close)) {
        value += text.slice(i, close);
        return { text: value, end: close + 1 };
      }
      if (newline !== -1 && (escape === -1 || newline < escape)) {
        // Spaces before a line break go; the break and the next line's indentation become a space, or the blank lines' breaks.
        value += withoutTrailingSpaces(text.slice(i, newline));
        let next = newline + 1;
        let breaks = 0;
        for (; text[next] === ' ' || text[next] === '\n'; next++) if (text[next] === '\n') breaks++;
        value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
        i = next;
        continue;
      }
      value += text.slice(i, escape);
      const code = text[escape + 1];
      if (code === undefined) outside();
      if (code === '\n') {
        // An escaped line break: nothing, and the next line's indentation goes.
        i = skipSpaces(text, escape + 2);
        continue;
      }
      const simple = ESCAPES[code];
      if (simple !== undefined) {
        value += simple;
        i = escape + 2;
        continue;
      }
      const length = HEX_LENGTH[code];
      if (length === undefined) outside();
      const hex = text.slice(escape + 2, escape + 2 + length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) outside();
      const point = parseInt(hex, 16);
      if (point > 0x10ffff) outside();
      value += String.fromCodePoint(point);
      i = escape + 2 + length;
    }
  }

  private singleQuoted(line: string, at: number): { text: string; end: number } {
    let text = '';
    let i = at + 1;
    for (;;) {
      const close = line.indexOf("'", i);
      if (close === -1) outside();
      // Over several lines (in a flow collection): left to `yaml`.
      const newline = line.indexOf('\n', i);
      if (newline !== -1 && newline < close) outside();
      text += line.slice(i, close);
      if (line[close + 1] !== "'") return { text, end: close + 1 };
      text += "'";
      i = close + 2;
    }
  }

  /** `[a, "b"]`, from `at` in the source: scalars only. */
  private flowList(at: number): { value: PlainNode[]; end: number } {
    const source = this.source;
    const items: PlainNode[] = [];
    let i = skipBlanks(source, at + 1);
    if (source[i] === ']') return { value: items, end: i + 1 };
    for (;;) {
      const item = this.flowScalar(i, ',]');
      items.push(item.value);
      i = skipBlanks(source, item.end);
      if (source[i] === ']') return { value: items, end: i + 1 };
      if (source[i] !== ',') outside();
      i = skipBlanks(source, i + 1);
    }
  }

  /** `{key: value, …}`, from `at` in the source: scalar keys (on one line) and values. */
  private flowMap(at: number): { value: PlainMap; end: number } {
    const source = this.source;
    const map: PlainMap = new Map();
    let i = skipBlanks(source, at + 1);
    if (source[i] === '}') return { value: map, end: i + 1 };
    for (;;) {
      const key = this.flowScalar(i, ':');
      if (!(key.value instanceof PlainScalar) || source[key.end] !== ':' || source[key.end + 1] !== ' ' || key.end - i > MAX_KEY) outside();
      if (source.slice(i, key.end).includes('\n')) outside();
      if (map.has(key.value.text) || (key.value.plain && key.value.text.startsWith('<<'))) outside();
      const value = this.flowScalar(skipBlanks(source, key.end + 1), ',}');
      map.set(key.value.text, value.value);
      i = skipBlanks(source, value.end);
      if (source[i] === '}') return { value: map, end: i + 1 };
      if (source[i] !== ',') outside();
      i = skipBlanks(source, i + 1);
    }
  }

  /** A quoted or plain scalar inside a flow collection, ending before one of `stops` (a plain one, at its line's end too). */
  private flowScalar(at: number, stops: string): { value: PlainScalar | null; end: number } {
    const source = this.source;
    const first = source[at];
    if (first === '"' || first === "'") {
      const quoted = first === '"' ? this.doubleQuoted(source, at) : this.singleQuoted(source, at);
      return { value: new PlainScalar(quoted.text, false), end: quoted.end };
    }
    let end = at;
    while (end < source.length && source[end] !== '\n' && !stops.includes(source[end]!)) end++;
    const text = withoutTrailingSpaces(source.slice(at, end));
    if (text === '' || INDICATOR.test(text) || FLOW_UNSAFE.test(text)) outside();
    return { value: NULL_WORD.test(text) ? null : new PlainScalar(text, true), end: at + text.length };
  }
}

/** YAML trims spaces only (String.prototype.trimEnd would also take a no-break space or a BOM). */
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Past spaces and line breaks (inside a flow collection). */
function skipBlanks(text: string, at: number): number {
  let i = at;
  for (let code = text.charCodeAt(i); code === 0x20 || code === 0x0a; code = text.charCodeAt(++i));
  return i;
}

function skipSpaces(line: string, at: number): number {
  let i = at;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}
