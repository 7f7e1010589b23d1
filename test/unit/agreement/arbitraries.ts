/** Random annotations of a short continuum for the agreement property tests. */
import fc from 'fast-check';
import type { Unit } from '../../../src/core/agreement/units';

export const LENGTH = 60;
const TYPES = ['person', 'place', 'organization'];

export const arbitraryUnit = (types: readonly string[] = TYPES): fc.Arbitrary<Unit> =>
  fc.tuple(fc.nat({ max: LENGTH - 1 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(...types))
    .map(([start, length, type]) => ({ start, end: Math.min(LENGTH, start + length), type }));

export const arbitraryUnits = (types?: readonly string[]): fc.Arbitrary<Unit[]> => fc.array(arbitraryUnit(types), { maxLength: 8 });
