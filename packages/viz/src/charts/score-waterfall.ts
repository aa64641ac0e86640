/**
 * A score waterfall: how a model's relevance score is made up. It starts at the neutral score (every
 * impact 0) and each step — one stakeholder's criterion, `delta` of `scoreModels` in
 * @tvaers/stakeholders — moves it up or down, until the model's score. Steps run top to bottom,
 * largest move first; beyond `maxSteps` the smallest are summed into one "other" step, so the
 * waterfall always ends exactly at the score.
 */
import { scaleLinear } from "d3";
import { formatNumber } from "../format.js";
import { type Locale, t } from "../labels.js";
import { chartRoot, gridAxis, INK, MUTED, textWidth } from "./frame.js";
import { fitText } from "./numbered-key.js";

/** One step of the waterfall: its name and how far it moves the score. */
export interface WaterfallStep {
  label: string;
  delta: number;
}

/** Options of {@link scoreWaterfall}. */
export interface ScoreWaterfallOptions {
  /** Language of the fixed texts and numbers. Default "en". */
  locale?: Locale;
  /** Chart title. Default: "How the score is made up" in the locale. */
  title?: string;
  /** Name of the first bar. Default: "Neutral score" in the locale. */
  startLabel?: string;
  /** Name of the last bar. Default: "Score" in the locale. */
  endLabel?: string;
  /** The most steps shown; the rest are summed into one. Default 12. */
  maxSteps?: number;
  /** Width in pixels. Default 820. */
  width?: number;
  /** Height of one row in pixels. Default 22. */
  rowHeight?: number;
}

/** Colours of a step that raises the score, one that lowers it, and of the start and end bars. */
const UP = "#009E73";
const DOWN = "#D55E00";
const TOTAL = "#0072B2";

/** The rows drawn: the start, the steps (largest first, the rest summed), the end. */
function rowsOf(start: number, steps: readonly WaterfallStep[], maxSteps: number, other: string) {
  const sorted = [...steps].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const shown = sorted.length > maxSteps ? sorted.slice(0, maxSteps - 1) : sorted;
  const rest = sorted.slice(shown.length);
  const all =
    rest.length > 0
      ? [...shown, { label: `${other} (${rest.length})`, delta: rest.reduce((s, r) => s + r.delta, 0) }]
      : shown;
  let running = start;
  return all.map((step) => {
    const from = running;
    running += step.delta;
    return { ...step, from, to: running };
  });
}

/** Draws the waterfall of one model and returns the `<svg>` element. */
export function scoreWaterfall(
  start: number,
  steps: readonly WaterfallStep[],
  options: ScoreWaterfallOptions = {},
): SVGSVGElement {
  const { locale = "en", width = 820, rowHeight = 22, maxSteps = 12 } = options;
  const title = options.title ?? t("waterfallTitle", locale);
  const startLabel = options.startLabel ?? t("waterfallNeutral", locale);
  const endLabel = options.endLabel ?? t("waterfallScore", locale);
  const rows = rowsOf(start, steps, Math.max(2, maxSteps), t("waterfallOther", locale));
  const end = rows.length > 0 ? rows[rows.length - 1]!.to : start;
  const labels = [startLabel, endLabel, ...rows.map((r) => r.label)];
  const left = Math.min(width * 0.45, Math.max(100, ...labels.map((l) => textWidth(l, 12)))) + 14;
  const top = 40;
  const count = rows.length + 2;
  const plotHeight = count * rowHeight;
  const height = top + plotHeight + 44;
  const svg = chartRoot("tvaers-score-waterfall", {
    width,
    height,
    title,
    description: t("waterfallDescription", locale),
  });
  // A long title (a model's name in it) is shortened on the chart; the SVG's <title> keeps it whole.
  svg.select(".chart-title").text(fitText(title, width - 8, 18));

  const values = [start, end, ...rows.flatMap((r) => [r.from, r.to])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.12, 0.005);
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([left, width - 70])
    .nice();
  const y = (i: number) => top + i * rowHeight;
  const band = rowHeight - 6;

  gridAxis(svg, x, { ticks: x.ticks(6), top, plotHeight, format: ".2~f", locale });

  const bars = svg.append("g").attr("class", "rows");
  const row = (i: number, label: string, from: number, to: number, fill: string, text: string) => {
    const g = bars
      .append("g")
      .attr("class", "row")
      .attr("transform", `translate(0,${y(i) + 3})`);
    g.append("text")
      .attr("x", left - 10)
      .attr("y", band / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .attr("fill", INK)
      .text(fitText(label, left - 14, 12))
      .append("title")
      .text(label);
    g.append("rect")
      .attr("x", Math.min(x(from), x(to)))
      .attr("width", Math.max(1, Math.abs(x(to) - x(from))))
      .attr("height", band)
      .attr("fill", fill)
      .append("title")
      .text(`${label}: ${text}`);
    g.append("text")
      .attr("x", Math.max(x(from), x(to)) + 6)
      .attr("y", band / 2)
      .attr("dy", "0.35em")
      .attr("font-size", 11)
      .attr("fill", MUTED)
      .text(text);
  };
  // The start and the end are values, not amounts: a marker, not a bar from the axis' edge.
  const marker = 1.5 / ((x.range()[1]! - x.range()[0]!) / (x.domain()[1]! - x.domain()[0]!));
  row(0, startLabel, start - marker, start + marker, TOTAL, formatNumber(start, ".3f", locale));
  rows.forEach((r, i) => {
    row(i + 1, r.label, r.from, r.to, r.delta >= 0 ? UP : DOWN, formatNumber(r.delta, "+.3f", locale));
    bars
      .append("line")
      .attr("class", "connector")
      .attr("x1", x(r.from))
      .attr("x2", x(r.from))
      .attr("y1", y(i) + 3 + band)
      .attr("y2", y(i + 1) + 3)
      .attr("stroke", MUTED)
      .attr("stroke-dasharray", "2,2");
  });
  row(count - 1, endLabel, end - marker, end + marker, TOTAL, formatNumber(end, ".3f", locale));
  if (rows.length > 0) {
    bars
      .append("line")
      .attr("class", "connector")
      .attr("x1", x(end))
      .attr("x2", x(end))
      .attr("y1", y(count - 2) + 3 + band)
      .attr("y2", y(count - 1) + 3)
      .attr("stroke", MUTED)
      .attr("stroke-dasharray", "2,2");
  }
  return svg.node()!;
}
