/**
 * Merges network documents into one. Ids are shared across the example files (the same actor,
 * municipality or tie has the same id everywhere), so the first document that names an id wins and
 * later copies are dropped; everything else is kept. The result is validated like any input.
 */
import { parseNetwork } from "@tvaers/model";

/** The items of several lists, the first of each id only. */
function unionById(lists) {
  const seen = new Set();
  const out = [];
  for (const list of lists) {
    for (const item of list ?? []) {
      const key = item.id ?? `${item.source}\u0000${item.target}\u0000${item.kind}\u0000${out.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/**
 * One document holding every sector, cluster, organisation, actor and tie of `documents`.
 * @param {import("@tvaers/model").NetworkDocument[]} documents
 * @param {{ name: string, description?: string }} about
 */
export function mergeDocuments(documents, { name, description }) {
  return parseNetwork(
    {
      format: "tvaers.network/v1",
      name,
      ...(description && { description }),
      sectors: unionById(documents.map((d) => d.sectors)),
      clusters: unionById(documents.map((d) => d.clusters)),
      organisations: unionById(documents.map((d) => d.organisations)),
      actors: unionById(documents.map((d) => d.actors)),
      ties: unionById(documents.map((d) => d.ties)),
    },
    { file: name },
  );
}
