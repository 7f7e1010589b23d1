/**
 * French words of indirect speech: "X a déclaré que …", "X a assuré aux journalistes qu'…",
 * "selon X, …", "…, a-t-il précisé". French always opens a reported clause with "que", so the
 * verbs of saying of ./cues.ts are joined by verbs of opinion that the quotation rules leave out
 * ("pense", "estime que").
 */
import type { IndirectSpeechWords } from '../rules';
import { wordList } from '../wordList';
import { frenchCues } from './cues';

/** Verbs of opinion and report that ./cues.ts leaves out because they are nouns or other verbs too, but not before "que". */
const OPINION_VERBS = wordList(`
pense
pensent
pensait
pensaient
croit
croient
croyait
croyaient
cru
juge
jugent
annonce
annoncent
note
notent
noté
signale
signalent
rappelle
rappellent
demande
demandent
demandé
sait
savent
su
considère
considèrent
considéré
craint
craignent
reconnaît
ajoute
ajoutent
souligne
soulignent
assure
assurent
précise
précisent
explique
expliquent
indique
indiquent
affirme
affirment
déclare
déclarent
estime
estiment
`);

export const frenchIndirectSpeech: IndirectSpeechWords = {
  verbs: new Set([...frenchCues.verbs, ...OPINION_VERBS]),
  // French reported clauses always open with "que"
  bareClauseVerbs: new Set(),
  sayVerbs: new Set(),
  notClauseStarts: new Set(),
  hearerVerbs: new Set(),
  complementizers: new Set(wordList(`
que
qu'
qu’
`)),
  sourcePrepositions: wordList(`
selon
d'après
d’après
`),
  sourcePostpositions: new Set(),
  passiveAuxiliaries: new Set(wordList(`
été
est
sont
était
étaient
sera
seront
`)),
  clauseOpeners: new Set(),
  timeWords: new Set(wordList(`
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
hier
aujourd'hui
aujourd’hui
aussi
également
encore
déjà
`)),
  mixedAsOneQuotation: false,
  clauseLinks: new Set(wordList(`
et
mais
qui
que
quand
car
si
ou
lorsque
`)),
  reportingMoods: new Set(),
};
