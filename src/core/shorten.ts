/** Short forms of texts for messages, pickers and labels. */

/** `text` when it has at most `max` characters, else its first `max - 1` and an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** `text` on one line (every run of whitespace one space), then {@link truncate}d. */
export function oneLine(text: string, max: number): string {
  return truncate(text.replace(/\s+/g, ' '), max);
}
