/** Verbs of winning, leaving, dying whose subject is someone, not somewhere ("X remporte"). */
import { wordList } from '../wordList';

export const subjectVerbs = wordList(`
gewinnt
siegt
stirbt
tritt
`);
