/**
 * How sure a suggested speaker is, from its evidence: which rule found it (a cue in its own
 * sentence, the speaker of the quotation before, the bare subject of the sentence), the cue's kind
 * and whether it touches the quotation, what kind of candidate it is (a name, a pronoun resolved
 * or not, a description), and how far it stands from the quotation. A user's setting turns the
 * confidence into a choice: below the threshold the quotation is suggested without a speaker.
 */
import type { SpeakerKind } from './speakerCandidates';

/** The speaker rules of ./quotations.ts, by the evidence they read. */
export type SpeakerRule =
  | 'cue'
  | 'invertedPronoun'
  | 'ownClause'
  | 'cueBefore'
  | 'previousInParagraph'
  | 'pronounOfOwnClause'
  | 'subjectBefore'
  | 'previousParagraph'
  | 'sourceBefore'
  | 'subjectOfSentence';

/** What the user prefers: few wrong speakers (`precise`), more speakers (`balanced`), every candidate (`all`). */
export type SpeakerSetting = 'precise' | 'balanced' | 'all';

export const SPEAKER_SETTINGS: readonly SpeakerSetting[] = ['precise', 'balanced', 'all'];

/** The confidence a speaker needs to be suggested, per setting. */
export const SPEAKER_THRESHOLDS: Readonly<Record<SpeakerSetting, number>> = { precise: 0.6, balanced: 0.45, all: 0 };

/** The evidence behind one speaker. */
export interface SpeakerEvidence {
  readonly rule: SpeakerRule;
  /** For the rule `cue`: a verb of saying, a preposition ("selon"), a colon. */
  readonly cueKind?: 'verb' | 'preposition' | 'colon';
  /** Only punctuation between the cue and the quotation. */
  readonly adjacent?: boolean;
  readonly kind: SpeakerKind;
  /** A pronoun or description whose antecedent was found. */
  readonly resolved: boolean;
  /** The speaker is in the quotation's own sentence. */
  readonly sameSentence: boolean;
  /** Characters between the speaker and the quotation. */
  readonly distance: number;
  /** For a speaker handed on from an earlier quotation: that speaker's confidence. */
  readonly inherited?: number;
}

/** What each rule's evidence is worth on its own, before the candidate and the distance. */
const RULE_BASE: Readonly<Record<SpeakerRule, number>> = {
  invertedPronoun: 0.95,
  cue: 0.8,
  ownClause: 0.65,
  cueBefore: 0.65,
  previousInParagraph: 0.7,
  pronounOfOwnClause: 0.6,
  subjectBefore: 0.6,
  previousParagraph: 0.55,
  sourceBefore: 0.35,
  subjectOfSentence: 0.6,
};

/** Rules that look outside the quotation's sentence on purpose. */
const CROSSES_SENTENCES: ReadonlySet<SpeakerRule> = new Set(['cueBefore', 'previousInParagraph', 'subjectBefore', 'previousParagraph', 'sourceBefore']);

/** Confidence in 0..1. */
export function speakerConfidence(e: SpeakerEvidence): number {
  let confidence = RULE_BASE[e.rule];
  if (e.rule === 'cue') {
    if (e.cueKind === 'preposition') confidence += 0.05;
    if (e.cueKind === 'colon') confidence -= 0.1;
    if (e.adjacent) confidence += 0.08;
  }
  if (e.kind === 'actor') confidence += 0.05;
  if (e.kind === 'pronoun' && !e.resolved && e.rule !== 'invertedPronoun') confidence -= 0.1;
  // the subject of the quotation's own sentence needs no antecedent: "Le ministère a décidé de « … »" (on every French fold and German dev, withholding it lost more right speakers than wrong ones)
  if (e.kind === 'description' && !e.resolved && e.rule !== 'subjectOfSentence') confidence -= 0.05;
  if (!e.sameSentence && !CROSSES_SENTENCES.has(e.rule)) confidence -= 0.15;
  // a speaker handed on or read in another sentence is far by nature: its rule's base says how much that costs
  if (e.distance > 150 && !CROSSES_SENTENCES.has(e.rule)) confidence -= 0.1;
  if (e.inherited !== undefined) confidence = Math.min(confidence, e.inherited);
  return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100;
}

/** Whether a speaker of `confidence` is suggested under `setting`. */
export function keepsSpeaker(confidence: number, setting: SpeakerSetting = 'precise'): boolean {
  return confidence >= SPEAKER_THRESHOLDS[setting];
}

/** The setting a user wrote, or the default when it is not one (so a typo never hides every speaker). */
export function speakerSetting(value: unknown): SpeakerSetting {
  return SPEAKER_SETTINGS.includes(value as SpeakerSetting) ? (value as SpeakerSetting) : 'precise';
}
