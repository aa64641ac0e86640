/** Where an inferred id was first mentioned: which list, and which item in it. */
export interface FirstMention {
  id: string;
  list: number;
  index: number;
}

/**
 * The distinct non-empty values of `field` (`sector` or `cluster`) across lists of items, in order of
 * first appearance. A CSV bundle without `sectors.csv` or `clusters.csv` gets its sectors or clusters
 * this way, from actors and then organisations, each labelled with its id.
 */
export function distinctValues(
  lists: readonly (readonly Record<string, unknown>[])[],
  field: "sector" | "cluster",
): FirstMention[] {
  const seen = new Set<string>();
  const out: FirstMention[] = [];
  lists.forEach((items, list) => {
    items.forEach((item, index) => {
      const id = item[field];
      if (typeof id !== "string" || id === "" || seen.has(id)) return;
      seen.add(id);
      out.push({ id, list, index });
    });
  });
  return out;
}
