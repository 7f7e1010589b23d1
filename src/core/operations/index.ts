/** Pure operations on {@link Annotations}: each returns new annotations and never mutates. */
export { AnnotationError, type AnnotationErrorCode } from './errors';
export { isValidId, slugify, uniqueSlug } from './slug';
export { sameAnchor } from './anchors';
export {
  addActor,
  changeActorId,
  changeType,
  deleteActor,
  findActor,
  newActorId,
  renameActor,
  setActorDetails,
  type NewActorOptions,
  type RenameOptions,
} from './actors';
export { addAlias, removeAlias } from './aliases';
export { addMention, excludeOccurrence, removeMention, restoreOccurrence } from './mentions';
export { mergeActors } from './merge';
export { addQuotation, attributeQuotation, findQuotation, removeQuotation, setQuotationKind, tagQuotation, untagQuotation } from './quotations';
export { addTopic, newTopicId, removeTopic, tagPassage, tagWithTopic, untag } from './topics';
export { addNote, removeNote } from './notes';
export { rejectSuggestion, unrejectSuggestion } from './rejections';
export { History, type HistoryOptions } from './history';
