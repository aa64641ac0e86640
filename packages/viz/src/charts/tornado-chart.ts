/**
 * A tornado diagram: what one model's score depends on most. Each row is one input (a stakeholder's
 * weight, a criterion's weight, an impact) moved down and then up on its own, every other input held
 * as stated (`tornado` in @tvaers/stakeholders); the two bars run from the score as stated to the
 * score at the lowered and at the raised input. Rows are sorted widest first; beyond `maxBars` the
 * narrowest are left out and the chart says how many.
 */
import { scaleLinear } from "d3";
import { formatNumber } from "../format.js";
import { type Locale, t } from "../labels.js";
import { chartRoot, gridAxis, INK, MUTED, textWidth } from "./frame.js";
import { fitText } from "./numbered-key.js";

/** One input: its name and the model's score with the input lowered and raised. */
export interface TornadoRow {
  label: string;
  low: number;
  high: number;
}

/** Options of {@link tornadoChart}. */
export interface TornadoChartOptions {
  /** Language of the fixed texts and numbers. Default "en". */
  locale?: Locale;
  /** Chart title. Default: "What the score depends on most" in the locale. */
  title?: string;
  /** The most rows shown. Default 12. */
  maxBars?: number;
  /** Width in pixels. Default 820. */
  width?: number;
  /** Height of one row in pixels. Default 22. */
  rowHeight?: number;
}

/** Colours of the lowered and the raised input (Okabe & Ito's vermillion and blue). */
const LOWERED = "#D55E00";
const RAISED = "#0072B2";

/** Draws the tornado of one model around its score `score` and returns the `<svg>` element. */
export function tornadoChart(
  score: number,
  rows: readonly TornadoRow[],
  options: TornadoChartOptions = {},
): SVGSVGElement {
  const { locale = "en", width = 820, rowHeight = 22, maxBars = 12 } = options;
  const title = options.title ?? t("tornadoTitle", locale);
  const sorted = [...rows].sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  const shown = sorted.slice(0, Math.max(1, maxBars));
  const hidden = sorted.length - shown.length;
  const left = Math.min(width * 0.45, Math.max(100, ...shown.map((r) => textWidth(r.label, 12)))) + 14;
  const top = 40;
  const plotHeight = rowHeight * Math.max(1, shown.length);
  const height = top + plotHeight + 64 + (hidden > 0 ? 18 : 0);
  const svg = chartRoot("tvaers-tornado", {
    width,
    height,
    title,
    description: t("tornadoDescription", locale),
  });
  // A long title (a model's name in it) is shortened on the chart; the SVG's <title> keeps it whole.
  svg.select(".chart-title").text(fitText(title, width - 8, 18));

  const values = [score, ...shown.flatMap((r) => [r.low, r.high])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.1, 0.005);
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([left, width - 24])
    .nice();
  gridAxis(svg, x, { ticks: x.ticks(6), top, plotHeight, format: ".2~f", locale });

  const band = rowHeight - 6;
  const bars = svg.append("g").attr("class", "rows");
  shown.forEach((r, i) => {
    const g = bars
      .append("g")
      .attr("class", "row")
      .attr("transform", `translate(0,${top + i * rowHeight + 3})`);
    g.append("text")
      .attr("x", left - 10)
      .attr("y", band / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .attr("fill", INK)
      .text(fitText(r.label, left - 14, 12))
      .append("title")
      .text(r.label);
    for (const [end, fill, text] of [
      [r.low, LOWERED, t("inputLowered", locale)],
      [r.high, RAISED, t("inputRaised", locale)],
    ] as const) {
      g.append("rect")
        .attr("class", end === r.low ? "low" : "high")
        .attr("x", Math.min(x(score), x(end)))
        .attr("width", Math.abs(x(end) - x(score)))
        .attr("height", band)
        .attr("fill", fill)
        .attr("fill-opacity", 0.85)
        .append("title")
        .text(`${r.label}, ${text}: ${formatNumber(end, ".3f", locale)}`);
    }
  });
  svg
    .append("line")
    .attr("class", "base")
    .attr("x1", x(score))
    .attr("x2", x(score))
    .attr("y1", top - 6)
    .attr("y2", top + plotHeight + 2)
    .attr("stroke", INK)
    .attr("stroke-width", 2);

  const legend = svg
    .append("g")
    .attr("class", "legend")
    .attr("font-size", 11)
    .attr("transform", `translate(${left},${top + plotHeight + 38})`);
  let at = 0;
  for (const [fill, text] of [
    [LOWERED, t("inputLowered", locale)],
    [RAISED, t("inputRaised", locale)],
    [INK, `${t("tornadoBase", locale)} ${formatNumber(score, ".3f", locale)}`],
  ] as const) {
    legend
      .append("rect")
      .attr("x", at)
      .attr("y", -6)
      .attr("width", fill === INK ? 2 : 14)
      .attr("height", 12)
      .attr("fill", fill);
    legend
      .append("text")
      .attr("x", at + 20)
      .attr("dy", "0.35em")
      .attr("fill", INK)
      .text(text);
    at += 36 + textWidth(text, 11);
  }
  if (hidden > 0) {
    legend
      .append("text")
      .attr("y", 18)
      .attr("dy", "0.35em")
      .attr("fill", MUTED)
      .text(`${hidden} ${t("tornadoNotShown", locale)}`);
  }
  return svg.node()!;
}
