/**
 * Heads of German noun phrases that can speak: the heads that name a source (./sourceHeads.ts:
 * roles, kin, bodies, documents), which also end compounds ("Regierungssprecher").
 */
export { sourceHeads as speakerNouns } from './sourceHeads';
