import * as vscode from 'vscode';
import { speakerSetting, type SpeakerSetting } from '../../core/suggestions';

/** Which kinds of suggestions the user wants (`marginalia.suggestions.entities` / `.quotations` / `.speakers`). */
export interface SuggestionSettings {
  readonly entities: boolean;
  readonly quotations: boolean;
  /** How sure a suggested speaker must be (core/suggestions/quotations/speakerConfidence.ts). */
  readonly speakers: SpeakerSetting;
}

export const SUGGESTION_SETTINGS_SECTION = 'marginalia.suggestions';

export function suggestionSettings(scope?: vscode.Uri): SuggestionSettings {
  const config = vscode.workspace.getConfiguration(SUGGESTION_SETTINGS_SECTION, scope);
  return { entities: config.get<boolean>('entities', true), quotations: config.get<boolean>('quotations', true), speakers: speakerSetting(config.get<string>('speakers', 'precise')) };
}
