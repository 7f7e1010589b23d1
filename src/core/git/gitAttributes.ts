/** The `.gitattributes` lines of the merge driver, each added once and only once. */
import { MERGE_DRIVER_NAME, MERGE_DRIVER_PATTERNS } from '../merge/setup';

/**
 * `.gitattributes` with the driver's lines appended (`*.ann.yaml merge=marginalia`, and the
 * same for `marginalia.actors.yaml`), or undefined when it already sends both to the driver
 * (the exact line, or the pattern with `merge=marginalia` among other attributes).
 * `existing` undefined: there is no file yet.
 */
export function withMergeDriverAttribute(existing: string | undefined): string | undefined {
  const text = existing ?? '';
  const present = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const [pattern, ...attributes] = line.trim().split(/\s+/);
    if (attributes.includes(`merge=${MERGE_DRIVER_NAME}`)) present.add(pattern);
  }
  const missing = MERGE_DRIVER_PATTERNS.filter((pattern) => !present.has(pattern));
  if (missing.length === 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  return `${text}${separator}${missing.map((pattern) => `${pattern} merge=${MERGE_DRIVER_NAME}${eol}`).join('')}`;
}
