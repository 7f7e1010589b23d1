/**
 * French words of attribution: verbs of saying (every inflected form news prose uses, generated
 * from -er stems), prepositions ("selon"), auxiliaries of a verb group, subject pronouns and
 * determiners. General lexicons, not corpus entities.
 */
import type { CueWords } from '../rules';
import { wordList } from '../wordList';

/** -er verbs of saying, as infinitive stems; their forms are generated. */
const ER_STEMS = wordList(`
déclar
affirm
annonc
expliqu
estim
ajout
précis
soulign
indiqu
assur
confi
dénonc
rappel
rappell
lanc
insist
comment
déplor
regrett
félicit
jug
considér
racont
témoign
not
observ
martel
demand
répét
accus
critiqu
avou
confirm
détaill
révél
menac
plaid
ironis
résum
tranch
lâch
souhait
espér
qualifi
exprim
proclam
réclam
clam
scand
tweet
justifi
signal
inquiét
alert
fustig
salu
condamn
évoqu
mentionn
rapport
cit
réitér
protest
exhort
réfut
ni
écri
exclam
cri
hurl
certifi
garant
jur
gliss
murmur
confess
constat
continu
enchaîn
analys
tempér
nuanc
relativis
indign
emport
alarm
avanc
argument
pens
répliqu
rétorqu
objet
raill
rassur
interpell
appel
prôn
lanc
rapport
réjou
inform
communiqu
prédis
dément
souten
admett
recommand
suggér
invit
défend
mett
relat
détaill
décri
présent
affich
prévien
promett
répond
poursuiv
conclu
reconn
réag
avert
renchér
`);
const ER_ENDINGS = wordList(`
e
es
ent
é
ée
és
ées
ait
aient
a
èrent
ant
era
eront
er
`);
/** Forms of other verbs of saying, as written. */
const IRREGULAR_FORMS = wordList(`
dit
disent
disait
disaient
dira
disant
écrit
écrivent
écrivait
écrivant
répond
répondent
répondu
répondait
répondant
reconnaît
reconnait
reconnaissent
reconnu
reconnaissait
reconnaissant
admet
admettent
admis
admettait
admettant
soutient
soutiennent
soutenu
soutenait
soutenant
promet
promis
promettent
poursuit
poursuivi
poursuivent
poursuivant
conclut
conclu
concluent
concluant
prévient
prévenu
préviennent
dément
démenti
prédit
réagit
réagi
avertit
averti
renchérit
renchéri
interroge
interrogé
écrivait
estimait
savoir
part
décrit
décrivent
fait valoir
`);
/** Stems of -ir verbs conjugated like finir (réagir, avertir, renchérir). */
const IR_STEMS = wordList(`
réag
avert
renchér
applaud
`);
const IR_ENDINGS = wordList(`
it
issent
i
ie
issait
issant
`);
/** Words that the generation makes but that are not verbs of saying in news prose. */
const NOT_CUES = wordList(`
note
notes
cite
cites
nie
nier
appel
annonce
annonces
demande
demandes
critique
critiques
rapport
menace
menaces
juge
juges
alerte
alertes
garantie
garanties
souhaits
réclame
ni
cri
pense
jure
jura
lance
salue
signale
mette
nia
citée
cités
citées
cité
écrie
continue
avance
avancée
avancé
inform
rapporte
lancé
lancée
appelle
appelé
appelée
appelés
mis
mise
`);

/** Auxiliaries that may start a verb group. */
export const AUXILIARIES: ReadonlySet<string> = new Set(wordList(`
a
ont
avait
avaient
aurait
auraient
aura
s'est
s’est
s'étaient
s’étaient
s'était
s’était
se
en
avoir
l'a
l’a
lui
leur
l'avait
l’avait
s'être
`));
/** Auxiliaries after which a participle is active speech ("a déclaré"), unlike "est annoncé". */
export const ACTIVE_AUXILIARIES: ReadonlySet<string> = new Set([...AUXILIARIES].filter((a) => a !== 'en' && a !== 'lui' && a !== 'leur'));

function verbForms(): string[] {
  const forms = new Set<string>(IRREGULAR_FORMS);
  for (const stem of ER_STEMS) {
    for (const ending of ER_ENDINGS) {
      // "dénonçait", "jugeait": the stem keeps its sound before a and o
      const spelled = /^[ao]/u.test(ending) ? stem.replace(/c$/u, 'ç').replace(/g$/u, 'ge') : stem;
      forms.add(spelled + ending);
    }
  }
  for (const stem of IR_STEMS) for (const e of IR_ENDINGS) forms.add(stem + e);
  for (const noise of NOT_CUES) forms.delete(noise);
  return [...forms];
}

export const frenchCues: CueWords = {
  verbs: new Set(verbForms()),
  prepositions: new Set(wordList(`
selon
d'après
d’après
`)),
  subjectPronouns: new Set(wordList(`
il
elle
ils
elles
on
`)),
  determiners: new Set(wordList(`
le
la
les
l'
l’
un
une
des
son
sa
ses
leur
leurs
ce
cette
ces
du
plusieurs
certains
`)),
};
