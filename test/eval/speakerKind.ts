/**
 * Whether a suggested speaker is a "candidate of kind 1" (issue 17: a source that can speak),
 * approximated for the evaluation only: the speaker overlaps an annotated mention (a gold speaker
 * or a gold person/organisation/... of the same article), or its words are a personal pronoun, or
 * one of its words is a human, group or role noun of a short list. Everything else counts as
 * not a candidate ("Or", "De", "L'escalade", "le monde", "qu'il le dit"). A name nobody annotated
 * counts as not a candidate: the rate is an upper bound of the speakers that cannot speak.
 * The suggester has its own notion of a candidate (src/core/suggestions/quotations/speakerCandidates.ts)
 * that every suggested speaker passes; this one stays independent of it on purpose (gold mentions,
 * its own short lists), or the rate would be 0 by construction.
 */
import type { Span } from '../../src/core/model';
import { overlaps } from './metrics';

export type EvalLanguage = 'fr' | 'de' | 'en';

const PRONOUNS: Record<EvalLanguage, ReadonlySet<string>> = {
  fr: new Set(['il', 'elle', 'ils', 'elles', 'lui', 'eux', 'on', 'nous', 'je', "j'", 'celui-ci', 'celle-ci', 'ceux-ci']),
  de: new Set(['er', 'sie', 'ihm', 'ihr', 'ihnen', 'wir', 'ich', 'dieser', 'diese']),
  en: new Set(['he', 'she', 'they', 'him', 'her', 'them', 'we', 'i', 'it']),
};

/** Heads of noun phrases that name a person, a group or a role; plurals are folded below. */
const ROLE_NOUNS: Record<EvalLanguage, ReadonlySet<string>> = {
  fr: new Set(
    ('président présidente ministre porte-parole directeur directrice responsable chef secrétaire maire député sénateur ' +
      'gouverneur ambassadeur juge avocat procureur policier police gendarmerie pompier marins-pompiers enquêteur expert ' +
      'scientifique chercheur médecin professeur entraîneur joueur joueuse capitaine pilote auteur journaliste témoin ' +
      'habitant manifestant syndicat gouvernement parti armée famille proche ami amie mère père fils fille épouse mari ' +
      'homme femme enfant victime représentant dirigeant fondateur patron employé agence commission comité conseil ' +
      'organisation association fédération ministère communiqué rapport autorité autorités officiel opposition')
      .split(' '),
  ),
  de: new Set(
    ('präsident präsidentin minister ministerin sprecher sprecherin direktor chef chefin sekretär bürgermeister abgeordneter ' +
      'botschafter richter anwalt staatsanwalt polizei polizist feuerwehr experte wissenschaftler forscher arzt professor ' +
      'trainer spieler kapitän autor journalist zeuge einwohner demonstranten gewerkschaft regierung partei armee familie ' +
      'mutter vater sohn tochter frau mann kind opfer vertreter leiter gründer agentur kommission ausschuss rat ' +
      'organisation verband ministerium behörde behörden mitteilung bericht')
      .split(' '),
  ),
  en: new Set(
    ('president minister spokesman spokeswoman spokesperson director head chief secretary mayor senator representative ' +
      'governor ambassador judge lawyer attorney prosecutor police officer official officials firefighter investigator ' +
      'expert scientist researcher doctor professor coach player captain pilot author journalist reporter witness resident ' +
      'protester union government party army military family mother father son daughter wife husband man woman child ' +
      'victim leader founder member agency commission committee council organization organisation association ' +
      'federation ministry department statement report authorities team company group people source sources')
      .split(' '),
  ),
};

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .map((w) => w.replace(/^(?:l|d|qu|j)['’]/u, '').replace(/['’]$/u, ''))
    .filter((w) => w.length > 0);
}

function isRoleNoun(word: string, language: EvalLanguage): boolean {
  const nouns = ROLE_NOUNS[language];
  if (nouns.has(word)) return true;
  // plural or inflected forms: "ministres", "porte-paroles", "officials", "Sprechers", "Behörden"
  for (const ending of ['s', 'x', 'es', 'en', 'n', 'e']) if (word.endsWith(ending) && nouns.has(word.slice(0, -ending.length))) return true;
  return false;
}

export function isKindOneCandidate(
  speaker: { readonly text: string; readonly span?: Span },
  goldMentions: readonly Span[],
  language: EvalLanguage,
): boolean {
  const span = speaker.span;
  if (span && goldMentions.some((m) => overlaps(m, span))) return true;
  const ws = words(speaker.text);
  if (ws.length === 0) return false;
  if (ws.length === 1 && PRONOUNS[language].has(ws[0]!)) return true;
  return ws.some((w) => isRoleNoun(w, language));
}
