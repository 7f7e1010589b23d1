/**
 * English words of indirect speech: "X said (that) …", "X told reporters …", "according to X, …".
 * Verbs of stating and finding join the verbs of saying because news reports attribute what
 * studies find and officials believe the same way (PolNeAR counts them as attributions).
 */
import type { IndirectSpeechWords } from '../rules';
import { wordList } from '../wordList';
import { englishCues } from './cues';

/** Verbs that report a clause opened by "that" (beside the verbs of saying of ./cues.ts). */
const THAT_VERBS = wordList(`
say
states
stated
claim
claimed
claims
announces
announced
admits
admitted
observed
observes
reports
revealed
reveals
found
finds
showed
shows
show
suggests
believe
believed
think
thinks
thought
argued
argue
warn
confirms
denied
denies
deny
estimated
estimates
predicted
predicts
concluded
concludes
acknowledges
asserted
asserts
maintained
maintains
alleged
alleges
indicated
indicates
ruled
rules
decided
agreed
learned
fears
feared
hoped
hopes
expects
expected
assured
promised
promises
explained
insisted
recommended
recommends
`);

/** Verbs whose clause often comes without "that": "said the plan would fail". */
const BARE_CLAUSE_VERBS = wordList(`
said
says
say
told
tells
tell
believes
believe
believed
thinks
think
thought
argued
argues
insisted
insists
added
adds
claimed
claims
admitted
warned
warns
stated
states
`);

export const englishIndirectSpeech: IndirectSpeechWords = {
  verbs: new Set([...englishCues.verbs, ...THAT_VERBS]),
  bareClauseVerbs: new Set(BARE_CLAUSE_VERBS),
  sayVerbs: new Set(wordList(`
say
says
said
tell
tells
told
`)),
  notClauseStarts: new Set(wordList(`
to
in
on
at
for
with
by
from
of
about
as
after
before
during
nothing
something
anything
so
yes
no
goodbye
hello
more
much
little
what
how
why
when
where
whether
if
goodbye
sorry
thanks
`)),
  hearerVerbs: new Set(wordList(`
told
tells
tell
telling
informed
assured
reminded
warned
`)),
  complementizers: new Set(wordList(`
that
`)),
  sourcePrepositions: wordList(`
according to
`),
  sourcePostpositions: new Set(),
  passiveAuxiliaries: new Set(wordList(`
is
was
are
were
be
been
being
`)),
  clauseOpeners: new Set(wordList(`
he
she
it
they
we
i
you
there
this
these
those
the
a
an
his
her
their
its
our
some
no
all
many
most
several
both
more
`)),
  timeWords: new Set(wordList(`
monday
tuesday
wednesday
thursday
friday
saturday
sunday
yesterday
today
tonight
earlier
later
previously
also
recently
`)),
  mixedAsOneQuotation: true,
  clauseLinks: new Set(wordList(`
and
but
which
who
that
when
while
if
because
as
or
`)),
  reportingMoods: new Set(),
};
