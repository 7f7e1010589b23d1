import type { TextChange } from './anchoring';

/**
 * The one replacement of whole lines that turns `before` into `after`: what the two texts do
 * not share at their start and end, widened to line boundaries. A workspace edit built from it
 * touches only the lines that changed (the rename preview shows them, undo restores them), and
 * its ends never fall inside a CRLF pair or a surrogate pair. `start`/`end` are offsets in
 * `before`; applying the change to `before` gives `after`.
 */
export function smallestChange(before: string, after: string): TextChange {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Back to the start of the line the first difference is on.
  prefix = prefix === 0 ? 0 : before.lastIndexOf('\n', prefix - 1) + 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Forward to the start of the line after the last difference (or the end of the text).
  while (suffix > 0 && before.charCodeAt(before.length - suffix - 1) !== 0x0a) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
