import { LocalizableError, type Message } from '../messages';

/** Why an operation on the annotations was refused. */
export type AnnotationErrorCode =
  | 'unknown-actor'
  | 'unknown-alias'
  | 'unknown-mention'
  | 'unknown-exclusion'
  | 'unknown-quotation'
  | 'unknown-topic'
  | 'unknown-passage'
  | 'unknown-note'
  | 'unknown-rejection'
  | 'duplicate-id'
  | 'invalid-id'
  | 'invalid-name'
  | 'invalid-type'
  | 'invalid-anchor'
  | 'invalid-speaker'
  | 'invalid-note'
  | 'merge-into-itself';

/**
 * A refused operation: the annotations are unchanged. `code` is for programs; `message` is a
 * clear English sentence, and `localizable` the same as a template the editor translates.
 */
export class AnnotationError extends LocalizableError {
  constructor(
    readonly code: AnnotationErrorCode,
    text: Message,
  ) {
    super(text);
    this.name = 'AnnotationError';
  }
}
