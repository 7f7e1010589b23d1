export { buildNameIndex, NameIndex, type NameAmbiguity, type NameEntry } from './name-index';
export { findNames, type NameMatch } from './find-names';
export { isWordAt, isWordBefore, isWordCodePoint } from './word-chars';
export { actorNameEntries, buildActorNameIndex, deriveMentions, type Mention, type MentionInput } from './mentions';
