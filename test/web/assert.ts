// The assertions of the web worker suite: the worker has no Node `assert`, and these few are
// all the suite needs (failures say what was expected and what came).

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

/** Deep equality of plain data (arrays, objects, primitives), by their JSON with sorted keys. */
export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
    }
    return value;
  };
  if (show(canonical(actual)) !== show(canonical(expected))) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function match(text: string, pattern: RegExp, message = ''): void {
  if (!pattern.test(text)) throw new AssertionError(`${message ? `${message}: ` : ''}${show(text)} does not match ${String(pattern)}`);
}
