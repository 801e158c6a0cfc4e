/**
 * Named rules: the entity, quote and keyword steps run ordered tables of rules, each with an `id`
 * (kebab-case) and a one-line `doc` with a Swedish example. A caller can switch rules off by id.
 */

/** Which rules a step runs. */
export interface RuleOptions {
  /** Ids of rules to skip (`['media-subbrand']`). */
  disable?: readonly string[];
}

/**
 * The rules of an ordered table that are switched on, in table order.
 *
 * @param rules The step's ordered rule table.
 * @param options The caller's rule options.
 */
export function enabledRules<R extends { id: string }>(rules: readonly R[], options?: RuleOptions): R[] {
  const off = options?.disable;
  if (!off || off.length === 0) return rules.slice();
  const skip = new Set(off);
  return rules.filter((r) => !skip.has(r.id));
}
