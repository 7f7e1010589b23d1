/**
 * Marginalia's French vocabulary: an English string that uses a term must use its French
 * equivalent, so that the UI says « citation » everywhere and never « quote » here and
 * « citation » there. Word boundaries keep "Suggested" from counting as "suggestion".
 */
export const GLOSSARY: readonly { readonly english: RegExp; readonly french: RegExp; readonly term: string }[] = [
  { english: /\bactors?\b/i, french: /acteur/i, term: 'actor → acteur' },
  // "quotation marks" are « guillemets », not citations
  { english: /\bquotations?\b(?! marks)/i, french: /citation/i, term: 'quotation → citation' },
  { english: /\bsidecars?\b/i, french: /fichiers? d'annotations/i, term: "sidecar → fichier d'annotations (.ann.yaml)" },
  { english: /\bmentions?\b/i, french: /mention/i, term: 'mention → mention' },
  { english: /\borphan(s|ed)?\b/i, french: /orphelin/i, term: 'orphan → orpheline' },
  { english: /\bsuggestions?\b/i, french: /suggestion/i, term: 'suggestion → suggestion' },
  { english: /\btopics?\b/i, french: /thème/i, term: 'topic → thème' },
];

/** English words that must not be left in French strings (outside code spans). */
export const UNTRANSLATED = /\b(sidecars?|quotations?|actors?|topics?|orphans?)\b/i;

/** The glossary terms `french` fails to use for `english`, plus English words left in it. */
export function glossaryProblems(english: string, french: string): string[] {
  const problems = GLOSSARY.filter((entry) => entry.english.test(english) && !entry.french.test(french)).map((entry) => entry.term);
  const left = french.replace(/`[^`]*`/g, '').match(UNTRANSLATED);
  if (left) problems.push(`English "${left[0]}" left in the French`);
  return problems;
}
