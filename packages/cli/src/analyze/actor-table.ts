import type { AbstractGraph } from "graphology-types";
import type { Cell } from "../format/table.js";
import type { AnalyzeMeasure } from "./measures.js";

/** Rounds for display: six significant digits; NaN (undefined for this actor) as an empty cell. */
function show(value: number | undefined): Cell {
  if (value === undefined || Number.isNaN(value)) return "";
  return Number.isInteger(value) ? value : Number(value.toPrecision(6));
}

/**
 * One row per actor (id, label, sector) with a column per per-actor value of the measures run.
 * Measures with only whole-network results (mixing matrix, assortativity) add no columns.
 */
export function actorTable(
  graph: AbstractGraph,
  measures: readonly AnalyzeMeasure[],
  results: Readonly<Record<string, unknown>>,
): { header: string[]; rows: Cell[][] } {
  const columns = measures.flatMap((m) => m.columns(results[m.name]));
  const header = ["id", "label", "sector", ...columns.map((c) => c.name)];
  const rows = graph.mapNodes((id, a): Cell[] => [
    id,
    String(a.label ?? id),
    String(a.sector ?? ""),
    ...columns.map((c) => show(Object.hasOwn(c.values, id) ? c.values[id] : undefined)),
  ]);
  return { header, rows };
}
