/**
 * German words of attribution: verbs of saying (preterite forms as listed, their plurals and
 * present tense generated), prepositions ("laut", "zufolge"), subject pronouns and determiners.
 */
import type { CueWords } from '../rules';
import { wordList } from '../wordList';

/** Verbs of saying as news prose writes them, mostly in the preterite. */
const VERBS = wordList(`
sagte
sagten
sagt
sagen
gesagt
erklärte
erklärten
erklärt
betonte
betonten
betont
meinte
meinten
meint
kritisierte
kritisierten
kritisiert
warnte
warnten
warnt
forderte
forderten
fordert
schrieb
schrieben
schreibt
berichtete
berichteten
berichtet
äußerte
äußerten
äußert
erläuterte
bezeichnete
bezeichneten
bezeichnet
nannte
nannten
nennt
sprach
sprachen
spricht
zitiert
zitierte
zitieren
charakterisierte
wertete
bewertete
verurteilte
würdigte
bekräftigte
unterstrich
versicherte
beteuerte
bestätigte
dementierte
kommentierte
entgegnete
antwortete
ergänzte
fuhr
verkündete
mahnte
appellierte
klagte
beklagte
lobte
begründete
argumentierte
hieß
heißt
glaubt
glaubte
befürchtete
befürchtet
verwies
erinnerte
ergänzt
urteilte
resümierte
bilanzierte
schätzte
drohte
rief
verteidigte
bedauerte
vermutete
bemerkte
gestand
bekannte
behauptete
behauptet
beschrieb
beschreibt
meldete
meldet
twitterte
wiederholte
protestierte
skandierte
skandiert
beschwor
beschworen
beschwören
beschwört
riefen
jubelte
freute
freut
ärgerte
nach
`);
/** Present forms the generation makes that are other words too: "bekannt" is an adjective. */
const NOT_CUES = new Set(wordList(`
bekannt
erinnert
freut
ärgert
schätzt
`));

/**
 * Forms from the preterite list: plural preterite ("sagten", "verkündeten") and the present of
 * the third person ("sagt", "resümiert", "begründet"), which news prose uses as much.
 */
function verbForms(): string[] {
  const weak = VERBS.filter((v) => v.endsWith('te') && v.length > 4);
  const present = weak.map((v) => (v.endsWith('ete') ? v.slice(0, -1) : v.slice(0, -2) + 't'));
  return [...new Set([...VERBS, ...weak.map((v) => v + 'n'), ...present.filter((v) => !NOT_CUES.has(v))])];
}

export const germanCues: CueWords = {
  verbs: new Set(verbForms()),
  prepositions: new Set(wordList(`
laut
so
zufolge
`)),
  subjectPronouns: new Set(wordList(`
er
sie
es
wir
ich
`)),
  determiners: new Set(wordList(`
der
die
das
des
dem
den
ein
eine
einen
einer
eines
einem
sein
seine
seinen
ihr
ihre
ihren
dieser
diese
`)),
};
