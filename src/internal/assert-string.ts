/**
 * Throws a `TypeError` with a clear message when `value` is not a string.
 *
 * @param value The argument to check.
 * @param fn The public function's name, for the message.
 * @param param The parameter's name, for the message.
 */
export function assertString(value: unknown, fn: string, param = 'text'): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new TypeError(`swedish-nlp: ${fn}(${param}) expects a string, got ${got}`);
  }
}
