/** Titles and functions that precede a person's name and are not part of it ("le ministre X", "President X"). */
import { wordList } from '../wordList';

export const titles = wordList(`
herr
frau
minister
präsident
präsidentin
ministerin
bundeskanzler
bundeskanzlerin
kanzler
kanzlerin
bürgermeister
bürgermeisterin
`);
