/**
 * German words of indirect speech: "X sagte, dass …", "Er sagte, er sei …" (reported speech in
 * the Konjunktiv I), "laut X …", "X zufolge …", "…, sagte der Minister".
 */
import type { IndirectSpeechWords } from '../rules';
import { wordList } from '../wordList';
import { germanCues } from './cues';

/** Verbs of opinion and report beside the verbs of saying of ./cues.ts. */
const OPINION_VERBS = wordList(`
meinte
meint
glaubt
glaubte
glauben
hofft
hoffte
fürchtet
fürchtete
teilte
teilt
kündigte
kündigt
gab
gibt
räumte
räumt
stellte
stellt
wies
weist
hob
hebt
betonte
betont
`);

/** Konjunktiv I (and the Konjunktiv II forms that stand in for it) of the verbs reported speech uses most. */
const SUBJUNCTIVE = wordList(`
sei
seien
habe
hätte
hätten
werde
würde
würden
könne
könnten
müsse
solle
sollten
dürfe
stehe
gebe
liege
wolle
wäre
wären
komme
gehe
bleibe
wisse
brauche
handle
plane
arbeite
`);

/** The verbs of ./cues.ts and of opinion; "nach" (of "nach Angaben") is a preposition here. */
const VERBS = [...germanCues.verbs, ...OPINION_VERBS].filter((v) => v !== 'so' && v !== 'nach' && v !== 'zufolge' && v !== 'laut');

export const germanIndirectSpeech: IndirectSpeechWords = {
  verbs: new Set(VERBS),
  // "Er sagte, er sei …": the clause after the comma, when its verb is in the Konjunktiv
  bareClauseVerbs: new Set(VERBS),
  sayVerbs: new Set(),
  notClauseStarts: new Set(),
  hearerVerbs: new Set(wordList(`
sagte
sagten
sagt
erklärte
erklärten
versicherte
berichtete
`)),
  complementizers: new Set(wordList(`
dass
ob
`)),
  sourcePrepositions: wordList(`
laut
nach angaben
`),
  sourcePostpositions: new Set(wordList(`
zufolge
`)),
  passiveAuxiliaries: new Set(wordList(`
wurde
wurden
wird
werden
worden
`)),
  clauseOpeners: new Set(wordList(`
er
sie
es
man
wir
ich
der
die
das
ein
eine
dies
diese
dieser
sein
seine
ihr
ihre
`)),
  timeWords: new Set(wordList(`
am
montag
dienstag
mittwoch
donnerstag
freitag
samstag
sonntag
gestern
heute
auch
zudem
außerdem
`)),
  mixedAsOneQuotation: false,
  clauseLinks: new Set(wordList(`
und
aber
wenn
weil
als
dass
ob
oder
`)),
  reportingMoods: new Set(SUBJUNCTIVE),
};
