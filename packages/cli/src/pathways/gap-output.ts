import type { ClusterGaps, CommunicationGaps, Gap, GapTotals, SectorPairGaps } from "@tvaers/pathways";
import { type CsvCell, formatCsv } from "../format/csv.js";
import { formatNumber } from "../format/number.js";
import { formatTable } from "../format/table.js";

/** How `tvaers gaps` groups its rows: one per handoff pair, per sector pair, or per cluster. */
export type GapGrouping = "pair" | "sector" | "cluster";

/** The key of the JSON list for each grouping, as the library names it. */
export const GAP_LISTS = { pair: "gaps", sector: "bySectorPair", cluster: "byCluster" } as const;

/** The rows of one grouping, ranked by severity, the first `top` (all when undefined). */
export function gapRows(
  result: CommunicationGaps,
  by: GapGrouping,
  top: number | undefined,
): Gap[] | SectorPairGaps[] | ClusterGaps[] {
  const all = result[GAP_LISTS[by]];
  return top === undefined ? all : all.slice(0, top);
}

/** A pair's status for people: `direct`, `direct (weak)`, `relayed` or `none`. */
const status = (gap: Gap) => (gap.weak ? "direct (weak)" : gap.status);

/** The normalised quality with two decimals, starred when a missing quality was assumed. */
const quality = (gap: Gap) => `${gap.quality.toFixed(2)}${gap.qualityAssumed ? "*" : ""}`;

/** The table columns that hold text (left-aligned); the others hold figures. */
const TEXT_COLUMNS = new Set(["from", "to", "status", "via", "from sector", "to sector", "scope", "cluster"]);

const TOTALS_HEADER = ["pairs", "volume", "severity", "direct", "relayed", "none", "weak", "flagged"];

const totals = (t: GapTotals): number[] => [
  t.pairs,
  t.volume,
  t.severity,
  t.direct,
  t.relayed,
  t.none,
  t.weak,
  t.flagged,
];

/** Header and rows (raw values) of one grouping, for CSV and, rounded, for the table. */
function columns(rows: readonly (Gap | SectorPairGaps | ClusterGaps)[], by: GapGrouping, forTable: boolean) {
  if (by === "pair") {
    return {
      header: ["rank", "from", "to", "status", "via", "volume", "quality", "severity"],
      rows: (rows as Gap[]).map((g): CsvCell[] => [
        g.rank,
        g.from,
        g.to,
        forTable ? status(g) : g.status,
        g.via.join(" → "),
        g.volume,
        forTable ? quality(g) : g.quality,
        g.severity,
      ]),
    };
  }
  if (by === "sector") {
    return {
      header: ["rank", "from sector", "to sector", ...TOTALS_HEADER],
      rows: (rows as SectorPairGaps[]).map((s, i): CsvCell[] => [
        i + 1,
        s.fromSector,
        s.toSector,
        ...totals(s),
      ]),
    };
  }
  return {
    header: ["rank", "scope", "cluster", ...TOTALS_HEADER],
    rows: (rows as ClusterGaps[]).map((c, i): CsvCell[] => [i + 1, c.scope, c.cluster ?? "", ...totals(c)]),
  };
}

/** Rows as CSV with the raw figures (quality normalised to 0–1, via joined by ` → `). */
export function gapsCsv(rows: readonly (Gap | SectorPairGaps | ClusterGaps)[], by: GapGrouping): string {
  const { header, rows: cells } = columns(rows, by, false);
  return formatCsv(
    header.map((h) => h.replaceAll(" ", "_")),
    cells,
  );
}

/** Rows as an aligned table; a note explains a starred quality. */
export function gapsTable(rows: readonly (Gap | SectorPairGaps | ClusterGaps)[], by: GapGrouping): string {
  if (rows.length === 0) return "No handoff pairs, so no gaps.\n";
  const { header, rows: cells } = columns(rows, by, true);
  const shown = cells.map((row) =>
    row.map((cell) => (typeof cell === "number" ? formatNumber(cell) : (cell ?? ""))),
  );
  const align = header.map((h) => (TEXT_COLUMNS.has(h) ? "left" : "right"));
  const table = formatTable(shown, { header, align });
  const assumed = by === "pair" && (rows as Gap[]).some((g) => g.qualityAssumed);
  return `${table}\n${assumed ? "\n* a tie on the channel has no quality; the scale's midpoint was assumed\n" : ""}`;
}
