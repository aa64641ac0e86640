import { setOwn } from "@tvaers/model";

/**
 * Builds a plain object keyed by node id (or group id) from pairs, with own properties only, so an
 * id such as `__proto__` is an ordinary key. Every measure returns its per-node results this way.
 */
export function keyed<V>(pairs: Iterable<readonly [string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of pairs) setOwn(out, key, value);
  return out;
}
