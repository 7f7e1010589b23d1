import * as vscode from 'vscode';
import { pickTitleMessage, RECORDED_CONFLICT_CODE, recordedConflictSites, resolveRecordedConflict, type RecordedConflictSite } from '../../core/git/recordedConflicts';
import type { ConflictSide } from '../../core/merge/resolveConflict';
import { findConflictMarkers, parseSidecar } from '../../core/sidecar';
import { readSidecarText, writeSidecarText } from '../articleFiles';
import { localize } from '../localizedMessage';

export const MERGE_WITH_DRIVER_COMMAND = 'marginalia.mergeConflictedSidecar';
export const RESOLVE_CONFLICT_COMMAND = 'marginalia.resolveRecordedConflict';

/** Sidecars and shared actors files, whatever language they are opened as (YAML, usually). */
export const SIDECAR_SELECTOR: vscode.DocumentSelector = [{ scheme: 'file', pattern: '**/*.ann.yaml' }, { scheme: 'file', pattern: '**/marginalia.actors.yaml' }];

const SIDES: readonly ConflictSide[] = ['ours', 'theirs', 'base'];

/**
 * Quick Fixes on a sidecar in conflict: git's conflict markers (merged without the driver) get
 * "Merge with Marginalia's merge driver"; each conflict the driver recorded in the
 * `conflicts:` section gets "Keep ours", "Take theirs" and "Keep base".
 */
export class SidecarConflictQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  private cached: { uri: string; version: number; sites: RecordedConflictSite[] } | undefined;

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const text = document.getText();
    if (findConflictMarkers(text).length > 0) return vscode.workspace.isTrusted ? [this.mergeWithDriver(document, context)] : [];
    return this.sitesOf(document, text)
      .filter((site) => siteRange(site).intersection(range) !== undefined)
      .flatMap((site) => SIDES.filter((side) => site.sides.includes(side)).map((side) => this.pickSide(document, site, side, context)));
  }

  private mergeWithDriver(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction {
    const title = vscode.l10n.t("Merge with Marginalia's merge driver");
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.code === 'merge-conflict');
    action.isPreferred = true;
    action.command = { command: MERGE_WITH_DRIVER_COMMAND, title, arguments: [document.uri] };
    return action;
  }

  private pickSide(document: vscode.TextDocument, site: RecordedConflictSite, side: ConflictSide, context: vscode.CodeActionContext): vscode.CodeAction {
    const title = localize(pickTitleMessage(site.conflict, side));
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    const range = siteRange(site);
    action.diagnostics = context.diagnostics.filter((d) => d.code === RECORDED_CONFLICT_CODE && d.range.intersection(range) !== undefined);
    action.command = { command: RESOLVE_CONFLICT_COMMAND, title, arguments: [document.uri, site.index, side, site.conflict.path] };
    return action;
  }

  /** The recorded conflicts, parsed once per version of the document (the cursor moves often). */
  private sitesOf(document: vscode.TextDocument, text: string): RecordedConflictSite[] {
    const key = document.uri.toString();
    if (this.cached?.uri === key && this.cached.version === document.version) return this.cached.sites;
    // Most sidecars have no conflicts section: no need to parse them.
    const sites = /^conflicts:/m.test(text) ? recordedConflictSites(parseSidecar(text)) : [];
    this.cached = { uri: key, version: document.version, sites };
    return sites;
  }
}

/** Resolves a recorded conflict in the sidecar (through its editor when open, so it can be undone there). */
export async function resolveRecordedConflictCommand(sidecar: vscode.Uri, index: number, side: ConflictSide, conflictPath?: string): Promise<void> {
  const source = await readSidecarText(sidecar);
  if (source === undefined) throw new Error(vscode.l10n.t('{0} no longer exists.', vscode.workspace.asRelativePath(sidecar)));
  await writeSidecarText(sidecar, resolveRecordedConflict(source, index, side, conflictPath));
}

function siteRange(site: RecordedConflictSite): vscode.Range {
  return new vscode.Range(site.line - 1, site.column - 1, site.endLine - 1, site.endColumn - 1);
}
