/** The sidecar codecs the CLI commands go through: the core's (merge-driver), and the quick reader's for commands that only read (stats, export). */
export { isReadable, readingCodec, sidecarCodec, type ParsedSidecarLike, type SidecarCodec } from '../core/merge/sidecarCodec';
