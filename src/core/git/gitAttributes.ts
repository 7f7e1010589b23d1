/** The `.gitattributes` line of the merge driver, added once and only once. */
import { gitAttributesLine, MERGE_DRIVER_NAME } from '../merge/setup';

/**
 * `.gitattributes` with the driver's line appended, or undefined when it already sends
 * sidecars to the driver (the exact line, or `*.ann.yaml` with `merge=marginalia` among other
 * attributes). `existing` undefined: there is no file yet.
 */
export function withMergeDriverAttribute(existing: string | undefined): string | undefined {
  const text = existing ?? '';
  const present = text.split(/\r?\n/).some((line) => {
    const [pattern, ...attributes] = line.trim().split(/\s+/);
    return pattern === '*.ann.yaml' && attributes.includes(`merge=${MERGE_DRIVER_NAME}`);
  });
  if (present) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : eol;
  return `${text}${separator}${gitAttributesLine()}${eol}`;
}
