/**
 * A quotation as a citation to paste elsewhere: «…» — Speaker, article.
 * The quoted text keeps its own quotation marks; bare text gets guillemets.
 */
export function formatCitation(quoted: string, speaker: string | undefined, article: string): string {
  const flat = quoted.replace(/\s+/g, ' ').trim();
  const marked = /^["«“„‹‘'‚「『]/u.test(flat) ? flat : `«${flat}»`;
  const source = [speaker, article].filter((part) => part && part.trim()).join(', ');
  return source ? `${marked} — ${source}` : marked;
}
