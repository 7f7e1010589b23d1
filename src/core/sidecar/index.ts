/**
 * The sidecar file format (`article.txt.ann.yaml`): read with precise problems, written with
 * minimal diffs. See README "The sidecar format" and schemas/ann.schema.json.
 */
export { FORMAT_VERSION, SECTIONS, type SectionName } from './format';
export { decodeArticle, decodeUtf8, type DecodedText } from './decode';
export { checkArticleText, findConflictMarkers, MAX_TEXT_LENGTH, mebi } from './guards';
export { anchorKey } from './identity';
export { blocksWriting, isWritable, SidecarNotWritableError, type SidecarProblem, type SidecarProblemCode } from './problems';
export { describeConflict, describeConflictMessage, normalizeSource, parseSidecar, type AnchorSite, type ParsedSidecar } from './read';
export { parseSidecarModel, parseSidecarModelFromBytes, readSidecarQuickly, type SidecarModel } from './quickRead';
export { modelIssues } from './validate';
export { writeSidecar } from './write';
