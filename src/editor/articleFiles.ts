import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core/model';
import { blocksWriting, decodeUtf8, parseSidecar, SidecarNotWritableError, type DecodedText, type ParsedSidecar, type SidecarProblem } from '../core/sidecar';
import { problemMessage } from './localizedMessage';

/** Languages whose documents Marginalia annotates. */
export const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

export function isArticle(document: vscode.TextDocument): boolean {
  return (
    ARTICLE_LANGUAGES.has(document.languageId) &&
    !document.uri.path.endsWith(SIDECAR_SUFFIX) &&
    (document.uri.scheme === 'untitled' || holdsSidecars(document.uri.scheme))
  );
}

/**
 * Whether files of this scheme can have a sidecar beside them: local and remote files, and any
 * file system VS Code can write — github.dev's `vscode-vfs:`, in-memory ones, the web's own.
 * Not the read-only views of a file (`git:`, the other side of a diff), nor documents that are
 * no file (output, notebook cells).
 */
export function holdsSidecars(scheme: string): boolean {
  return scheme === 'file' || scheme === 'vscode-remote' || vscode.workspace.fs.isWritableFileSystem(scheme) === true;
}

export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path + SIDECAR_SUFFIX });
}

export function articleUriFor(sidecar: vscode.Uri): vscode.Uri | undefined {
  return sidecar.path.endsWith(SIDECAR_SUFFIX)
    ? sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) })
    : undefined;
}

/** The document of `uri` if VS Code has it open (in an editor or not). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
    throw error;
  }
}

/**
 * A sidecar as read once for everyone who follows it (the session of its article, the Problems
 * panel, the workspace index): its text, and its parse made on first use only, so a change
 * that nobody needs parsed (the session's own write coming back) is never parsed.
 */
export class SidecarRead {
  private parse: ParsedSidecar | undefined;
  constructor(private readonly decoded: DecodedText) {}
  /** The text (bytes that are not UTF-8 as U+FFFD: for comparing and showing, never for writing back). */
  get text(): string {
    return this.decoded.text;
  }
  /** Not UTF-8: the first bad byte's place (the parse reports it too, as its only problem). */
  get encodingProblems(): readonly SidecarProblem[] {
    return this.decoded.problems;
  }
  get parsed(): ParsedSidecar {
    this.parse ??= parseSidecar(this.decoded);
    return this.parse;
  }
}

/**
 * The sidecar's text (undefined when there is none): the open document's, with the user's
 * unsaved edits, or the file's, decoded as the CLI does: bytes that are not UTF-8 are an error
 * at the first of them. An editor shows such a file with U+FFFD, so a document holding one is
 * checked against the bytes on disk.
 */
export async function readSidecar(sidecar: vscode.Uri): Promise<SidecarRead | undefined> {
  const open = openDocument(sidecar);
  const asOpen = open && new SidecarRead({ text: open.getText(), problems: [] });
  if (asOpen && !asOpen.text.includes('\uFFFD')) return asOpen;
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(sidecar);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return asOpen;
    throw error;
  }
  const decoded = decodeUtf8(bytes);
  return asOpen && decoded.problems.length === 0 ? asOpen : new SidecarRead(decoded);
}

/**
 * The sidecar's text for a change that writes it back (see {@link readSidecar}).
 * @throws Error when its bytes are not UTF-8: writing the text back would replace them for good.
 */
export async function readSidecarText(sidecar: vscode.Uri): Promise<string | undefined> {
  const read = await readSidecar(sidecar);
  // Only the encoding is checked here: the caller reads the text to repair it (conflict markers).
  if (read && read.encodingProblems.length > 0) throw notWritableError(sidecar, read.encodingProblems);
  return read?.text;
}

/** Why Marginalia will not write a sidecar with errors: the first of them, with its line. */
export function notWritableError(sidecar: vscode.Uri, problems: readonly SidecarProblem[]): SidecarNotWritableError {
  const first = problems.find(blocksWriting);
  return new SidecarNotWritableError(
    problems,
    vscode.l10n.t('{0} has errors (line {1}: {2}); fix it before annotating — Marginalia will not overwrite it.', vscode.workspace.asRelativePath(sidecar), first?.line ?? '?', first ? problemMessage(first) : ''),
  );
}

/** Writes a whole sidecar on the local disk (a `file:` URI). */
export type LocalSidecarWrite = (sidecar: vscode.Uri, text: string) => void;

let writeLocal: LocalSidecarWrite | undefined;

/**
 * The desktop entry gives the atomic write of src/node (temporary file renamed over the
 * sidecar, symbolic links refused); the web worker has no Node and writes through
 * `vscode.workspace.fs`, whose file systems write a file whole.
 */
export function writeLocalSidecarsWith(write: LocalSidecarWrite): void {
  writeLocal = write;
}

/**
 * Writes the sidecar. When it is open in an editor the write goes through the document, so the
 * user's unsaved edits are never clobbered (the caller computed `text` from that document's
 * content) and undo works there; a document that was clean is saved again.
 */
export async function writeSidecarText(sidecar: vscode.Uri, text: string): Promise<void> {
  const open = openDocument(sidecar);
  if (!open) {
    if (sidecar.scheme === 'file' && writeLocal) writeLocal(sidecar, text);
    else await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(text));
    return;
  }
  if (open.getText() === text) return;
  const wasDirty = open.isDirty;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(sidecar, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  if (!wasDirty) await open.save();
}
