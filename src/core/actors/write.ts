/**
 * Writes the shared actors file with the sidecar's diff-local rules (sidecar/splice.ts): an
 * entry that did not change keeps its bytes, comments and place; a new actor goes where its id
 * sorts. Layout: `properties` (declarations, one line each), then `actors` keyed by id, each
 * with the sidecar's actor fields and a block map of properties.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { YAML_OUTPUT_OPTIONS } from '../sidecar/format';
import { SidecarNotWritableError, isWritable } from '../sidecar/problems';
import { actorFields, indentLines, map, renderNode, textList } from '../sidecar/render';
import { renderFile, spliceFile, type EntryCodec, type SectionContent } from '../sidecar/splice';
import { SHARED_SECTIONS, sharedEntryKey, type PropertyDeclaration, type SharedActor, type SharedActors, type SharedSection } from './model';
import { parseSharedActors, type ParsedSharedActors } from './read';
import { sharedActorsIssues } from './validate';

function actorNode(actor: SharedActor): YAMLMap {
  const properties = map(Object.entries(actor.properties));
  return map([[actor.id, map([...actorFields(actor), ['properties', properties.items.length > 0 ? properties : undefined]])]]);
}

/** `gender: [female, male]`, or `role:` (any value; the null written as nothing, as a user would). */
function renderDeclaration(declaration: PropertyDeclaration, indent: string): string {
  if (declaration.values) return renderNode(map([[declaration.name, textList(declaration.values) ?? flowEmptyList()]]), indent);
  const node = new YAMLMap();
  node.items.push(new Pair(new Scalar(declaration.name), new Scalar(null)));
  return indentLines(new Document(node).toString({ ...YAML_OUTPUT_OPTIONS, nullStr: '' }), indent);
}

/** `[]`: a declaration that allows no value yet is kept as written, not turned into "any value". */
function flowEmptyList(): YAMLSeq {
  const node = new YAMLSeq();
  node.flow = true;
  return node;
}

function codec(section: SharedSection): EntryCodec<unknown> {
  return {
    keyed: true,
    key: (item) => sharedEntryKey(section, item),
    render: (item, indent) => (section === 'actors' ? renderNode(actorNode(item as SharedActor), indent) : renderDeclaration(item as PropertyDeclaration, indent)),
  };
}

function sections(shared: SharedActors): SectionContent<SharedSection>[] {
  return SHARED_SECTIONS.map((name) => ({ name, items: shared[name], codec: codec(name) }));
}

/**
 * The file's text for `shared`; `previous` (its text or parse) keeps what did not change.
 * @throws SidecarNotWritableError when `previous` has errors: it is never overwritten.
 * @throws Error when the model breaks an invariant (duplicate ids, empty names).
 */
export function writeSharedActors(shared: SharedActors, previous?: ParsedSharedActors | string): string {
  const issues = sharedActorsIssues(shared);
  if (issues.length > 0) throw new Error(`cannot write these shared actors: ${issues.join('; ')}`);
  if (previous === undefined) return renderFile(sections(shared));
  const parsed = typeof previous === 'string' ? parseSharedActors(previous) : previous;
  if (!isWritable(parsed.problems)) throw new SidecarNotWritableError(parsed.problems, shareRefusal(parsed));
  if (!parsed.layout.splicable) return renderFile(sections(shared));
  return spliceFile(parsed.source, parsed.layout, sections(shared));
}

function shareRefusal(parsed: ParsedSharedActors): string {
  const first = parsed.problems.find((problem) => problem.severity === 'error');
  return 'refusing to overwrite a shared actors file with errors' + (first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : '');
}
