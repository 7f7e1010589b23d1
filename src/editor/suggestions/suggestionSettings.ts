import * as vscode from 'vscode';

/** Which kinds of suggestions the user wants (`marginalia.suggestions.entities` / `.quotations`). */
export interface SuggestionSettings {
  readonly entities: boolean;
  readonly quotations: boolean;
}

export const SUGGESTION_SETTINGS_SECTION = 'marginalia.suggestions';

export function suggestionSettings(scope?: vscode.Uri): SuggestionSettings {
  const config = vscode.workspace.getConfiguration(SUGGESTION_SETTINGS_SECTION, scope);
  return { entities: config.get<boolean>('entities', true), quotations: config.get<boolean>('quotations', true) };
}
