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

/** Default types plus the user's `marginalia.types` setting (`{ "weapon": { "color": "#c50", "icon": "flame" } }`). */
export function actorTypeStyles(): ActorTypeStyle[] {
  const styles: ActorTypeStyle[] = DEFAULT_ACTOR_TYPES.map((type) => ({
    type,
    label: kindLabel(type),
    color: new vscode.ThemeColor(`marginalia.${type}`),
    icon: DEFAULT_ICONS[type] ?? 'tag',
  }));
  const custom = vscode.workspace.getConfiguration('marginalia').get<Record<string, { color?: string; icon?: string; label?: string }>>('types') ?? {};
  for (const [type, settings] of Object.entries(custom)) {
    if (DEFAULT_ICONS[type]) continue;
    styles.push({ type, label: settings.label ?? type, color: settings.color ?? '#888888', icon: settings.icon ?? 'tag' });
  }
  return styles;
}

export function styleOf(type: string, styles: readonly ActorTypeStyle[]): ActorTypeStyle {
  return styles.find((s) => s.type === type) ?? styles.find((s) => s.type === 'misc')!;
}
