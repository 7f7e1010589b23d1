/**
 * What tells a French verb phrase from a noun phrase without a tagger: infinitives (by ending,
 * less the common nouns that end like them), the clitics that only open a verb, and finite forms.
 * General grammar, not corpus words.
 */
import { wordList } from '../wordList';

/** Nouns and adjectives ending in -er, -ir, -oir that are not infinitives. */
const NOT_INFINITIVES = new Set(wordList(`
mer
fer
fier
hier
hiver
cher
amer
ver
cancer
premier
première
dernier
entier
quartier
dossier
métier
papier
pompier
chantier
calendrier
danger
étranger
boucher
cahier
clocher
foyer
loyer
laser
leader
poker
super
sénior
senior
junior
avenir
loisir
plaisir
désir
soupir
souvenir
martyr
pouvoir
devoir
espoir
soir
miroir
couloir
trottoir
rasoir
savoir
manoir
terroir
comptoir
dortoir
`));

/** Common infinitives in -re (most -re words are nouns: guerre, ministre, ordre). */
const RE_INFINITIVES = new Set(wordList(`
être
faire
dire
mettre
prendre
rendre
vendre
attendre
entendre
répondre
défendre
descendre
perdre
permettre
promettre
soumettre
admettre
remettre
combattre
battre
construire
détruire
réduire
produire
conduire
vivre
suivre
poursuivre
croire
comprendre
reprendre
apprendre
connaître
reconnaître
disparaître
écrire
lire
conclure
exclure
craindre
atteindre
rejoindre
résoudre
interdire
`));

/** Clitics and pronouns that open a verb phrase ("ne pas", "s'associe", "il faut", "qu'il"). */
const VERB_OPENERS = /^(?:n['’]|s['’]|m['’]|j['’]|(?:ne|se|me|je|il|elle|ils|elles|on|nous|vous|qu['’](?:il|elle|ils|elles|on)|c['’]est)(?![\p{L}\p{M}]))/u;

/** Finite forms that make a clause of the words around them: imperfect and conditional endings, the commonest verbs, a subject pronoun, "il y a" (not "l'est", the east). */
const FINITE = /(?<![\p{L}\p{M}])(?:j['’]|c['’]est(?![\p{L}\p{M}]))|(?<![\p{L}\p{M}'’])(?:qu['’](?:il|elle|ils|elles|on)|je|nous|y a|[\p{L}\p{M}]+(?:aient|erait|eraient|irait|iraient)|est|sont|était|étaient|sera|seront|serait|ont|avait|avaient|aura|auront|faut|fallait|peut|peuvent|doit|doivent|va|vont)(?![\p{L}\p{M}])/u;

/** `word` (lowercase) is a French infinitive. */
export function isInfinitive(word: string): boolean {
  if (RE_INFINITIVES.has(word)) return true;
  if (word.length < 4 || NOT_INFINITIVES.has(word)) return false;
  return /(?:er|ir|oir)$/u.test(word);
}

/**
 * The words (lowercase, as written inside quotation marks) are a verb phrase or a clause: they
 * open with an infinitive ("éviter les heurts", "d'entendre les explications"), a clitic or a
 * subject pronoun ("s'associe à la douleur", "ne pas céder", "qu'il reviendra"), or hold a finite
 * verb ("les salaires seraient gelés").
 */
export function isVerbPhrase(words: string): boolean {
  const lower = words.toLowerCase();
  if (VERB_OPENERS.test(lower) || FINITE.test(lower)) return true;
  const first = /^(?:(?:de|d['’]|à)\s*)?([\p{L}\p{M}]+)/u.exec(lower)?.[1];
  return first !== undefined && isInfinitive(first);
}
