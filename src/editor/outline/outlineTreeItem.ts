import * as vscode from 'vscode';
import type { OutlineNode } from '../../core/outline/outlineModel';
import { actorTypeStyles, styleOf, type ActorTypeStyle } from '../actorTypes';
import { outlineGroupLabel } from '../localizedLabels';
import { localize } from '../localizedMessage';

/** What the user sees of a node: label, counts, icon, menus (contextValue), click action. */
export function outlineTreeItem(node: OutlineNode, expanded: boolean | undefined, styles: readonly ActorTypeStyle[] = actorTypeStyles()): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, collapsibleState(node, expanded));
  item.id = node.id;
  item.description = node.description;
  switch (node.kind) {
    case 'group':
      item.label = outlineGroupLabel(node.group);
      item.iconPath = new vscode.ThemeIcon({ actors: 'account', quotations: 'quote', topics: 'tag', orphans: 'warning' }[node.group]);
      item.contextValue = `group.${node.group}`;
      break;
    case 'type': {
      const style = styleOf(node.actorType, styles);
      item.label = capitalise(style.type === node.actorType ? style.label : node.actorType);
      item.iconPath = typeIcon(style);
      item.contextValue = 'type';
      break;
    }
    case 'actor': {
      item.iconPath = typeIcon(styleOf(node.actorType, styles));
      item.contextValue = 'actor';
      item.tooltip = new vscode.MarkdownString(
        `**${escape(node.label)}** · ${escape(node.actorType)}\n\n${vscode.l10n.t('{0} mentions', node.mentionCount)}`,
      );
      break;
    }
    case 'speaker':
      item.iconPath = new vscode.ThemeIcon(node.unattributed ? 'question' : node.actorId ? 'person' : 'comment');
      item.contextValue = node.unattributed ? 'speaker.none' : node.actorId ? 'speaker.actor' : 'speaker.text';
      if (node.unattributed) item.label = vscode.l10n.t('Unattributed');
      break;
    case 'topic':
      item.iconPath = new vscode.ThemeIcon('tag');
      item.contextValue = 'topic';
      break;
    case 'file':
      item.resourceUri = vscode.Uri.parse(node.article);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'file';
      break;
    case 'mention':
    case 'quotation':
    case 'passage':
      item.label = node.highlight ? { label: node.label, highlights: [[node.highlight[0], node.highlight[1]]] } : node.span ? node.label : vscode.l10n.t('(orphan)');
      item.description = node.line === undefined ? vscode.l10n.t('orphan') : vscode.l10n.t('line {0}', node.line + 1);
      if (node.kind === 'quotation' && node.indirect) item.description = vscode.l10n.t('{0} · indirect speech', item.description);
      item.iconPath = new vscode.ThemeIcon(node.kind === 'mention' ? (node.source === 'added' ? 'edit' : 'symbol-text') : node.kind === 'quotation' ? 'quote' : 'symbol-string');
      item.contextValue = node.kind === 'mention' ? `mention.${node.source ?? 'name'}` : node.kind;
      if (node.kind === 'quotation' && node.text) {
        const text = node.indirect ? `${vscode.l10n.t('Indirect speech')}: ${node.text}` : node.text;
        item.tooltip = node.speaker ? `${text}\n— ${node.speaker}` : text;
      }
      if (node.span) item.command = { command: 'marginalia.outline.reveal', title: vscode.l10n.t('Reveal in Article'), arguments: [node] };
      break;
    case 'orphan':
      item.iconPath = new vscode.ThemeIcon('warning');
      item.contextValue = 'orphan';
      if (node.reason) item.description = localize(node.reason);
      item.tooltip = vscode.l10n.t('Could not be found in the text ({0}); it is kept in the sidecar.', node.reason ? localize(node.reason) : node.description ?? '');
      break;
  }
  return item;
}

function collapsibleState(node: OutlineNode, expanded: boolean | undefined): vscode.TreeItemCollapsibleState {
  if (node.children.length === 0) return vscode.TreeItemCollapsibleState.None;
  // What the user did wins; otherwise groups and types start open, everything else closed.
  const open = expanded ?? (node.kind === 'group' || node.kind === 'type');
  return open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}

function typeIcon(style: ActorTypeStyle): vscode.ThemeIcon {
  return style.color instanceof vscode.ThemeColor ? new vscode.ThemeIcon(style.icon, style.color) : new vscode.ThemeIcon(style.icon);
}

function capitalise(label: string): string {
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
