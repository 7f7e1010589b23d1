/** English words of attribution: verbs of saying, "according (to)", subject pronouns and determiners. */
import type { CueWords } from '../rules';
import { wordList } from '../wordList';

export const englishCues: CueWords = {
  verbs: new Set(wordList(`
said
says
say
told
tells
added
adds
explained
explains
stated
states
noted
notes
wrote
writes
claimed
claims
argued
argues
warned
warns
insisted
insists
asked
asks
replied
replies
announced
announces
declared
declares
commented
continued
remarked
tweeted
confirmed
admitted
recalled
stressed
emphasized
emphasised
concluded
suggested
described
called
urged
acknowledged
responded
stating
saying
adding
telling
explaining
answered
reported
describing
believes
`)),
  prepositions: new Set(wordList(`
according
`)),
  subjectPronouns: new Set(wordList(`
he
she
they
it
we
i
`)),
  determiners: new Set(wordList(`
the
a
an
his
her
their
its
this
these
`)),
};
