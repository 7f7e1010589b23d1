import * as vscode from 'vscode';
import type { Annotations } from '../../core/model';
import { blocksWriting, isWritable, parseSidecar, writeSidecar, type SidecarProblem } from '../../core/sidecar';
import { smallestChange } from '../../core/smallestChange';
import { readSidecar, sidecarUriFor } from '../articleFiles';
import { errorText, problemMessage } from '../localizedMessage';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';

/** What renaming an actor did in the other articles of the workspace that share its id. */
export interface RenameElsewhere {
  /** Edits of the sidecars of articles that are not open (VS Code applies them, undo included). */
  readonly edit: vscode.WorkspaceEdit;
  /** Open articles renamed through their session (each one's Marginalia: Undo reverts it there). */
  readonly renamedOpen: readonly vscode.Uri[];
  /** Sidecars left as they were, and why (errors in the file, an id already taken there). */
  readonly skipped: readonly { readonly sidecar: vscode.Uri; readonly reason: string }[];
}

/**
 * Applies `change` (a rename of actor `actorId`) to every other annotated article of the
 * workspace whose sidecar has that id: ids are shared between articles, so the actor is the
 * same one there. An open article goes through its session, like an edit made in it; a closed
 * one gets a workspace edit of its sidecar, limited to the lines that change. A sidecar with
 * errors is never written: it is listed in `skipped`.
 */
export async function renameInOtherArticles(
  registry: ArticleRegistry,
  index: WorkspaceIndex,
  origin: vscode.Uri,
  actorId: string,
  label: string,
  change: (annotations: Annotations) => Annotations,
): Promise<RenameElsewhere> {
  const edit = new vscode.WorkspaceEdit();
  const renamedOpen: vscode.Uri[] = [];
  const skipped: { sidecar: vscode.Uri; reason: string }[] = [];
  const metadata: vscode.WorkspaceEditEntryMetadata = { label: vscode.l10n.t('The same actor in other articles'), needsConfirmation: false };
  // Only the articles listing the id, and those whose sidecar could not be read in full.
  for (const article of await index.listingOrUnreadable(actorId)) {
    if (article.uri.toString() === origin.toString()) continue;
    const sidecar = sidecarUriFor(article.uri);
    const skip = (reason: string) => skipped.push({ sidecar, reason });
    const session = registry.get(article.uri);
    if (!article.annotations.actors.some((actor) => actor.id === actorId)) {
      // A sidecar with errors (conflict markers, broken YAML) may hold the actor all the same:
      // when its text has the id as a key, it is reported rather than silently left behind.
      if (article.sidecarWritable) continue;
      const read = session ? undefined : await readSidecar(sidecar);
      const source = session?.sidecarSourceText ?? read?.text;
      if (source !== undefined && hasKey(source, actorId)) skip(problemText(session?.sidecarProblems ?? read!.parsed.problems));
      continue;
    }
    if (session) {
      if (!session.writable) {
        skip(problemText(session.sidecarProblems));
        continue;
      }
      try {
        await session.update(label, change);
        renamedOpen.push(article.uri);
      } catch (error) {
        skip(errorText(error));
      }
      continue;
    }
    // The sidecar's document (opened without an editor): the edit's ranges are its positions.
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(sidecar);
    } catch (error) {
      skip(errorText(error)); // deleted since indexed, unreadable
      continue;
    }
    const source = document.getText();
    const parsed = parseSidecar(source);
    if (!isWritable(parsed.problems)) {
      skip(problemText(parsed.problems));
      continue;
    }
    if (!parsed.annotations.actors.some((actor) => actor.id === actorId)) continue; // the index was behind
    let text: string;
    try {
      text = writeSidecar(change(parsed.annotations), parsed);
    } catch (error) {
      skip(errorText(error));
      continue;
    }
    if (text === source) continue;
    const { start, end, text: replacement } = smallestChange(source, text);
    edit.replace(sidecar, new vscode.Range(document.positionAt(start), document.positionAt(end)), replacement, metadata);
  }
  return { edit, renamedOpen, skipped };
}

/** Whether `id` is a key of some mapping in the YAML text (`  id:`), whether it parses or not. */
function hasKey(source: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^[ \t]*["']?${escaped}["']?[ \t]*:`, 'm').test(source);
}

function problemText(problems: readonly SidecarProblem[]): string {
  const first = problems.find(blocksWriting);
  return first ? vscode.l10n.t('line {0}: {1}', first.line, problemMessage(first)) : vscode.l10n.t('it has errors');
}
