/**
 * Why a suggestion is made, in the two forms its readers need: English text for the CLI, the
 * brat export and the eval (`reason`), and a message the editor shows in the display language
 * (`reasonMessage`, see ../messages.ts). The English is always derived from the message, so
 * the two cannot drift apart.
 */
import { formatMessage, message, type Message } from '../messages';

/** A reason in both forms. */
export interface Explained {
  /** English, as the CLI prints it: "first name, title before". */
  readonly reason: string;
  /** The same reason, for the editor to translate. */
  readonly reasonMessage: Message;
}

/** The reason `why`, with its English. */
export function explained(why: Message): Explained {
  return { reason: formatMessage(why), reasonMessage: why };
}

/**
 * Several reasons as one, each translated on its own and separated by commas (in English and
 * French alike): "first name, title before"; `none` when there are none.
 */
export function reasonList(reasons: readonly Message[], none: Message): Message {
  return reasons.length === 0 ? none : reasons.reduce((list, next) => message('{0}, {1}', list, next));
}
