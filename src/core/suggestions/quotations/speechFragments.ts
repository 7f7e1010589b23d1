/**
 * Short quoted fragments that are someone's words although no verb of saying sits beside them:
 * their shape (a verb phrase, not a noun phrase) or their frame ("parle de", "qualifié de … par")
 * says so. Names, titles and scare quotes are noun phrases; speech cut into a sentence keeps its verb.
 */
import type { Token } from '../text/tokens';
import { isVerbPhrase } from '../languages/fr/verbForms';
import type { SuggestLanguage } from '../types';

/** The quoted words (French) are a verb phrase or a clause, written lowercase: words cut from someone's speech. */
export function isQuotedVerbPhrase(inner: string, language: SuggestLanguage): boolean {
  return language === 'fr' && /^\p{Ll}/u.test(inner) && isVerbPhrase(inner);
}

const SPEAKING_OF = /^(?:parle|parlent|parlait|parlaient|a parlé|ont parlé|avait parlé|évoque|évoquent|évoquait|a évoqué|ont évoqué)$/u;
const OF = /^(?:de|d['’]|du|des|d['’]une?|de la|de l['’])$/u;

/**
 * "La ministre parle d'un « montage »", "X évoque des « dizaines de morts »": what someone speaks
 * of, in their words; not "on parle du « … »", where no one does.
 */
export function spokenOfInFrench(before: readonly Token[], language: SuggestLanguage): boolean {
  if (language !== 'fr') return false;
  const words = before.map((t) => t.lower);
  for (let ofLength = 1; ofLength <= 2; ofLength++) {
    const of = words.slice(-ofLength).join(' ');
    if (!OF.test(of)) continue;
    for (let verbLength = 1; verbLength <= 2; verbLength++) {
      const end = words.length - ofLength;
      const verb = words.slice(end - verbLength, end).join(' ');
      if (end - verbLength < 0 || !SPEAKING_OF.test(verb)) continue;
      const subject = words[end - verbLength - 1];
      return subject !== 'on' && subject !== "l'on" && subject !== 'l’on';
    }
  }
  return false;
}

const CALLED = /^(?:qualifié|qualifiée|qualifiés|qualifiées|décrit|décrite|décrits|décrites|jugé|jugée|jugés|jugées|dénoncé|dénoncée|dénoncés|dénoncées|présenté|présentée|présentés|présentées|considéré|considérée|considérés|considérées)$/u;

/**
 * "un changement qualifié de « coup d'État » par ses détracteurs": a passive of calling with its
 * agent; without "par" ("qualifié de « mentor »") the words have no source.
 */
export function calledBySomeone(before: readonly Token[], after: readonly Token[], language: SuggestLanguage): boolean {
  if (language !== 'fr' || after[0]?.lower !== 'par') return false;
  const words = before.slice(-3).map((t) => t.lower);
  return words.some((w) => CALLED.test(w));
}

/**
 * Verbs by which someone demands, forbids or calls for something: their complement is what the
 * subject said or wrote, so words quoted in it are the subject's ("exige que les tirs « cessent »",
 * "a interdit la vente dans « tout contenant »", "a appelé à manifester de façon « pacifique »").
 * Forms a noun shares ("la demande", "l'appel") need an auxiliary or a subject pronoun before them.
 */
const DEMANDING = /^(?:exige|exigent|exigeait|exigeaient|exigera|exigé|réclament|réclamait|réclamaient|réclamé|interdisent|interdisait|interdisaient|interdira|ordonnent|ordonnait|ordonnaient|ordonné|somme|somment|sommé|appellent|appelait|appelaient)$/u;
const DEMANDING_AFTER_AUXILIARY = /^(?:exige|réclame|interdit|ordonne|demande|demandé|appelle|appelé|appelée|appelés)$/u;
const AUXILIARY_OR_PRONOUN = /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient|il|elle|ils|elles|qui)$/u;

/**
 * Whether the clause before a French quotation (`clause`: its words, up to the quotation, in
 * order) holds a verb of demanding, forbidding or calling, active ("la vente est interdite dans
 * « … »" is a notice, not someone's words), with the quotation in its complement.
 */
export function demandedInFrench(clause: readonly Token[], language: SuggestLanguage): boolean {
  if (language !== 'fr') return false;
  return clause.some((t, k) => {
    const previous = clause[k - 1]?.lower ?? '';
    if (/^(?:est|sont|était|étaient|été|sera|seront|fut)$/u.test(previous)) return false;
    // "appelé" calls for something only with "à" after it ("a appelé à manifester"), not "un village appelé"
    if (/^appel/u.test(t.lower) && clause[k + 1]?.lower !== 'à') return false;
    return DEMANDING.test(t.lower) || (DEMANDING_AFTER_AUXILIARY.test(t.lower) && AUXILIARY_OR_PRONOUN.test(previous));
  });
}
