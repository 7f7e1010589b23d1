/**
 * What every Marginalia YAML file reader shares (sidecars, the workspace's shared actors):
 * the format-version header, sections read entry by entry with the layout the writer splices
 * into, and the building blocks that read fields and report problems at their line and column.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { FORMAT_VERSION, VERSION_KEY } from './format';
import { message, type Message } from '../messages';
import {
  attachedCommentsStart, contentEnd, lineIndentBefore, lineStart, nextLineStart, type EntryLayout, type SectionLayout,
} from './layout';
import { problemAt, type LineIndex, type SidecarProblem, type SidecarProblemCode } from './problems';

export interface Field {
  readonly key: Node;
  readonly value: Node | null;
}

/** What {@link FieldReader.actorCore} reads. */
export interface ActorCore {
  readonly id: string;
  /** "actor 'id'", for messages. */
  readonly what: Message;
  readonly fields: Map<string, Field>;
  readonly type?: string;
  readonly name?: string;
  readonly aliases: string[];
  readonly note?: string;
  readonly externalId?: string;
}

/** How a file's sections are read: which are maps keyed by id, how entries are told apart and checked. */
export interface SectionRules<N extends string> {
  readonly keyed: (section: N) => boolean;
  /** The identity of an entry (see identity.ts): what the writer matches entries by. */
  readonly key: (section: N, item: unknown) => string;
  /** Why an entry the reader built cannot be written back (then it is not accepted either). */
  readonly issue: (section: N, item: unknown) => Message | undefined;
  /** "actor", "topic"…: how one entry is named in messages. */
  readonly singular: (section: N) => Message;
}

export abstract class FieldReader<N extends string> {
  readonly problems: SidecarProblem[] = [];
  protected readonly sections = new Map<N, SectionLayout<N>>();
  protected splicable = true;
  protected hasVersion = false;
  protected firstKeyStart: number | undefined;

  constructor(protected readonly source: string, protected readonly lines: LineIndex, private readonly rules: SectionRules<N>) {}

  /**
   * The top-level fields of the file, after its `marginalia: N` version; undefined (and a
   * problem) when the file cannot be read as one of Marginalia's. `what`: the file in
   * messages; `wrongShape`: the problem for a top level that is not a map.
   */
  protected header(contents: Node | null, allowed: readonly string[], what: Message, wrongShape: Message, missingVersion: Message): Map<string, Field> | undefined {
    if (contents === null || (isScalar(contents) && contents.value === null)) {
      this.warn(contents, 'missing-version', message("missing '{0}: {1}' (the format version)", VERSION_KEY, FORMAT_VERSION));
      this.splicable = contents === null;
      return undefined;
    }
    if (!isMap(contents)) {
      this.error(contents, 'not-a-sidecar', wrongShape);
      this.splicable = false;
      return undefined;
    }
    if (contents.flow) this.splicable = false;
    const fields = this.fields(contents, [VERSION_KEY, ...allowed], what);
    const first = contents.items[0];
    if (first && isNodeWithRange(first.key)) this.firstKeyStart = lineStart(this.source, first.key.range[0]);

    const version = fields.get(VERSION_KEY);
    if (!version) {
      this.warn(contents, 'missing-version', missingVersion);
      return fields;
    }
    this.hasVersion = true;
    const value = isScalar(version.value) ? version.value.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      this.error(version.value ?? version.key, 'bad-version', message("'{0}' must be a format version number such as {1}", VERSION_KEY, FORMAT_VERSION));
      return undefined;
    }
    if (value > FORMAT_VERSION) {
      this.error(version.value, 'newer-format',
        message('this sidecar was written by a newer Marginalia (format {0}; this version reads format {1}): update Marginalia to read it', value, FORMAT_VERSION));
      return undefined;
    }
    return fields;
  }

  /** Reads one section, recording the layout of each entry. */
  protected section<T>(field: Field | undefined, name: N, readEntry: (node: Node | null, key: Node | undefined) => T | undefined): T[] {
    if (!field) return [];
    const { singular } = this.rules;
    const keyed = this.rules.keyed(name);
    const start = lineStart(this.source, range(field.key)[0]);
    const value = field.value;
    const isEmpty = value === null || (isScalar(value) && value.value === null);
    if (isEmpty) {
      this.sections.set(name, { name, start, end: nextLineStart(this.source, range(field.key)[1]), indent: '', entries: [], rewrite: false });
      return [];
    }
    if (keyed ? !isMap(value) : !isSeq(value)) {
      this.error(value, 'wrong-type', keyed ? message("'{0}' must be a map of entries keyed by id", name) : message("'{0}' must be a list", name));
      return [];
    }
    const items: T[] = [];
    const entries: EntryLayout[] = [];
    let rewrite = (value as YAMLMap).flow === true;
    let indent: string | undefined;
    const seen = new Map<string, Node>();
    for (const element of (value as YAMLMap | { items: unknown[] }).items) {
      const key = keyed ? (element as Pair).key as Node : undefined;
      const node = (keyed ? (element as Pair).value : element) as Node | null;
      if (keyed) {
        const id = this.scalarText(key ?? null);
        if (id === undefined || id === '') {
          this.error(key ?? value, 'wrong-type', message('every {0} needs an id (a non-empty key)', singular(name)));
          continue;
        }
        const first = seen.get(id);
        if (first) {
          this.error(key, 'duplicate-id',
            message("duplicate {0} id '{1}' (first defined on line {2})", singular(name), id, this.lines.position(range(first)[0]).line));
          continue;
        }
        seen.set(id, key as Node);
      }
      const item = readEntry(node, key);
      const anchorNode = key ?? node;
      if (item === undefined || !anchorNode) continue;
      // What the writer would refuse is not accepted either (one rule, see validate.ts).
      const issue = this.rules.issue(name, item);
      if (issue) {
        this.error(anchorNode, 'wrong-type', issue);
        continue;
      }
      items.push(item);
      const identity = this.rules.key(name, item);
      if (!keyed) {
        const first = seen.get(identity);
        if (first) {
          this.warn(node, 'duplicate-entry',
            message('the same {0} is stored twice (first on line {1}); one is enough', singular(name), this.lines.position(range(first)[0]).line));
        } else if (node) seen.set(identity, node);
      }
      const entryStart = range(anchorNode)[0];
      const entryIndent = lineIndentBefore(this.source, entryStart, !keyed);
      if (entryIndent === undefined || (indent !== undefined && entryIndent !== indent)) rewrite = true;
      indent ??= entryIndent;
      const startOfLine = lineStart(this.source, entryStart);
      // A block collection's range ends after its last line, including blank lines that are
      // content (a `|+` scalar keeps them); other nodes end at their last character.
      const valueEnd = range(node ?? anchorNode)[1];
      const end = this.source[valueEnd - 1] === '\n' ? valueEnd : contentEnd(this.source, entryStart, valueEnd);
      const previous = entries[entries.length - 1];
      if (previous && previous.end > startOfLine) rewrite = true;
      // Comment lines directly above belong to the entry, but never lines of the one before
      // (a block scalar line may start with '#').
      const floor = previous ? previous.end : nextLineStart(this.source, range(field.key)[1]);
      const leadStart = Math.max(attachedCommentsStart(this.source, startOfLine), Math.min(floor, startOfLine));
      entries.push({ key: identity, item, start: startOfLine, leadStart, end });
    }
    const end = entries.length > 0
      ? entries[entries.length - 1].end
      : contentEnd(this.source, range(field.key)[0], range(value)[1]);
    this.sections.set(name, { name, start, end, indent: indent ?? '', entries, rewrite });
    return items;
  }

  /**
   * The fields every actor has, in a sidecar or in the shared actors file (type and name are
   * undefined, with an error, when missing); undefined when the entry is not a map.
   */
  protected actorCore(node: Node | null, keyNode: Node | undefined, allowed: readonly string[]): ActorCore | undefined {
    const id = this.scalarText(keyNode ?? null) as string;
    const what = message("actor '{0}'", id);
    const fields = this.entryFields(node, allowed, what);
    if (!fields) return undefined;
    return {
      id, what, fields,
      type: this.requiredString(fields, 'type', node, what, true),
      name: this.requiredString(fields, 'name', node, what, true),
      aliases: this.stringList(fields.get('aliases'), message("aliases of '{0}'", id)),
      note: this.optionalString(fields.get('note')),
      externalId: this.optionalString(fields.get('external-id')),
    };
  }

  /** The fields of a map entry, or undefined (and an error) when the node is not a map. */
  protected entryFields(node: Node | null, allowed: readonly string[], what: Message): Map<string, Field> | undefined {
    if (!isMap(node)) {
      this.error(node, 'wrong-type', message('{0} must be a map with {1}', what, allowed.join(', ')));
      return undefined;
    }
    return this.fields(node, allowed, what);
  }

  /** Reads the keys of a map: reports duplicate keys (error) and, unless `allowed` is undefined, unknown keys (warning). */
  protected fields(map: YAMLMap, allowed: readonly string[] | undefined, what: Message): Map<string, Field> {
    const fields = new Map<string, Field>();
    for (const pair of map.items) {
      const key = pair.key as Node | null;
      const name = this.scalarText(key);
      if (name === undefined) {
        this.error(key ?? map, 'wrong-type', message('keys of {0} must be plain names', what));
        continue;
      }
      if (fields.has(name)) {
        this.error(key, 'duplicate-key', message("duplicate key '{0}' in {1}", name, what));
        continue;
      }
      if (allowed && !allowed.includes(name)) {
        this.warn(key, 'unknown-key', message("unknown key '{0}' in {1} (expected {2}); it is kept but not used", name, what, allowed.join(', ')));
      }
      fields.set(name, { key: key as Node, value: pair.value as Node | null });
    }
    return fields;
  }

  /** A string field that must be there; `nonEmpty`: and hold some text (the writer refuses an empty one). */
  protected requiredString(fields: Map<string, Field>, name: string, entry: Node | null, what: Message, nonEmpty = false): string | undefined {
    const field = fields.get(name);
    const value = this.optionalString(field);
    if (value === undefined && (!field || isNull(field.value))) {
      this.error(field?.key ?? entry, 'missing-field', message("{0} needs '{1}'", what, name));
    } else if (nonEmpty && value === '') {
      this.error(field?.value ?? entry, 'missing-field', message("{0} needs a non-empty '{1}'", what, name));
      return undefined;
    }
    return value;
  }

  /** A string field; numbers and booleans written plain are read as the text the user typed. */
  protected optionalString(field: Field | undefined): string | undefined {
    if (!field || isNull(field.value)) return undefined;
    const text = this.scalarText(field.value);
    if (text === undefined) this.error(field.value, 'wrong-type', message("'{0}' must be text, not a list or map", String(this.scalarText(field.key))));
    return text;
  }

  protected stringList(field: Field | undefined, what: Message, onItem?: (text: string, node: Node) => void): string[] {
    if (!field || isNull(field.value)) return [];
    if (!isSeq(field.value)) {
      this.error(field.value, 'wrong-type', message('{0} must be a list, e.g. [a, b]', what));
      return [];
    }
    const texts: string[] = [];
    for (const item of field.value.items) {
      const text = this.scalarText(item as Node | null);
      if (text === undefined || text === '') {
        this.error((item as Node | null) ?? field.value, 'wrong-type', message('{0} must hold non-empty texts', what));
        continue;
      }
      texts.push(text);
      onItem?.(text, item as Node);
    }
    return texts;
  }

  protected scalarText(node: Node | null): string | undefined {
    if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
    if (typeof node.value === 'string') return node.value;
    return (node as { source?: string }).source ?? String(node.value);
  }

  protected error(node: Node | null | undefined, code: SidecarProblemCode, text: Message): void {
    this.report(node, 'error', code, text);
  }

  protected warn(node: Node | null | undefined, code: SidecarProblemCode, text: Message): void {
    this.report(node, 'warning', code, text);
  }

  private report(node: Node | null | undefined, severity: SidecarProblem['severity'], code: SidecarProblemCode, text: Message): void {
    const [start, end] = node ? range(node) : [0, 0];
    this.problems.push(problemAt(this.lines, start, end, severity, code, text));
  }
}

export function isNull(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as Node).range);
}

export function range(node: Node): [number, number] {
  const nodeRange = node.range;
  return nodeRange ? [nodeRange[0], nodeRange[1]] : [0, 0];
}
