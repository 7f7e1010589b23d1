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
claim
argue
insist
add
admit
warn
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

/** Verbs of intention, wish and decision, right before an infinitive: "plans to hold", "wants to leave". */
const INTENTION_VERBS = wordList(`
request
requests
plan
plans
planned
planning
intend
intends
intended
intending
want
wants
wanted
wish
wishes
wished
hope
hopes
hoped
hoping
aim
aims
aimed
decide
decides
decided
agree
agrees
agreed
promise
promises
promised
vow
vows
vowed
pledge
pledges
pledged
threaten
threatens
threatened
refuse
refuses
refused
expect
expects
expected
arranged
`);

/** Verbs of request, their object before an infinitive: "asked the council to help", "urges members to vote". */
const REQUEST_VERBS = wordList(`
ask
asks
asked
asking
urge
urges
urged
urging
request
requests
requested
requesting
encourage
encourages
encouraged
encouraging
persuade
persuades
persuaded
persuading
tell
tells
told
telling
order
orders
ordered
ordering
advise
advises
advised
instruct
instructs
instructed
require
requires
required
requiring
invite
invites
invited
`);

/** Participles that, passive before an infinitive, report a requirement or a belief without its source: "are required to", "is believed to". */
const PASSIVE_PARTICIPLES = wordList(`
required
scheduled
expected
believed
thought
rumoured
rumored
reported
alleged
supposed
`);

/**
 * Verbs of finding, showing and announcing, whose content follows them with or without "that",
 * as a clause or a noun phrase: "the survey found most pupils walk to school", "the photos show
 * a flooded street", "the council announced a new bus line". A clause read like a verb of saying.
 */
const FINDING_VERBS = wordList(`
found
finds
show
shows
showed
revealed
reveals
estimated
estimates
noted
announced
announces
`);

/**
 * Verbs of stance and of speech acts whose object is what is attributed: "the union rejected the
 * offer", "…, highlighting the cost". Verbs with a common physical sense ("attacked", "defended",
 * "welcomed", "questioned") are left out: "the team defended its title" attributes nothing.
 */
const OBJECT_VERBS = wordList(`
denied
denies
requested
proposed
proposes
proposing
described
describes
describe
criticized
criticised
criticizes
criticises
praised
praises
condemned
condemns
rejected
rejects
recommended
recommends
recommending
highlighted
highlights
highlighting
demanded
demands
blamed
blames
accused
accuses
promoted
`);

/** Words that end the object of a verb of stance: a subordinate clause or a means follows. */
const OBJECT_ENDS = wordList(`
which
who
whom
whose
when
while
whilst
because
if
but
though
although
via
`);

/** Adjectives of attitude after a copula: "are critical of the plan", "is worried that the river will flood". */
const ATTITUDE_ADJECTIVES = wordList(`
critical
pleased
displeased
concerned
worried
sceptical
skeptical
supportive
confident
optimistic
pessimistic
proud
happy
unhappy
satisfied
dissatisfied
disappointed
angry
upset
hopeful
convinced
adamant
doubtful
fearful
afraid
`);

export const englishIndirectSpeech: IndirectSpeechWords = {
  verbs: new Set([...englishCues.verbs, ...THAT_VERBS]),
  bareClauseVerbs: new Set([...BARE_CLAUSE_VERBS, ...FINDING_VERBS]),
  sayVerbs: new Set([...wordList(`
say
says
said
tell
tells
told
`), ...FINDING_VERBS]),
  notClauseStarts: new Set(wordList(`
and
or
but
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
tomorrow
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
  nestedInOuterOnly: true,
  coordinators: new Set(wordList(`
and
but
with
while
whilst
`)),
  attitudes: {
    adjectives: new Set(ATTITUDE_ADJECTIVES),
    prepositions: new Set(wordList(`
of
with
about
by
at
`)),
    copulas: new Set(wordList(`
is
are
was
were
be
been
being
remain
remains
remained
seem
seems
seemed
`)),
  },
  objectVerbs: { verbs: new Set(OBJECT_VERBS), ends: new Set(OBJECT_ENDS) },
  infinitives: {
    marker: 'to',
    intentionVerbs: new Set(INTENTION_VERBS),
    requestVerbs: new Set(REQUEST_VERBS),
    passiveParticiples: new Set(PASSIVE_PARTICIPLES),
  },
};
