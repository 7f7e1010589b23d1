import * as vscode from 'vscode';
import { DEFAULT_ACTOR_TYPES } from '../core/model';
import { kindLabel } from './localizedLabels';

/** How a type of actor looks: a themable colour id (default types) or a colour from settings. */
export interface ActorTypeStyle {
  readonly type: string;
  readonly label: string;
  readonly color: vscode.ThemeColor | string;
  readonly icon: string;
}

const DEFAULT_ICONS: Record<string, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  date: 'calendar',
  event: 'zap',
  work: 'book',
  misc: 'tag',
};

/**
 * A codicon name (`flame`, `symbol-event`): what a `$(name)` in a hover or a ThemeIcon takes.
 * The setting is text from the workspace and the hover's markdown is trusted: anything else
 * (markdown, a link, a command) is ignored.
 */
const CODICON = /^[a-z0-9-]+$/;

export function codiconOr(icon: unknown, fallback: string): string {
  return typeof icon === 'string' && CODICON.test(icon) ? icon : fallback;
}

/** Default types plus the user's `marginalia.types` setting (`{ "weapon": { "color": "#c50", "icon": "flame" } }`). */
export function actorTypeStyles(): ActorTypeStyle[] {
  const styles: ActorTypeStyle[] = DEFAULT_ACTOR_TYPES.map((type) => ({
    type,
    label: kindLabel(type),
    color: new vscode.ThemeColor(`marginalia.${type}`),
    icon: Object.hasOwn(DEFAULT_ICONS, type) ? DEFAULT_ICONS[type] : 'tag',
  }));
  const custom = vscode.workspace.getConfiguration('marginalia').get<Record<string, { color?: string; icon?: string; label?: string }>>('types') ?? {};
  for (const [type, settings] of Object.entries(custom)) {
    // `Object.hasOwn`: a type named `constructor` is a type, not a property of every object.
    if (Object.hasOwn(DEFAULT_ICONS, type) || typeof settings !== 'object' || settings === null) continue;
    styles.push({
      type,
      label: typeof settings.label === 'string' ? settings.label : type,
      color: typeof settings.color === 'string' ? settings.color : '#888888',
      icon: codiconOr(settings.icon, 'tag'),
    });
  }
  return styles;
}

export function styleOf(type: string, styles: readonly ActorTypeStyle[]): ActorTypeStyle {
  return styles.find((s) => s.type === type) ?? styles.find((s) => s.type === 'misc')!;
}
