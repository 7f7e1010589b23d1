/**
 * Public types of the suggesters: what they propose, never stored until the user accepts it.
 * Offsets follow model.ts: UTF-16 code units into the text, end exclusive.
 */
import type { Message } from '../messages';
import type { DefaultActorType, QuotationKind, Span } from '../model';
import type { TownNames } from './entities/towns';
import type { SpeakerSetting } from './quotations/speakerConfidence';

/** An actor already known (from this sidecar or the workspace), used as a gazetteer. */
export interface KnownActor {
  readonly id: string;
  /** Display name first, then aliases; all are matched as whole words. */
  readonly names: readonly string[];
  /** Type of the actor, when the entity suggester should reuse it. */
  readonly type?: DefaultActorType;
}

/** Language of the text, as far as cue lexicons are concerned. */
export type SuggestLanguage = 'fr' | 'en' | 'de';

export interface SuggestOptions {
  /** Actors whose names and aliases link speakers and seed entity candidates. */
  readonly knownActors?: readonly KnownActor[];
  /** Forces the language; otherwise it is guessed from function words. */
  readonly language?: SuggestLanguage;
  /**
   * Names of towns, which type a name as a place (see ./towns.ts). The host reads the list
   * (`towns.txt` beside the bundles) and passes it: the core reads no files. Without it, names
   * are typed by their context alone.
   */
  readonly towns?: TownNames;
  /**
   * How sure a speaker must be to be suggested (`marginalia.suggestions.speakers`, `suggest
   * --speakers`): `precise` (the default) leaves out uncertain speakers, `balanced` fewer,
   * `all` keeps every speaker that can speak. A quotation whose speaker is left out is still
   * suggested, and its reason says why.
   */
  readonly speakers?: SpeakerSetting;
}

/** Who a quotation is attributed to. */
export interface SpeakerSuggestion {
  /** The expression naming the source near the quotation, when it is in the text. */
  readonly span?: Span;
  readonly text: string;
  /** Id of a known actor whose name or alias matches (for a pronoun: its antecedent's). */
  readonly actorId?: string;
  /** 0..1, how sure the suggester is of this speaker (set on every suggested speaker). */
  readonly confidence?: number;
  /** For a pronoun or a description ("il", "le ministre"): the name it stands for. */
  readonly refersTo?: string;
}

export interface QuotationSuggestion {
  /** The passage including its quotation marks (for a multi-paragraph quotation: first mark to last). */
  readonly span: Span;
  /** True for reported speech in quotation marks; false for titles, names, terms, scare quotes and indirect speech. */
  readonly direct: boolean;
  /** `indirect` for reported speech without quotation marks ("X said that …"): `span` is then the reported clause. */
  readonly kind?: QuotationKind;
  readonly speaker?: SpeakerSuggestion;
  /** The verb group or preposition of attribution ("a déclaré", "selon", "said", "sagte"). */
  readonly cue?: Span;
  /** 0..1, how sure the detector is about `direct`. */
  readonly confidence: number;
  /** Short explanation in English ("introduced by a colon; speaker: named with the cue"). */
  readonly reason: string;
  /** The same explanation for the editor to show in the display language (see ./reasons.ts). */
  readonly reasonMessage?: Message;
}

export type EntityType = 'person' | 'organization' | 'place' | 'date' | 'event' | 'work' | 'misc';

export interface EntitySuggestion {
  readonly span: Span;
  readonly type: EntityType;
  readonly confidence: number;
  /** Short explanation in English ("first name, title before"). */
  readonly reason: string;
  /** The same explanation for the editor to show in the display language (see ./reasons.ts). */
  readonly reasonMessage?: Message;
  /** Set when the candidate is a name or alias of a known actor. */
  readonly actorId?: string;
}
