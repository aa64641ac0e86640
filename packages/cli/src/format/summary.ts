import type { NetworkSummary } from "@tvaers/model";
import { formatNumber, formatShare } from "./number.js";
import { formatTable } from "./table.js";

/**
 * A network summary as text: a heading with the file, the cross-sector line, then tables of actors
 * per sector, actors per kind and ties per kind.
 */
export function formatSummary(summary: NetworkSummary, file: string): string {
  const { crossSector: cross } = summary;
  const total = summary.tiesByKind.reduce((sum, k) => sum + k.weight, 0);
  return [
    `${summary.name} (${file})`,
    `${summary.actors} actors, ${summary.ties} ties`,
    `cross-sector ties: ${cross.ties} of ${summary.ties} (${formatShare(cross.share)}), ` +
      `weight ${formatNumber(cross.weight)} of ${formatNumber(total)} (${formatShare(cross.weightShare)})`,
    "",
    formatTable(
      summary.actorsBySector.map((s) => [s.label, s.count]),
      { header: ["sector", "actors"] },
    ),
    "",
    formatTable(
      summary.actorsByKind.map((k) => [k.kind, k.count]),
      { header: ["actor kind", "actors"] },
    ),
    "",
    formatTable(
      summary.tiesByKind.map((k) => [k.kind, k.count, formatNumber(k.weight)]),
      { header: ["tie kind", "ties", "weight"], align: ["left", "right", "right"] },
    ),
    "",
  ].join("\n");
}
