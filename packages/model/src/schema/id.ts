import { z } from "zod";

/**
 * Whether an id is a name JavaScript reserves on every object (`__proto__`, `constructor`,
 * `toString`, …). Graph libraries, graphology among them, keep neighbours in plain objects keyed by
 * node id, so such an id would corrupt the graph or, for `__proto__`, every object in the program.
 */
export function isReservedId(id: string): boolean {
  return id in Object.prototype;
}

/**
 * An identifier of a sector, cluster, organisation, actor or tie: a non-empty string without
 * surrounding spaces, and not a name JavaScript reserves (see {@link isReservedId}).
 */
export const IdSchema = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => s.trim() === s, "must not start or end with spaces")
  .refine((s) => !isReservedId(s), {
    error: (issue) =>
      `must not be "${String(issue.input)}", a name reserved by JavaScript; choose another id`,
  });
