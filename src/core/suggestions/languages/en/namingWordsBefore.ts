/** Words right before a quotation that announce a name or title, not speech ("le film « … »", "surnommé"). */
import { wordList } from '../wordList';

export const namingWordsBefore = wordList(`
called
dubbed
titled
entitled
so-called
named
nicknamed
known
book
song
newspaper
campaign
show
series
magazine
program
programme
project
term
word
slogan
`);
