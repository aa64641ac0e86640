/**
 * Handoff Sankey: who hands patients to whom, as a two-column flow diagram. Senders stand on the
 * left, receivers on the right, each as a bar as tall as its handoffs; every pair is a band from
 * sender to receiver as thick as its number of handoffs, coloured by the sender's sector. Reads
 * mined handoffs (`mineHandoffs` in @tvaers/pathways, after `suppressSmallCells`): pairs whose count
 * is `null` (suppressed) are not drawn, and a note says how many.
 *
 * A two-column layout (rather than a multi-stage Sankey) suits handoff pairs: every handoff is one
 * step from one group to another, and a group may both send and receive.
 */
import { type Label, labelText } from "@tvaers/model";
import { formatNumber } from "../format.js";
import { type Labelled, type Locale, t } from "../labels.js";
import { sectorColours } from "../palette.js";
import { chartRoot, MUTED, textWidth } from "./frame.js";
import { nameColumnWidth, truncate } from "./truncate.js";

/** One handoff pair: `count` handoffs from `from` to `to`; `null` when disclosure control hid it. */
export interface SankeyFlow {
  from: string;
  to: string;
  count: number | null;
}

/** A group at the mined level (an actor, organisation, sector or cluster) with its name and sector. */
export interface SankeyNode {
  id: string;
  label?: Label;
  sector?: string;
}

/** Options of {@link handoffSankey}. */
export interface HandoffSankeyOptions {
  /** Language of the fixed texts and of the names. Default "en". */
  locale?: Locale;
  /** The groups' names and sectors (a mined network's `actors`); ids are shown otherwise. */
  nodes?: readonly SankeyNode[];
  /** The sectors' catalogue (a document's `sectors`): their order sorts the groups. */
  sectors?: readonly Labelled[];
  /** Chart title. Default: "Handoffs: who hands patients to whom" in the locale. */
  title?: string;
  /** Width in pixels. Default 720. */
  width?: number;
}

/** One side's bar of a group. */
interface Bar {
  id: string;
  value: number;
  y: number;
  height: number;
}

const NODE_WIDTH = 14;
const GAP = 6;
/** The widest a group's name may be drawn; longer names are shortened (the whole name is in the tooltip). */
const NAME_WIDTH = 200;

/** Stacks the bars of one column from `top`, in order, `k` pixels per handoff. */
function stack(values: Map<string, number>, order: string[], top: number, k: number): Map<string, Bar> {
  const bars = new Map<string, Bar>();
  let y = top;
  for (const id of order) {
    const value = values.get(id)!;
    const height = Math.max(1, value * k);
    bars.set(id, { id, value, y, height });
    y += height + GAP;
  }
  return bars;
}

/** Draws handoff pairs as a two-column Sankey diagram and returns the `<svg>` element. */
export function handoffSankey(
  flows: readonly SankeyFlow[],
  options: HandoffSankeyOptions = {},
): SVGSVGElement {
  const { locale = "en" } = options;
  const title = options.title ?? t("sankeyTitle", locale);
  const nodeInfo = new Map((options.nodes ?? []).map((n) => [n.id, n] as const));
  const name = (id: string) => labelText(nodeInfo.get(id)?.label, locale) || id;
  const sectorIds = (options.sectors ?? []).map((s) => s.id);
  const colour = sectorColours(sectorIds);
  const sectorOf = (id: string) => nodeInfo.get(id)?.sector;

  const shown = flows.filter((f): f is SankeyFlow & { count: number } => f.count !== null && f.count > 0);
  const hidden = flows.filter((f) => f.count === null).length;
  const out = new Map<string, number>();
  const into = new Map<string, number>();
  for (const f of shown) {
    out.set(f.from, (out.get(f.from) ?? 0) + f.count);
    into.set(f.to, (into.get(f.to) ?? 0) + f.count);
  }
  const rank = (id: string) => {
    const i = sectorIds.indexOf(sectorOf(id) ?? "");
    return i < 0 ? sectorIds.length : i;
  };
  const order = (values: Map<string, number>) =>
    [...values.keys()].sort(
      (a, b) => rank(a) - rank(b) || values.get(b)! - values.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
    );
  const left = order(out);
  const right = order(into);
  const total = shown.reduce((s, f) => s + f.count, 0);

  const valueWidth = textWidth(" 00,000");
  const labelWidth = (ids: string[]) =>
    Math.max(40, nameColumnWidth(ids.map(name), NAME_WIDTH)) + valueWidth + 8;
  const leftMargin = labelWidth(left);
  const rightMargin = labelWidth(right);
  const width = Math.max(options.width ?? 720, leftMargin + rightMargin + 2 * NODE_WIDTH + 160);
  const top = 52;
  const rows = Math.max(left.length, right.length, 1);
  const columnHeight = Math.max(180, rows * 20);
  const k =
    total === 0
      ? 0
      : Math.min(
          (columnHeight - GAP * (left.length - 1)) / total,
          (columnHeight - GAP * (right.length - 1)) / total,
        );
  const height = top + columnHeight + (hidden > 0 ? 44 : 24);
  const svg = chartRoot("tvaers-handoff-sankey", {
    width,
    height,
    title,
    description: `${t("sankeyFrom", locale)} → ${t("sankeyTo", locale)}: ${formatNumber(total, ",d", locale)} ${t("handoffsUnit", locale)}`,
  });
  const x0 = leftMargin;
  const x1 = width - rightMargin - NODE_WIDTH;
  const columnTop = (ids: string[], values: Map<string, number>) =>
    top + (columnHeight - (ids.reduce((s, id) => s + values.get(id)! * k, 0) + GAP * (ids.length - 1))) / 2;
  const senders = stack(out, left, columnTop(left, out), k);
  const receivers = stack(into, right, columnTop(right, into), k);

  const heading = svg.append("g").attr("class", "column-headings").attr("fill", MUTED);
  heading
    .append("text")
    .attr("x", x0 + NODE_WIDTH)
    .attr("y", top - 12)
    .attr("text-anchor", "end")
    .text(t("sankeyFrom", locale));
  heading
    .append("text")
    .attr("x", x1)
    .attr("y", top - 12)
    .text(t("sankeyTo", locale));

  if (shown.length === 0) {
    svg
      .append("text")
      .attr("class", "empty")
      .attr("x", width / 2)
      .attr("y", top + columnHeight / 2)
      .attr("text-anchor", "middle")
      .attr("fill", MUTED)
      .text(t("noHandoffs", locale));
  }

  // Bands leave each sender in the order of their receivers, and reach each receiver in the order of
  // their senders, so that they do not cross at the bars.
  const position = (bars: Map<string, Bar>, id: string) => bars.get(id)!.y;
  const sentOffset = new Map<string, number>();
  const receivedOffset = new Map<string, number>();
  const bands = [...shown]
    .sort((a, b) => position(receivers, a.to) - position(receivers, b.to))
    .map((f) => {
      const thickness = Math.max(1, f.count * k);
      const s = sentOffset.get(f.from) ?? 0;
      sentOffset.set(f.from, s + thickness);
      return { flow: f, thickness, y0: senders.get(f.from)!.y + s + thickness / 2, y1: 0 };
    })
    .sort((a, b) => position(senders, a.flow.from) - position(senders, b.flow.from));
  for (const band of bands) {
    const r = receivedOffset.get(band.flow.to) ?? 0;
    receivedOffset.set(band.flow.to, r + band.thickness);
    band.y1 = receivers.get(band.flow.to)!.y + r + band.thickness / 2;
  }
  const middle = (x0 + NODE_WIDTH + x1) / 2;
  svg
    .append("g")
    .attr("class", "links")
    .attr("fill", "none")
    .selectAll("path")
    .data(bands)
    .join("path")
    .attr("d", (b) => `M${x0 + NODE_WIDTH},${b.y0}C${middle},${b.y0} ${middle},${b.y1} ${x1},${b.y1}`)
    .attr("stroke", (b) => colour(sectorOf(b.flow.from)))
    .attr("stroke-opacity", 0.45)
    .attr("stroke-width", (b) => b.thickness)
    .append("title")
    .text(
      (b) =>
        `${name(b.flow.from)} → ${name(b.flow.to)}: ${formatNumber(b.flow.count, ",d", locale)} ${t("handoffsUnit", locale)}`,
    );

  const column = (bars: Map<string, Bar>, x: number, side: "sender" | "receiver") => {
    const g = svg
      .append("g")
      .attr("class", `nodes ${side}s`)
      .selectAll("g")
      .data([...bars.values()])
      .join("g")
      .attr("transform", (bar) => `translate(${x},${bar.y})`);
    g.append("rect")
      .attr("width", NODE_WIDTH)
      .attr("height", (bar) => bar.height)
      .attr("fill", (bar) => colour(sectorOf(bar.id)))
      .append("title")
      .text(
        (bar) => `${name(bar.id)}: ${formatNumber(bar.value, ",d", locale)} ${t("handoffsUnit", locale)}`,
      );
    g.append("text")
      .attr("x", side === "sender" ? -6 : NODE_WIDTH + 6)
      .attr("y", (bar) => bar.height / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", side === "sender" ? "end" : "start")
      .text((bar) => `${truncate(name(bar.id), NAME_WIDTH)} ${formatNumber(bar.value, ",d", locale)}`)
      .append("title")
      .text((bar) => name(bar.id));
  };
  column(senders, x0, "sender");
  column(receivers, x1, "receiver");

  if (hidden > 0) {
    svg
      .append("text")
      .attr("class", "note")
      .attr("x", 0)
      .attr("y", height - 8)
      .attr("fill", MUTED)
      .attr("font-size", 11)
      .text(
        `${formatNumber(hidden, ",d", locale)} ${t(hidden === 1 ? "hiddenPair" : "hiddenPairs", locale)}`,
      );
  }
  return svg.node()!;
}
