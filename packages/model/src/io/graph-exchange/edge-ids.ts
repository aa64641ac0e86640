/**
 * Edge ids that several edges share cannot be tie ids, which are unique. networkx writes them: in
 * GraphML, the id of a multigraph edge is its key, counted per pair of nodes (so many edges are `0`).
 * Rather than refuse such a file, the reader keeps each shared id in the tie attribute
 * {@link SHARED_EDGE_ID_ATTRIBUTE}, leaves the tie without an id, and reports one warning. Ids used
 * by one edge only stay tie ids.
 */
import type { Problem } from "../../errors/problem.js";
import { type AttributeValue, safeRecord } from "../../schema/attributes.js";

/** The tie attribute that keeps an edge id shared with other edges. */
export const SHARED_EDGE_ID_ATTRIBUTE = "edge id";

/** Moves edge ids used by more than one tie into {@link SHARED_EDGE_ID_ATTRIBUTE}, with a warning. */
export function keepSharedEdgeIds(
  ties: Record<string, unknown>[],
  lines: readonly number[],
  file: string | undefined,
  warn: ((warning: Problem) => void) | undefined,
): void {
  const uses = new Map<unknown, number>();
  for (const tie of ties) uses.set(tie.id, (uses.get(tie.id) ?? 0) + 1);
  let moved = 0;
  let firstLine = 0;
  ties.forEach((tie, i) => {
    const id = tie.id;
    if (typeof id !== "string" || uses.get(id)! < 2) return;
    const own = (tie.attributes ?? {}) as Record<string, AttributeValue>;
    tie.attributes = safeRecord<AttributeValue>([
      [SHARED_EDGE_ID_ATTRIBUTE, id],
      ...Object.keys(own).map((k) => [k, own[k]!] as const),
    ]);
    delete tie.id;
    if (moved === 0) firstLine = lines[i] ?? 0;
    moved += 1;
  });
  if (moved > 0 && warn !== undefined) {
    warn({
      ...(file !== undefined && { file }),
      line: firstLine,
      field: "id",
      message: `${moved} edges share their ids with other edges (networkx writes ids like this), so these ids are kept as the tie attribute "${SHARED_EDGE_ID_ATTRIBUTE}" and the ties have no id`,
    });
  }
}
