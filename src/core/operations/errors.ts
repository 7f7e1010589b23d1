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
 * A refused operation: the annotations are unchanged. `code` is for programs (an editor
 * adapter picks its localised message from it); `message` is a clear English sentence.
 */
export class AnnotationError extends Error {
  constructor(
    readonly code: AnnotationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AnnotationError';
  }
}
