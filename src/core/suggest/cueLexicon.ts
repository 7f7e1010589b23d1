/**
 * Words that attribute speech, by language: verbs of saying (every inflected form that news
 * prose uses) and prepositions of attribution. General lexicons, not corpus entities.
 */
import type { SuggestLanguage } from './types';

/** French -er verbs of saying, as infinitive stems; their forms are generated. */
const FR_ER_STEMS = [
  'déclar', 'affirm', 'annonc', 'expliqu', 'estim', 'ajout', 'précis', 'soulign', 'indiqu', 'assur', 'confi',
  'dénonc', 'rappel', 'rappell', 'lanc', 'insist', 'comment', 'déplor', 'regrett', 'félicit', 'jug', 'considér', 'racont',
  'témoign', 'not', 'observ', 'martel', 'demand', 'répét', 'accus', 'critiqu', 'avou', 'confirm', 'détaill',
  'révél', 'menac', 'plaid', 'ironis', 'résum', 'tranch', 'lâch', 'souhait', 'espér', 'qualifi', 'exprim',
  'proclam', 'réclam', 'clam', 'scand', 'tweet', 'justifi', 'signal', 'inquiét', 'alert', 'fustig', 'salu',
  'condamn', 'évoqu', 'mentionn', 'rapport', 'cit', 'réitér', 'protest', 'exhort', 'réfut', 'ni', 'écri',
  'exclam', 'cri', 'hurl', 'certifi', 'garant', 'jur', 'gliss', 'murmur', 'confess', 'constat', 'continu',
  'enchaîn', 'analys', 'tempér', 'nuanc', 'relativis', 'indign', 'emport', 'alarm', 'avanc', 'argument',
  'pens', 'répliqu', 'rétorqu', 'objet', 'raill', 'rassur', 'interpell', 'appel', 'prôn', 'lanc', 'rapport',
  'réjou', 'inform', 'communiqu', 'prédis', 'dément', 'souten', 'admett', 'recommand', 'suggér', 'invit',
  'défend', 'mett', 'relat', 'détaill', 'décri', 'présent', 'affich', 'prévien', 'promett', 'répond', 'poursuiv', 'conclu', 'reconn', 'réag', 'avert', 'renchér',
];
const FR_ER_ENDINGS = ['e', 'es', 'ent', 'é', 'ée', 'és', 'ées', 'ait', 'aient', 'a', 'èrent', 'ant', 'era', 'eront', 'er'];
const FR_IRREGULAR = [
  'dit', 'disent', 'disait', 'disaient', 'dira', 'disant', 'écrit', 'écrivent', 'écrivait', 'écrivant',
  'répond', 'répondent', 'répondu', 'répondait', 'répondant', 'reconnaît', 'reconnait', 'reconnaissent',
  'reconnu', 'reconnaissait', 'reconnaissant', 'admet', 'admettent', 'admis', 'admettait', 'admettant',
  'soutient', 'soutiennent', 'soutenu', 'soutenait', 'soutenant', 'promet', 'promis', 'promettent',
  'poursuit', 'poursuivi', 'poursuivent', 'poursuivant', 'conclut', 'conclu', 'concluent', 'concluant',
  'prévient', 'prévenu', 'préviennent', 'dément', 'démenti', 'prédit', 'réagit', 'réagi', 'avertit',
  'averti', 'renchérit', 'renchéri', 'interroge', 'interrogé', 'écrivait', 'estimait', 'savoir', 'part', 'décrit', 'décrivent', 'fait valoir',
];
const FR_PREPOSITIONS = ['selon', "d'après", 'd’après'];
/** Auxiliaries that may start a French verb group. */
export const FR_AUXILIARIES = new Set([
  'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', "s'est", 's’est', "s'étaient", 's’étaient',
  "s'était", 's’était', 'se', 'en', 'avoir', "l'a", 'l’a', 'lui', 'leur', "l'avait", 'l’avait', "s'être",
]);
/** Auxiliaries after which a participle is active speech ("a déclaré"), unlike "est annoncé". */
export const FR_ACTIVE_AUXILIARIES = new Set([...FR_AUXILIARIES].filter((a) => a !== 'en' && a !== 'lui' && a !== 'leur'));

const DE_VERBS = [
  'sagte', 'sagten', 'sagt', 'sagen', 'gesagt', 'erklärte', 'erklärten', 'erklärt', 'betonte', 'betonten', 'betont',
  'meinte', 'meinten', 'meint',  'kritisierte', 'kritisierten',
  'kritisiert', 'warnte', 'warnten', 'warnt', 'forderte', 'forderten', 'fordert', 'schrieb', 'schrieben', 'schreibt',
  'berichtete', 'berichteten', 'berichtet', 'äußerte', 'äußerten', 'äußert', 'erläuterte',
  'bezeichnete', 'bezeichneten', 'bezeichnet', 'nannte', 'nannten', 'nennt', 'sprach', 'sprachen', 'spricht',
  'zitiert', 'zitierte', 'zitieren', 'charakterisierte', 'wertete', 'bewertete', 'verurteilte', 'würdigte', 'bekräftigte', 'unterstrich', 'versicherte', 'beteuerte', 'bestätigte', 'dementierte', 'kommentierte',
  'entgegnete', 'antwortete', 'ergänzte', 'fuhr', 'verkündete', 'mahnte', 'appellierte', 'klagte', 'beklagte',
  'lobte', 'begründete', 'argumentierte', 'hieß', 'heißt', 'glaubt', 'glaubte', 'befürchtete', 'befürchtet',
  'verwies', 'erinnerte', 'ergänzt', 'urteilte', 'resümierte', 'bilanzierte', 'schätzte', 'drohte', 'rief',
  'verteidigte', 'bedauerte', 'vermutete', 'bemerkte', 'gestand',
  'bekannte', 'behauptete', 'behauptet', 'beschrieb', 'beschreibt', 'meldete', 'meldet', 'twitterte',
  'wiederholte', 'protestierte', 'skandierte', 'skandiert', 'beschwor', 'beschworen', 'beschwören', 'beschwört', 'riefen', 'jubelte', 'freute', 'freut', 'ärgerte', 'nach',
];
const DE_PREPOSITIONS = ['laut', 'so', 'zufolge'];

const EN_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'stated', 'states', 'noted',
  'notes', 'wrote', 'writes', 'claimed', 'claims', 'argued', 'argues', 'warned', 'warns', 'insisted', 'insists',
  'asked', 'asks', 'replied', 'replies', 'announced', 'announces', 'declared', 'declares', 'commented',
  'continued', 'remarked', 'tweeted', 'confirmed', 'admitted', 'recalled', 'stressed', 'emphasized',
  'emphasised', 'concluded', 'suggested', 'described', 'called', 'urged', 'acknowledged', 'responded',
  'stating', 'saying', 'adding', 'telling', 'explaining', 'answered', 'reported', 'describing', 'believes',
];
const EN_PREPOSITIONS = ['according'];

function frenchForms(): string[] {
  const forms = new Set<string>(FR_IRREGULAR);
  for (const stem of FR_ER_STEMS) {
    for (const ending of FR_ER_ENDINGS) {
      // "dénonçait", "jugeait": the stem keeps its sound before a and o
      const spelled = /^[ao]/u.test(ending) ? stem.replace(/c$/u, 'ç').replace(/g$/u, 'ge') : stem;
      forms.add(spelled + ending);
    }
  }
  // -ir verbs conjugated like finir (réagir, avertir, renchérir)
  for (const stem of ['réag', 'avert', 'renchér', 'applaud']) for (const e of ['it', 'issent', 'i', 'ie', 'issait', 'issant']) forms.add(stem + e);
  // words that the generation makes but that are not verbs of saying in news prose
  for (const noise of ['note', 'notes', 'cite', 'cites', 'nie', 'nier', 'appel', 'annonce', 'annonces', 'demande', 'demandes', 'critique', 'critiques', 'rapport', 'menace', 'menaces', 'juge', 'juges', 'alerte', 'alertes', 'garantie', 'garanties', 'souhaits', 'réclame', 'ni', 'cri', 'pense', 'jure', 'jura', 'lance', 'salue', 'signale', 'mette', 'nia', 'citée', 'cités', 'citées', 'cité', 'écrie', 'continue', 'avance', 'avancée', 'avancé', 'inform', 'rapporte', 'lancé', 'lancée', 'appelle', 'appelé', 'appelée', 'appelés', 'mis', 'mise']) forms.delete(noise);
  return [...forms];
}

/**
 * German forms from the preterite list: plural preterite ("sagten", "verkündeten") and the present
 * of the third person ("sagt", "resümiert", "begründet"), which news prose uses as much.
 */
function germanForms(): string[] {
  const weak = DE_VERBS.filter((v) => v.endsWith('te') && v.length > 4);
  const present = weak.map((v) => (v.endsWith('ete') ? v.slice(0, -1) : v.slice(0, -2) + 't'));
  // forms that are other words too: "warnt" and "meint" are fine, "bekannt" is an adjective
  const noise = new Set(['bekannt', 'erinnert', 'freut', 'ärgert', 'schätzt']);
  return [...new Set([...DE_VERBS, ...weak.map((v) => v + 'n'), ...present.filter((v) => !noise.has(v))])];
}

export interface CueLexicon {
  readonly verbs: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
}

const LEXICONS: Record<SuggestLanguage, CueLexicon> = {
  fr: { verbs: new Set(frenchForms()), prepositions: new Set(FR_PREPOSITIONS) },
  // plural preterite forms: "sagten", "verkündeten"
  de: { verbs: new Set(germanForms()), prepositions: new Set(DE_PREPOSITIONS) },
  en: { verbs: new Set(EN_VERBS), prepositions: new Set(EN_PREPOSITIONS) },
};

export function cueLexicon(language: SuggestLanguage): CueLexicon {
  return LEXICONS[language];
}

/** Personal pronouns that can name a speaker. */
export const SUBJECT_PRONOUNS: Record<SuggestLanguage, ReadonlySet<string>> = {
  fr: new Set(['il', 'elle', 'ils', 'elles', 'on']),
  de: new Set(['er', 'sie', 'es', 'wir', 'ich']),
  en: new Set(['he', 'she', 'they', 'it', 'we', 'i']),
};

/** Words that start a noun phrase (determiners and possessives). */
export const DETERMINERS: Record<SuggestLanguage, ReadonlySet<string>> = {
  fr: new Set(['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'du', 'plusieurs', 'certains']),
  de: new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einen', 'einer', 'eines', 'einem', 'sein', 'seine', 'seinen', 'ihr', 'ihre', 'ihren', 'dieser', 'diese']),
  en: new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these']),
};
