import type { NetworkGraph } from "@tvaers/model";
import { catalogueText, type Locale, t } from "../labels.js";
import { sectorColours } from "../palette.js";

/**
 * The network view's legend: a swatch and name for every sector that has actors in the graph (in
 * the document's order), and what node size stands for.
 */
export function networkLegend(
  graph: NetworkGraph,
  { locale, sizeLabel }: { locale: Locale; sizeLabel?: string },
) {
  const sectors = graph.getAttribute("sectors") ?? [];
  const colour = sectorColours(sectors.map((s) => s.id));
  const name = catalogueText(sectors, locale);
  const present = new Set<string>();
  graph.forEachNode((_node, actor) => {
    present.add(actor.sector);
  });
  const known = sectors.map((s) => s.id).filter((id) => present.has(id));
  const others = [...present].filter((id) => !known.includes(id)).sort();

  const legend = document.createElement("div");
  legend.className = "tvaers-legend";
  legend.setAttribute("aria-label", t("legend", locale));
  legend.style.cssText =
    "display:flex;flex-wrap:wrap;gap:0.3em 1em;align-items:center;font:12px system-ui,sans-serif";
  const heading = legend.appendChild(document.createElement("strong"));
  heading.textContent = `${t("legend", locale)}:`;
  for (const id of [...known, ...others]) {
    const item = legend.appendChild(document.createElement("span"));
    item.className = "tvaers-legend-item";
    item.dataset.sector = id;
    const swatch = item.appendChild(document.createElement("span"));
    swatch.style.cssText = `display:inline-block;width:0.9em;height:0.9em;border-radius:50%;margin-right:0.3em;vertical-align:-0.1em;background:${colour(id)}`;
    item.append(name(id));
  }
  if (sizeLabel !== undefined) {
    const size = legend.appendChild(document.createElement("span"));
    size.className = "tvaers-legend-size";
    size.textContent = `${t("sizeBy", locale)}: ${sizeLabel}`;
    size.style.color = "#5f6670";
  }
  return legend;
}
