/** The sidecar codec the CLI commands (merge-driver, stats) go through: the core's. */
export { isReadable, sidecarCodec, type ParsedSidecarLike, type SidecarCodec } from '../core/merge/sidecarCodec';
