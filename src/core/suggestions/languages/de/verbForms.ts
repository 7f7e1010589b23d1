/**
 * The commonest German finite verbs and the pronouns of speech (ich, wir, du, ihr): a passage
 * holding one is a clause, not the long name of a prize, a book or a law. General grammar.
 */
const CLAUSE_WORDS = /(?<![\p{L}\p{M}])(?:ist|sind|war|waren|wäre|wären|sei|seien|wird|werden|wurde|wurden|würde|würden|hat|haben|hatte|hatten|habe|hätte|hätten|kann|können|konnte|könnte|muss|müssen|musste|müsste|soll|sollen|sollte|will|wollen|wollte|darf|dürfen|gibt|gab|geht|ging|bleibt|steht|ich|wir|du|ihr|mir|mich|uns|euch)(?![\p{L}\p{M}])/iu;

/** The words hold a common finite verb or a pronoun of speech. */
export function hasClauseWord(words: string): boolean {
  return CLAUSE_WORDS.test(words);
}
