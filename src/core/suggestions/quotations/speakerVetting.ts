/**
 * The last step of speaker choice: the expression a speaker rule found must be able to speak
 * (./speakerCandidates.ts), a pronoun or description is resolved to the name it stands for
 * (./pronounResolution.ts), and the evidence gives a confidence (./speakerConfidence.ts) that the
 * user's setting turns into "suggest this speaker" or "suggest the quotation without one, and
 * say why".
 */
import { message, type Message } from '../../messages';
import type { Span } from '../../model';
import type { KnownActor, SpeakerSuggestion, SuggestLanguage } from '../types';
import { resolveDescription, resolvePronoun } from './pronounResolution';
import { speakerCandidate, type SpeakerKind } from './speakerCandidates';
import { keepsSpeaker, speakerConfidence, type SpeakerRule, type SpeakerSetting } from './speakerConfidence';
import { linkSpeaker } from './speakerLinks';

/** What the speaker rules found for one quotation, and where. */
export interface FoundSpeaker {
  readonly speaker: SpeakerSuggestion;
  readonly rule: SpeakerRule;
  readonly cueKind?: 'verb' | 'preposition' | 'colon';
  readonly adjacent?: boolean;
  readonly text: string;
  readonly quote: Span;
  readonly sentence: Span;
  readonly language: SuggestLanguage;
  readonly knownActors: readonly KnownActor[];
}

export interface VettedSpeaker {
  /** The speaker to suggest, with its confidence; absent below the setting's threshold. */
  readonly shown?: SpeakerSuggestion;
  /** A speaker that can speak, shown or not: later quotations of the paragraph may take it. */
  readonly candidate?: SpeakerSuggestion;
  /** Why no speaker is shown. */
  readonly withheld?: Message;
}

/**
 * Prepositions whose object is not who speaks ("s'est adressé au Parlement", "told to the
 * press", "sagte gegenüber der Zeitung"); not "par", "by", "von" (the agent of a passive speaks),
 * nor the prepositions of attribution ("selon", "according to", "laut"), which are cues.
 */
const NON_AGENT_PREPOSITIONS = /^(à|au|aux|avec|contre|pour|sur|dans|chez|vers|envers|devant|to|with|at|for|against|into|onto|towards|mit|an|am|gegenüber|zu|zum|zur|vor|gegen|für)$/u;

function governedByPreposition(text: string, span: Span): boolean {
  const before = /([\p{L}]+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, span.start - 20), span.start));
  return before !== null && NON_AGENT_PREPOSITIONS.test(before[1]!.toLowerCase());
}

function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/**
 * Whether a pronoun's antecedent stands in the quotation's own sentence, before the quotation.
 * French only: French annotation gives the name there ("Idriss Déby, qui a rappelé que selon lui
 * « … »"), German annotation keeps the pronoun (on quotes-de/train and dev the name loses).
 */
function namesInOwnSentence(antecedent: Span, pronoun: Span, found: FoundSpeaker): boolean {
  // "X refuse : « … », affirme-t-il": the pronoun inverted in the verb right after the quotation is nearer than the name
  const inverted = found.text[pronoun.start - 1] === '-' && found.adjacent === true && pronoun.start >= found.quote.end;
  return found.language === 'fr' && !inverted && antecedent.start >= found.sentence.start && antecedent.end <= found.quote.start && !insideQuotationMarks(found.text, found.sentence.start, antecedent.start);
}

/** Whether `at` lies inside quotation marks opened after `from`: a name someone speaks of ("« J'ai vu M. Roy »") is not the one who speaks. */
function insideQuotationMarks(text: string, from: number, at: number): boolean {
  const stretch = text.slice(from, at);
  const opened = (stretch.match(/[«“„]/gu) ?? []).length - (stretch.match(/[»”]/gu) ?? []).length;
  return opened > 0 || (stretch.match(/"/gu) ?? []).length % 2 === 1;
}

/** The speaker a rule found, checked, resolved and weighed; `setting` decides whether it is shown. */
export function vetSpeaker(found: FoundSpeaker, setting: SpeakerSetting = 'precise'): VettedSpeaker {
  const { text, language, knownActors } = found;
  const handedOn = found.rule === 'previousInParagraph' || found.rule === 'previousParagraph';
  const span = found.speaker.span;
  let speaker: SpeakerSuggestion = found.speaker;
  let kind: SpeakerKind | undefined = handedOn ? 'name' : undefined;
  let resolved = false;
  if (span && !handedOn) {
    const candidate = speakerCandidate(text, span, language, knownActors);
    if (!candidate || (found.rule === 'cue' && found.cueKind !== 'preposition' && governedByPreposition(text, candidate.span))) return { withheld: message('“{0}” cannot be a speaker', found.speaker.text) };
    kind = candidate.kind;
    if (candidate.span.start !== span.start || candidate.span.end !== span.end) speaker = linkSpeaker(text, candidate.span, knownActors);
    const antecedent = kind === 'pronoun' ? resolvePronoun(text, candidate.span, language) : kind === 'description' ? resolveDescription(text, candidate.span, language) : undefined;
    if (antecedent && kind === 'pronoun' && namesInOwnSentence(antecedent, candidate.span, found)) {
      // "X, qui a rappelé que selon lui « … »": the name in the quotation's own sentence, before it, is the expression that names the source there
      speaker = linkSpeaker(text, antecedent, knownActors);
      kind = 'name';
    } else if (antecedent) {
      resolved = true;
      const link = linkSpeaker(text, antecedent, knownActors);
      speaker = { ...speaker, refersTo: link.text, ...(speaker.actorId || !link.actorId ? {} : { actorId: link.actorId }) };
    }
  }
  const sentence = found.sentence;
  const confidence = speakerConfidence({
    rule: found.rule,
    ...(found.cueKind ? { cueKind: found.cueKind } : {}),
    ...(found.adjacent !== undefined ? { adjacent: found.adjacent } : {}),
    kind: kind ?? 'name',
    resolved,
    sameSentence: !speaker.span || (speaker.span.start >= sentence.start && speaker.span.end <= sentence.end),
    distance: speaker.span ? gap(speaker.span, found.quote) : 0,
    ...(handedOn && found.speaker.confidence !== undefined ? { inherited: found.speaker.confidence } : {}),
  });
  const candidate = { ...speaker, confidence };
  if (keepsSpeaker(confidence, setting)) return { shown: candidate, candidate };
  return { candidate, withheld: message('“{0}” is uncertain (confidence {1}%)', speaker.text, String(Math.round(confidence * 100))) };
}
