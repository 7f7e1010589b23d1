/**
 * The typographic conventions of Marginalia's French UI strings, as one checker shared by the
 * bundle and package.nls tests:
 * - an espace insécable (U+00A0) before « : ; ! ? » used as punctuation, and inside « »;
 * - « » for quotations, never ASCII double quotes.
 * Code spans (`…`) and Markdown link targets (`](…)`) are left alone: they are not prose.
 * @returns what is wrong, empty when the string follows the conventions.
 */
export function frenchTypographyProblems(text: string): string[] {
  const prose = text.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, ']');
  const problems: string[] = [];
  for (const match of prose.matchAll(/(.)([:;!?])(?=\s|$)/gu)) {
    if (match[1] !== '\u00a0') problems.push(`no espace insécable before "${match[2]}" in "${excerpt(prose, match.index)}"`);
  }
  for (const match of prose.matchAll(/«(.)|(.)»/gu)) {
    if ((match[1] ?? match[2]) !== '\u00a0') problems.push(`no espace insécable inside « » in "${excerpt(prose, match.index)}"`);
  }
  if (prose.includes('"')) problems.push(`ASCII double quotes instead of « » in "${prose}"`);
  return problems;
}

function excerpt(text: string, index: number): string {
  return text.slice(Math.max(0, index - 15), index + 15);
}
