/**
 * Filling in what a network document needs when a GEXF or GraphML file was made by another tool
 * (Gephi, Cytoscape, networkx) and carries no tvaers metadata.
 *
 * - Sectors, clusters and organisations are the distinct values of the nodes' `sector`, `cluster` and
 *   `organisation` attributes, in order of first use, each labelled by its id. An organisation's sector
 *   is the sector of the first node that names it.
 * - A node without a `sector` goes into the sector {@link UNKNOWN_SECTOR} ("Unknown sector"), and the
 *   reader reports a warning: the file still opens, and the gap is visible in every view by sector.
 * - An edge without a `kind` attribute is a {@link DEFAULT_FOREIGN_TIE_KIND} tie.
 * - The network's name is the file's graph name when it has one, else the file name without its
 *   extension, else "Imported network". Other graph-level data (creator, keywords, …) is kept as
 *   `key: value` lines after the file's description.
 */
import type { Problem } from "../../errors/problem.js";
import type { TieKind } from "../../schema/tie.js";

/** The sector of actors whose file gave none. */
export const UNKNOWN_SECTOR = "unknown";

/** The kind of a tie read from a file that does not say. */
export const DEFAULT_FOREIGN_TIE_KIND: TieKind = "collaboration";

/** The catalogue built for a foreign file, with the node line each entry came from. */
export interface ForeignCatalogue {
  sectors: Record<string, unknown>[];
  clusters: Record<string, unknown>[];
  organisations: Record<string, unknown>[];
  lines: { sectors: number[]; clusters: number[]; organisations: number[] };
}

/**
 * Builds sectors, clusters and organisations from loose actors (as made by `readActor`), putting
 * actors without a sector into {@link UNKNOWN_SECTOR} and reporting that as one warning.
 */
export function foreignCatalogue(
  actors: Record<string, unknown>[],
  actorLines: readonly number[],
  file: string | undefined,
  warn: ((warning: Problem) => void) | undefined,
): ForeignCatalogue {
  const out: ForeignCatalogue = {
    sectors: [],
    clusters: [],
    organisations: [],
    lines: { sectors: [], clusters: [], organisations: [] },
  };
  const seen = { sectors: new Set<string>(), clusters: new Set<string>(), organisations: new Set<string>() };
  const missing: string[] = [];
  let firstMissingLine = 0;
  actors.forEach((actor, i) => {
    const line = actorLines[i] ?? 0;
    if (typeof actor.sector !== "string") {
      actor.sector = UNKNOWN_SECTOR;
      if (missing.length === 0) firstMissingLine = line;
      missing.push(String(actor.id));
    }
    const add = (collection: keyof typeof seen, id: unknown, entry: () => Record<string, unknown>) => {
      if (typeof id !== "string" || seen[collection].has(id)) return;
      seen[collection].add(id);
      out[collection].push(entry());
      out.lines[collection].push(line);
    };
    add("sectors", actor.sector, () =>
      actor.sector === UNKNOWN_SECTOR && missing.length > 0
        ? {
            id: UNKNOWN_SECTOR,
            label: { en: "Unknown sector", da: "Ukendt sektor" },
            description: "Actors whose file gave no sector.",
          }
        : { id: actor.sector, label: actor.sector },
    );
    add("clusters", actor.cluster, () => ({ id: actor.cluster, label: actor.cluster }));
    add("organisations", actor.organisation, () => ({
      id: actor.organisation,
      label: actor.organisation,
      sector: actor.sector,
      ...(typeof actor.cluster === "string" && { cluster: actor.cluster }),
    }));
  });
  if (missing.length > 0 && warn !== undefined) {
    const shown = missing.slice(0, 10).map((id) => `"${id}"`);
    if (missing.length > 10) shown.push(`and ${missing.length - 10} more`);
    warn({
      ...(file !== undefined && { file }),
      line: firstMissingLine,
      field: "sector",
      message: `${missing.length} actor${missing.length === 1 ? " has" : "s have"} no sector (${shown.join(", ")}); they are in the sector "${UNKNOWN_SECTOR}"`,
    });
  }
  return out;
}

/** The name of a network read from a foreign file: its graph name, else the file name, else "Imported network". */
export function foreignName(graphName: string | undefined, file: string | undefined): string {
  if (graphName !== undefined && graphName.trim() !== "") return graphName;
  const base = file
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]*$/, "");
  return base !== undefined && base.trim() !== "" ? base : "Imported network";
}

/** The description of a network read from a foreign file: its description, then other metadata as `key: value` lines. */
export function foreignDescription(
  description: string | undefined,
  other: readonly (readonly [string, string])[],
): string | undefined {
  const lines = [...(description !== undefined && description.trim() !== "" ? [description] : [])];
  for (const [key, value] of other) lines.push(`${key}: ${value}`);
  return lines.length > 0 ? lines.join("\n") : undefined;
}
