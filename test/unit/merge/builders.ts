/** Small builders of model values for the merge tests. */
import type { Actor, Anchor, Annotations, Quotation } from '../../../src/core/model';

export function anchor(text: string, before = '', after = ''): Anchor {
  return { text, before, after };
}

export function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return { id, type: 'person', name: id, aliases: [], added: [], excluded: [], ...fields };
}

export function quotation(at: Anchor, fields: Partial<Quotation> = {}): Quotation {
  return { anchor: at, topics: [], ...fields };
}

export function annotations(fields: Partial<Annotations> = {}): Annotations {
  return { actors: [], quotations: [], topics: [], notes: [], rejected: [], ...fields };
}
