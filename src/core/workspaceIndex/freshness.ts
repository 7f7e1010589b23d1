/**
 * When a persisted entry may be trusted without reading its files again. A file stamp (mtime,
 * size) that changed means the file changed (or was touched: the content hash tells). A stamp
 * that did not change is proof only when the file had not been modified around the time it was
 * read: file systems keep mtimes in coarse ticks (1 s, 2 s on FAT, some network shares), and a
 * write in the same tick as the read, keeping the size, would leave the stamp as it was
 * ("racy" entries, as git calls them). Those are checked by content hash.
 */
import type { FileStamp, IndexEntry } from './indexEntry';

/** The coarsest mtime tick of the file systems a workspace may sit on, with a margin for clock skew. */
export const RACY_MARGIN_MS = 3000;

/** `fresh`: use the entry; `verify`: read the files and compare hashes; `changed`: read them, the stamp moved. */
export type Freshness = 'fresh' | 'verify' | 'changed';

export function freshness(entry: Pick<IndexEntry, 'article' | 'sidecar' | 'readAt'>, now: { readonly article: FileStamp; readonly sidecar: FileStamp }): Freshness {
  if (!sameStamp(entry.article, now.article) || !sameStamp(entry.sidecar, now.sidecar)) return 'changed';
  const newest = Math.max(entry.article.mtime, entry.sidecar.mtime);
  return newest >= entry.readAt - RACY_MARGIN_MS ? 'verify' : 'fresh';
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtime === b.mtime && a.size === b.size;
}
