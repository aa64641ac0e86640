/**
 * Waiting times at handoffs: one row per handoff pair, a dark bar to the median wait and a light bar
 * on to the 90th percentile (nine in ten patients waited less), from mined handoffs' `waitHours`
 * (`mineHandoffs` in @tvaers/pathways). Pairs whose median is `null` (suppressed by disclosure
 * control) are left out. Waits are shown in hours, or in days when the longest is over three days.
 */
import { type Label, labelText } from "@tvaers/model";
import { scaleLinear } from "d3";
import { formatNumber } from "../format.js";
import { type Locale, t } from "../labels.js";
import { chartRoot, gridAxis, MUTED, textWidth } from "./frame.js";
import { nameColumnWidth, truncate } from "./truncate.js";

/** One handoff pair's waits in hours; `null` when disclosure control hid them. */
export interface WaitRow {
  from: string;
  to: string;
  median: number | null;
  p90: number | null;
}

/** Options of {@link handoffWaits}. */
export interface HandoffWaitsOptions {
  /** Language of the fixed texts and of the names. Default "en". */
  locale?: Locale;
  /** Names of the groups (a mined network's `actors`); ids are shown otherwise. */
  nodes?: readonly { id: string; label?: Label }[];
  /** Chart title. Default: "Waiting time at each handoff" in the locale. */
  title?: string;
  /** Width in pixels. Default 720. */
  width?: number;
  /** Height of one pair's row in pixels. Default 22. */
  rowHeight?: number;
}

const MEDIAN = "#2c6fb0";
const P90 = "#b9d3ec";
/** The widest a pair's names may be drawn; longer ones are shortened (the whole text is in the tooltip). */
const NAME_WIDTH = 320;

/**
 * A wait in words a planner reads at a glance: minutes under an hour, hours under two days, days
 * beyond ("45 min", "5.2 h", "3.1 d"; Danish "5,2 t"). `null` and `NaN` become "–".
 */
export function formatWait(hours: number | null, locale: Locale = "en"): string {
  if (hours === null || Number.isNaN(hours)) return "–";
  if (hours < 1) return `${formatNumber(hours * 60, ",.0f", locale)} min`;
  if (hours < 48) return `${formatNumber(hours, ",.1f", locale)} ${t("hoursShort", locale)}`;
  return `${formatNumber(hours / 24, ",.1f", locale)} ${t("daysShort", locale)}`;
}

/** Draws the median and 90th-percentile wait of each pair (in the order given); returns the `<svg>`. */
export function handoffWaits(rows: readonly WaitRow[], options: HandoffWaitsOptions = {}): SVGSVGElement {
  const { locale = "en", width = 720, rowHeight = 22 } = options;
  const title = options.title ?? t("waitsTitle", locale);
  const names = new Map((options.nodes ?? []).map((n) => [n.id, labelText(n.label, locale)] as const));
  const name = (id: string) => names.get(id) || id;
  const shown = rows.filter(
    (r): r is WaitRow & { median: number } => r.median !== null && Number.isFinite(r.median),
  );
  const pairText = (r: WaitRow) => `${name(r.from)} → ${name(r.to)}`;
  const longest = Math.max(0, ...shown.map((r) => r.p90 ?? r.median));
  const inDays = longest > 72;
  const unit = inDays ? 24 : 1;

  const left = Math.max(80, nameColumnWidth(shown.map(pairText), NAME_WIDTH)) + 12;
  const top = 56;
  const plotHeight = rowHeight * Math.max(1, shown.length);
  const height = top + plotHeight + 52;
  const svg = chartRoot("tvaers-handoff-waits", {
    width,
    height,
    title,
    description: `${t("waitMedian", locale)}, ${t("waitP90", locale)}`,
  });
  const x = scaleLinear()
    .domain([0, longest / unit || 1])
    .nice()
    .rangeRound([left, width - 110]);

  const key = svg.append("g").attr("class", "key").attr("transform", "translate(0,34)").attr("font-size", 11);
  key.append("rect").attr("y", -9).attr("width", 12).attr("height", 10).attr("fill", MEDIAN);
  key.append("text").attr("x", 16).text(t("waitMedian", locale));
  const second = textWidth(t("waitMedian", locale), 11) + 32;
  key.append("rect").attr("x", second).attr("y", -9).attr("width", 12).attr("height", 10).attr("fill", P90);
  key
    .append("text")
    .attr("x", second + 16)
    .text(t("waitP90", locale));

  const axis = gridAxis(svg, x, {
    ticks: x.ticks(Math.max(2, Math.floor((width - left) / 90))),
    top,
    plotHeight,
    format: ",~r",
    locale,
    zeroLine: true,
  });
  axis
    .append("text")
    .attr("x", (left + width - 110) / 2)
    .attr("y", top + plotHeight + 36)
    .attr("text-anchor", "middle")
    .text(t(inDays ? "waitAxisDays" : "waitAxisHours", locale));

  const band = rowHeight - 6;
  const row = svg
    .append("g")
    .attr("class", "rows")
    .selectAll("g")
    .data(shown)
    .join("g")
    .attr("transform", (_r, i) => `translate(0,${top + i * rowHeight + 3})`);
  row
    .append("text")
    .attr("x", left - 8)
    .attr("y", band / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text((r) => truncate(pairText(r), NAME_WIDTH))
    .append("title")
    .text(pairText);
  row
    .filter((r) => r.p90 !== null && Number.isFinite(r.p90))
    .append("rect")
    .attr("class", "p90")
    .attr("x", x(0))
    .attr("width", (r) => Math.max(0, x(r.p90! / unit) - x(0)))
    .attr("height", band)
    .attr("fill", P90);
  row
    .append("rect")
    .attr("class", "median")
    .attr("x", x(0))
    .attr("y", band / 4)
    .attr("width", (r) => Math.max(1, x(r.median / unit) - x(0)))
    .attr("height", band / 2)
    .attr("fill", MEDIAN)
    .append("title")
    .text(
      (r) =>
        `${pairText(r)}: ${t("waitMedian", locale)} ${formatWait(r.median, locale)}, ${t("waitP90", locale)} ${formatWait(r.p90, locale)}`,
    );
  row
    .append("text")
    .attr("x", (r) => x((r.p90 ?? r.median) / unit) + 6)
    .attr("y", band / 2)
    .attr("dy", "0.35em")
    .attr("font-size", 11)
    .attr("fill", MUTED)
    .text((r) => `${formatWait(r.median, locale)} · ${formatWait(r.p90, locale)}`);
  if (shown.length === 0) {
    svg
      .append("text")
      .attr("x", left)
      .attr("y", top + rowHeight / 2)
      .attr("dy", "0.35em")
      .attr("fill", MUTED)
      .text(t("noHandoffs", locale));
  }
  return svg.node()!;
}
