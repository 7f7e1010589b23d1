import * as vscode from 'vscode';
import { actorCard, mentionUnder, type ActorCard } from '../../core/navigation';
import { actorTypeStyles, codiconOr, styleOf } from '../actorTypes';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';
import { rangeOf, sessionOf } from './articles';

/** The only commands a hover card may run: Marginalia's own. */
export const HOVER_COMMANDS = ['marginalia.nextMention', 'marginalia.renameActor', 'marginalia.addAliasByName'];

/**
 * A card on a mention: the actor's type, name, aliases and note, how often it is mentioned
 * here and in the workspace, its quotations, and links to move on, rename or add an alias.
 */
export class MentionHoverProvider implements vscode.HoverProvider {
  constructor(private readonly registry: ArticleRegistry, private readonly index: WorkspaceIndex) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const session = await sessionOf(this.registry, document);
    const mention = session && mentionUnder(session.view, document.offsetAt(position));
    if (!session || !mention) return undefined;
    const here = actorCard(session.view, mention.actorId);
    if (!here) return undefined;
    // The other articles counted from the index (actor id → articles), without their views.
    const elsewhere = await this.index.countsElsewhere(mention.actorId, document.uri);
    const card = { ...here, mentionsInWorkspace: here.mentionsInWorkspace + elsewhere.mentions, articles: here.articles + elsewhere.articles };
    return new vscode.Hover(render(card, mention.start), rangeOf(document, mention));
  }
}

function render(card: ActorCard, offset: number): vscode.MarkdownString {
  const { actor } = card;
  const style = styleOf(actor.type, actorTypeStyles());
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  // Trusted markdown: only a codicon name goes in raw, whatever the settings hold.
  md.appendMarkdown(`$(${codiconOr(style.icon, 'tag')}) `).appendText(style.label).appendMarkdown(' — **').appendText(actor.name).appendMarkdown('**');
  if (actor.externalId) md.appendMarkdown(' · ').appendText(actor.externalId);
  md.appendMarkdown('\n\n');
  if (actor.aliases.length > 0) md.appendMarkdown(`*${vscode.l10n.t('Also:')}* `).appendText(actor.aliases.join(', ')).appendMarkdown('\n\n');
  if (actor.note) md.appendText(actor.note).appendMarkdown('\n\n');
  md.appendText(
    card.articles > 1
      ? vscode.l10n.t('{0} mentions here · {1} in {2} articles', card.mentionsHere, card.mentionsInWorkspace, card.articles)
      : vscode.l10n.t('{0} mentions here', card.mentionsHere),
  );
  md.appendMarkdown('\n\n');
  for (const quotation of card.quotations) md.appendMarkdown('- $(quote) ').appendText(quotation).appendMarkdown('\n');
  if (card.quotations.length > 0) md.appendMarkdown('\n');
  const link = (title: string, command: string, args: object) =>
    `[${title}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
  md.appendMarkdown(
    [
      link(vscode.l10n.t('Next mention'), 'marginalia.nextMention', { actorId: actor.id, offset }),
      link(vscode.l10n.t('Rename…'), 'marginalia.renameActor', { actorId: actor.id }),
      link(vscode.l10n.t('Add alias…'), 'marginalia.addAliasByName', { actorId: actor.id }),
    ].join(' · '),
  );
  return md;
}
