/**
 * The workspace's shared actors (`marginalia.actors.yaml`): read with precise problems, written
 * with minimal diffs, merged into every article. See README "Shared actors".
 */
export {
  EMPTY_SHARED_ACTORS, SHARED_ACTORS_FILE, type ActorProperties, type PropertyDeclaration, type SharedActor, type SharedActors,
} from './model';
export { parseSharedActors, type ParsedSharedActors } from './read';
export { writeSharedActors } from './write';
export { sharedActorsIssues } from './validate';
export { mergeActor, ownAnnotations, ownPart, propertiesLookup, withSharedActors } from './merge';
export { promoteActor, propertyNames, renameSharedActor, setActorProperty, valuesToOffer } from './operations';
export { mergeSharedActors } from './mergeShared';
