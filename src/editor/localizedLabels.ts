import * as vscode from 'vscode';
import { DEFAULT_ACTOR_TYPES, type DefaultActorType } from '../core/model';
import type { GroupNode } from '../core/outline/outlineModel';
import type { SuggestionKind } from '../core/suggestions';

/*
 * Names the core keeps in English (types, suggestion kinds, outline groups), translated for
 * display. Each one is a literal `l10n.t` call, never `l10n.t(variable)`, so that
 * test/unit/l10n can check that every message has its translation.
 */

/** The display name of a default actor type or suggestion kind ("person", "quotation"…). */
export function kindLabel(kind: DefaultActorType | SuggestionKind): string {
  switch (kind) {
    case 'person':
      return vscode.l10n.t('person');
    case 'organization':
      return vscode.l10n.t('organization');
    case 'place':
      return vscode.l10n.t('place');
    case 'date':
      return vscode.l10n.t('date');
    case 'event':
      return vscode.l10n.t('event');
    case 'work':
      return vscode.l10n.t('work');
    case 'misc':
      return vscode.l10n.t('misc');
    case 'quotation':
      return vscode.l10n.t('quotation');
  }
}

/** The display name of any actor type: a default one translated, a type of the user's as written. */
export function actorTypeLabel(type: string): string {
  return (DEFAULT_ACTOR_TYPES as readonly string[]).includes(type) ? kindLabel(type as DefaultActorType) : type;
}

/** The label of an outline group. */
export function outlineGroupLabel(group: GroupNode['group']): string {
  switch (group) {
    case 'actors':
      return vscode.l10n.t('Actors');
    case 'quotations':
      return vscode.l10n.t('Quotations');
    case 'topics':
      return vscode.l10n.t('Topics');
    case 'orphans':
      return vscode.l10n.t('Orphans');
  }
}
