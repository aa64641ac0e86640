import { diffNetworks, type FieldChange, type NetworkDiff } from "@tvaers/model";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { type CsvCell, formatCsv } from "../format/csv.js";
import { formatTable } from "../format/table.js";
import { readNetwork } from "../read-network.js";

const value = (v: unknown): string => (v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

/** The id an added or removed item is shown by: its id, else its match key or the whole row. */
function itemId(item: unknown): string {
  const x = item as { id?: unknown; source?: unknown; target?: unknown; kind?: unknown; forum?: unknown };
  if (typeof x.id === "string") return x.id;
  if (typeof x.source === "string") return `${x.source} → ${String(x.target)} (${String(x.kind)})`;
  return JSON.stringify(item);
}

/** One row per change: collection, change, id, field, before, after. */
function changeRows(diff: NetworkDiff): CsvCell[][] {
  const rows: CsvCell[][] = diff.document.map((c: FieldChange) => [
    "document",
    "changed",
    "",
    c.field,
    value(c.before),
    value(c.after),
  ]);
  for (const [collection, d] of Object.entries(diff)) {
    if (collection === "document") continue;
    const part = d as {
      added: unknown[];
      removed: unknown[];
      changed?: { id: string; changes: FieldChange[] }[];
    };
    for (const item of part.added) rows.push([collection, "added", itemId(item), "", "", value(item)]);
    for (const item of part.removed) rows.push([collection, "removed", itemId(item), "", value(item), ""]);
    for (const c of part.changed ?? []) {
      for (const f of c.changes)
        rows.push([collection, "changed", c.id, f.field, value(f.before), value(f.after)]);
    }
  }
  return rows;
}

/** `tvaers diff <before> <after>`: what was added, removed and changed between two snapshots. */
export const diff: Command = {
  name: "diff",
  summary: "compare two snapshots of a network: actors and ties added, removed, changed",
  description:
    "Compares two network documents field by field, every attribute included. Actors, sectors,\n" +
    "organisations, clusters and forums are matched by id; ties by id, else by source, target, kind and\n" +
    "channel (ends in either order for an undirected tie); memberships and rules as whole rows.\n" +
    "JSON gives the full diff; CSV and table give one row per change.",
  arguments: ["<before>", "<after>"],
  options: {
    format: { type: "string", choices: ["table", "json", "csv"], description: "output format" },
  },
  examples: ["tvaers diff data/networks/klynge-vest.json data/forums/klynge-vest-forums.json --format json"],
  async run({ positionals, options }, io) {
    const [beforeFile, afterFile] = positionals as [string, string];
    const result = diffNetworks(await readNetwork(beforeFile), await readNetwork(afterFile));
    if (options.format === "json") {
      io.stdout.write(`${JSON.stringify({ before: beforeFile, after: afterFile, diff: result }, null, 2)}\n`);
      return EXIT.ok;
    }
    const header = ["collection", "change", "id", "field", "before", "after"];
    const rows = changeRows(result);
    if (options.format === "csv") io.stdout.write(formatCsv(header, rows));
    else if (rows.length === 0) io.stdout.write("no differences\n");
    else
      io.stdout.write(
        `${formatTable(
          rows.map((r) => r.map((c) => c ?? "")),
          { header },
        )}\n`,
      );
    return EXIT.ok;
  },
};
