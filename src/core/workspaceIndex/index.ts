/** The workspace index's model: entries persisted per workspace, their freshness, and the inverted indexes over them. */
export { ActorIndex, type ArticleReferences, type SymbolHit } from './actorIndex';
export { contentHash, textHash } from './contentHash';
export { freshness, RACY_MARGIN_MS, sameStamp, type Freshness } from './freshness';
export { CACHE_FORMAT, CACHE_VERSION, parseIndexCache, serializeIndexCache, type IndexCache, type ParsedIndexCache } from './indexCache';
export { indexEntryOf, mentionRanges, type FileStamp, type FlatRanges, type IndexEntry } from './indexEntry';
export { ViewCache } from './viewCache';
