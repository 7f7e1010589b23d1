export { buildNameIndex, NameIndex, type NameAmbiguity, type NameEntry } from './nameIndex';
export { findNames, scanNamesFrom, type NameMatch } from './findNames';
export { isWordAt, isWordBefore, isWordCodePoint } from './wordChars';
export { actorNameEntries, buildActorNameIndex, deriveMentions, type Mention, type MentionInput } from './mentions';
