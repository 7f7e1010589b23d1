import * as vscode from 'vscode';

/**
 * The corpus page's words in the display language. The page cannot call vscode.l10n, so the
 * host translates them once and sends them; the keys are what the page asks for. Placeholders
 * are passed through as themselves: the page fills them in (see main.ts `t`).
 */
export function corpusStrings(): Record<string, string> {
  return {
    search: vscode.l10n.t('Search quotations, speakers, articles'),
    allTypes: vscode.l10n.t('All speaker types'),
    allKinds: vscode.l10n.t('Direct and indirect'),
    direct: vscode.l10n.t('Direct'),
    indirect: vscode.l10n.t('Indirect'),
    speaker: vscode.l10n.t('Speaker'),
    type: vscode.l10n.t('Type'),
    kind: vscode.l10n.t('Kind'),
    quotation: vscode.l10n.t('Quotation'),
    article: vscode.l10n.t('Article'),
    date: vscode.l10n.t('Date'),
    noSpeaker: vscode.l10n.t('(no speaker)'),
    freeTextSpeaker: vscode.l10n.t('(speaker not an actor)'),
    unknownActor: vscode.l10n.t('(actor not found)'),
    noValue: vscode.l10n.t('(none)'),
    other: vscode.l10n.t('Others'),
    count: vscode.l10n.t('{0} of {1} quotations, {2} articles', '{0}', '{1}', '{2}'),
    empty: vscode.l10n.t('No annotated quotation in this workspace yet: annotate quotations, or accept suggested ones, and they appear here.'),
    noMatch: vscode.l10n.t('No quotation matches the filters.'),
    topSpeakers: vscode.l10n.t('Most quoted speakers'),
    shareBy: vscode.l10n.t('Quotations by'),
    speakerType: vscode.l10n.t('speaker type'),
    perArticle: vscode.l10n.t('Quotations per article'),
    overTime: vscode.l10n.t('Quotations per month'),
    together: vscode.l10n.t('Actors mentioned together'),
    togetherCount: vscode.l10n.t('{0} articles', '{0}'),
    openHint: vscode.l10n.t('Enter or click: open the article at this quotation'),
    sortHint: vscode.l10n.t('Sort by this column'),
    orphan: vscode.l10n.t('no longer found in its article'),
  };
}
