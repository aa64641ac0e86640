/**
 * The card that follows the pointer over an actor: its name, sector, organisation, cluster, kind,
 * the size measure, its number of ties and its own attributes (provenance, source, …).
 */
import { labelText, type NetworkGraph } from "@tvaers/model";
import { formatNumber } from "../format.js";
import { catalogueText, type Locale, t } from "../labels.js";

/** Options of {@link hoverCard}. */
export interface HoverCardOptions {
  locale: Locale;
  /** The size measure's name and values, when the view sizes by one. */
  measure?: { label: string; values: Readonly<Record<string, number>> };
}

/** The hover card: an element to place in the view, `show(node, x, y)` and `hide()`. */
export function hoverCard(graph: NetworkGraph, { locale, measure }: HoverCardOptions) {
  const g = graph.getAttributes();
  const sector = catalogueText(g.sectors, locale);
  const organisation = catalogueText(g.organisations, locale);
  const cluster = catalogueText(g.clusters, locale);
  const element = document.createElement("div");
  element.className = "tvaers-hover-card";
  element.setAttribute("role", "status");
  element.style.cssText =
    "position:absolute;display:none;pointer-events:none;z-index:2;max-width:300px;padding:0.5em 0.7em;" +
    "background:rgba(255,255,255,0.96);border:1px solid #c8ccd2;border-radius:4px;" +
    "box-shadow:0 2px 6px rgba(0,0,0,0.15);font:12px/1.4 system-ui,sans-serif;color:#1b1e23";

  const show = (node: string, x: number, y: number) => {
    const actor = graph.getNodeAttributes(node);
    const rows: [string, string][] = [[t("sector", locale), sector(actor.sector)]];
    if (actor.organisation !== undefined)
      rows.push([t("organisation", locale), organisation(actor.organisation)]);
    if (actor.cluster !== undefined) rows.push([t("cluster", locale), cluster(actor.cluster)]);
    if (actor.kind !== undefined) rows.push([t("kind", locale), actor.kind]);
    if (measure !== undefined && measure.values[node] !== undefined) {
      rows.push([measure.label, formatNumber(measure.values[node]!, ",.3~f", locale)]);
    }
    rows.push([t("ties", locale), String(graph.degree(node))]);
    for (const [key, value] of Object.entries(actor.attributes ?? {})) {
      if (rows.length >= 12) break;
      if (value !== null && typeof value !== "object") rows.push([key, String(value)]);
    }
    element.replaceChildren();
    const title = element.appendChild(document.createElement("strong"));
    title.textContent = labelText(actor.labels ?? actor.label, locale) || node;
    const list = element.appendChild(document.createElement("dl"));
    list.style.cssText = "display:grid;grid-template-columns:auto 1fr;gap:0 0.6em;margin:0.3em 0 0";
    for (const [term, value] of rows) {
      const dt = list.appendChild(document.createElement("dt"));
      dt.textContent = term;
      dt.style.color = "#5f6670";
      const dd = list.appendChild(document.createElement("dd"));
      dd.textContent = value;
      dd.style.cssText = "margin:0;overflow-wrap:anywhere";
    }
    element.style.left = `${x + 14}px`;
    element.style.top = `${y + 14}px`;
    element.style.display = "block";
  };
  const hide = () => {
    element.style.display = "none";
  };
  return { element, show, hide };
}
