/** Words that end a noun phrase when reading it rightwards or leftwards (conjunctions, prepositions, auxiliaries). */
import { wordList } from '../wordList';

export const nounPhraseStops = wordList(`
that
in
on
at
to
during
after
while
when
but
who
which
was
is
will
would
has
had
have
were
from
and
said
because
if
as
`);
