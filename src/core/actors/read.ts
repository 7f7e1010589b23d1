/**
 * Reads the shared actors file into its model, with every problem at its line and column,
 * by the same reader building blocks as sidecars (sidecar/fieldReader.ts): the same version
 * header, the same section layout for diff-local writes, the same messages.
 */
import { Document, isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { message, verbatim, type Message } from '../messages';
import { FORMAT_VERSION, VERSION_KEY } from '../sidecar/format';
import { FieldReader, isNull, range, type SectionRules } from '../sidecar/fieldReader';
import { decodeUtf8, type DecodedText } from '../sidecar/decode';
import { checkArticleText, findConflictMarkers } from '../sidecar/guards';
import { normalizeSource } from '../sidecar/read';
import { LineIndex, problemAt, type SidecarProblem } from '../sidecar/problems';
import type { FileLayout } from '../sidecar/splice';
import {
  EMPTY_SHARED_ACTORS, SHARED_ACTOR_FIELDS, SHARED_SECTIONS, sharedEntryKey,
  type PropertyDeclaration, type SharedActor, type SharedActors, type SharedSection,
} from './model';
import { sharedEntryIssue } from './validate';

export interface ParsedSharedActors {
  readonly shared: SharedActors;
  readonly problems: readonly SidecarProblem[];
  /** The source as read: BOM stripped, line endings LF. */
  readonly source: string;
  readonly layout: FileLayout<SharedSection>;
}

const EMPTY_LAYOUT: FileLayout<SharedSection> = { splicable: false, hasVersion: false, sections: new Map() };

/** Parses the shared actors file (text or bytes); never throws on bad input (see `parseSidecar`). */
export function parseSharedActors(input: string | Uint8Array | DecodedText): ParsedSharedActors {
  const decoded = typeof input === 'string' ? undefined : input instanceof Uint8Array ? decodeUtf8(input) : input;
  const source = normalizeSource(decoded ? decoded.text : (input as string));
  const refused = (problems: SidecarProblem[]): ParsedSharedActors => ({ shared: EMPTY_SHARED_ACTORS, problems, source, layout: EMPTY_LAYOUT });
  if (decoded && decoded.problems.length > 0) return refused(decoded.problems);
  const guarded = [...checkArticleText(source), ...findConflictMarkers(source)];
  if (guarded.length > 0) return refused(guarded);

  const lines = new LineIndex(source);
  const document = parseDocument(source, { lineCounter: new LineCounter(), uniqueKeys: false, prettyErrors: false });
  const yamlProblems = [...document.errors, ...document.warnings].map((error) => {
    const [start, end] = error.pos;
    const text = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return problemAt(lines, start, end, error.name === 'YAMLParseError' ? 'error' : 'warning', 'yaml-syntax', verbatim(text));
  });
  if (document.errors.length > 0) return refused(yamlProblems);
  const reader = new SharedActorsReader(source, lines);
  for (const problem of yamlProblems) reader.problems.push(problem);
  const shared = reader.read((document as Document).contents as Node | null);
  const problems = reader.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { shared, problems, source, layout: reader.layout() };
}

const RULES: SectionRules<SharedSection> = {
  keyed: () => true,
  key: sharedEntryKey,
  issue: (section, item) => sharedEntryIssue(section, item, singular(section)),
  singular,
};

function singular(section: SharedSection): Message {
  return section === 'actors' ? message('actor') : message('property');
}

/** A property value and where it is written, checked against the declarations once all is read. */
interface ValueSite {
  readonly actor: string;
  readonly property: string;
  readonly value: string;
  readonly node: Node;
}

class SharedActorsReader extends FieldReader<SharedSection> {
  private readonly values: ValueSite[] = [];

  constructor(source: string, lines: LineIndex) {
    super(source, lines, RULES);
  }

  layout(): FileLayout<SharedSection> {
    return { splicable: this.splicable, hasVersion: this.hasVersion, firstKeyStart: this.firstKeyStart, sections: this.sections };
  }

  read(contents: Node | null): SharedActors {
    const fields = this.header(contents, SHARED_SECTIONS, message('the shared actors file'),
      message('not a Marginalia shared actors file: expected a map with {0}', SHARED_SECTIONS.join(', ')),
      message("missing '{0}: {1}' (the format version) at the top of the shared actors file", VERSION_KEY, FORMAT_VERSION));
    if (!fields) return EMPTY_SHARED_ACTORS;
    const properties = this.section(fields.get('properties'), 'properties', (node, key) => this.declaration(node, key));
    const actors = this.section(fields.get('actors'), 'actors', (node, key) => this.actor(node, key));
    this.checkValues(properties);
    return { properties, actors };
  }

  /** `gender: [female, male]` (allowed values) or `role:` (free text). */
  private declaration(node: Node | null, keyNode: Node | undefined): PropertyDeclaration | undefined {
    const name = this.scalarText(keyNode ?? null) as string;
    if (isNull(node)) return { name };
    if (!isSeq(node)) {
      this.error(node, 'wrong-type', message("property '{0}' must list its allowed values, e.g. [a, b], or be left empty (any value)", name));
      return undefined;
    }
    const values = this.stringList({ key: keyNode as Node, value: node }, message("values of property '{0}'", name));
    return { name, values };
  }

  private actor(node: Node | null, keyNode: Node | undefined): SharedActor | undefined {
    const core = this.actorCore(node, keyNode, SHARED_ACTOR_FIELDS);
    if (!core) return undefined;
    const { id, what, fields, type, name, aliases, note, externalId } = core;
    const properties: Record<string, string> = {};
    const propertiesField = fields.get('properties');
    if (propertiesField && !isNull(propertiesField.value)) {
      if (!isMap(propertiesField.value)) {
        this.error(propertiesField.value, 'wrong-type', message("'properties' of {0} must be a map, e.g. role: minister", what));
      } else {
        for (const [property, field] of this.fields(propertiesField.value, undefined, message("properties of '{0}'", id))) {
          const value = this.optionalString(field);
          // A property left empty is no property (as an absent field is).
          if (value === undefined || value === '') continue;
          properties[property] = value;
          this.values.push({ actor: id, property, value, node: field.value as Node });
        }
      }
    }
    if (type === undefined || name === undefined) return undefined;
    return {
      id, type, name, aliases, ...(note !== undefined && { note }), ...(externalId !== undefined && { externalId }), properties,
    };
  }

  /** A value that its property's declaration does not list: a typo, most often (a warning: the value is kept). */
  private checkValues(declarations: readonly PropertyDeclaration[]): void {
    const allowed = new Map(declarations.map((declaration) => [declaration.name, declaration.values]));
    for (const site of this.values) {
      const values = allowed.get(site.property);
      if (values === undefined || values.includes(site.value)) continue;
      const [start, end] = range(site.node);
      this.problems.push(problemAt(this.lines, start, end, 'warning', 'unknown-value',
        message("'{0}' is not a declared value of property '{1}' (declared: {2})", site.value, site.property, values.join(', '))));
    }
  }
}
