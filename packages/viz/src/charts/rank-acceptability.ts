/**
 * Rank acceptability as stacked bars: one bar per model, split into the shares of the random draws
 * in which the model took rank 1, 2, … (the acceptability indices b_m^r of `rankAcceptability` in
 * @tvaers/stakeholders, SMAA). A bar that is mostly the darkest colour is a model that ranks first
 * whatever the weights; a bar spread over many colours is a ranking that depends on the weights.
 * Models are drawn in the order given (pass them by expected rank to read top down), each with its
 * expected rank.
 */
import { type Label, labelText } from "@tvaers/model";
import { interpolateBlues, scaleLinear } from "d3";
import { formatNumber } from "../format.js";
import { type Locale, t } from "../labels.js";
import { chartRoot, gridAxis, INK, MUTED, textWidth } from "./frame.js";
import { fitText } from "./numbered-key.js";

/** One model's rank acceptability: index 0 of `acceptability` is rank 1. */
export interface AcceptabilityRow {
  model: string;
  label?: Label;
  acceptability: readonly number[];
  expectedRank?: number;
}

/** Options of {@link rankAcceptability}. */
export interface RankAcceptabilityOptions {
  /** Language of the fixed texts, the models' names and the numbers. Default "en". */
  locale?: Locale;
  /** Chart title. Default: "How often each model takes each rank" in the locale. */
  title?: string;
  /** Width in pixels. Default 820. */
  width?: number;
  /** Height of one model's row in pixels. Default 26. */
  rowHeight?: number;
}

/** The colour of rank r of n: darkest for rank 1, lightest for the last. */
function rankColour(rank: number, ranks: number): string {
  return interpolateBlues(ranks <= 1 ? 0.85 : 0.9 - (0.75 * (rank - 1)) / (ranks - 1));
}

/** Draws the stacked bars and returns the `<svg>` element. */
export function rankAcceptability(
  models: readonly AcceptabilityRow[],
  options: RankAcceptabilityOptions = {},
): SVGSVGElement {
  const { locale = "en", width = 820, rowHeight = 26 } = options;
  const title = options.title ?? t("acceptabilityTitle", locale);
  const name = (m: AcceptabilityRow) => labelText(m.label, locale) || m.model;
  const ranks = Math.max(1, ...models.map((m) => m.acceptability.length));
  const left = Math.min(width * 0.45, Math.max(80, ...models.map((m) => textWidth(name(m), 12)))) + 14;
  const right = 96;
  const top = 40;
  const plotHeight = rowHeight * Math.max(1, models.length);
  const legendRows = Math.ceil(ranks / 10);
  const height = top + plotHeight + 46 + (legendRows + 1) * 18;
  const svg = chartRoot("tvaers-rank-acceptability", {
    width,
    height,
    title,
    description: t("acceptabilityAxis", locale),
  });
  // A long title (a model's name in it) is shortened on the chart; the SVG's <title> keeps it whole.
  svg.select(".chart-title").text(fitText(title, width - 8, 18));

  const x = scaleLinear()
    .domain([0, 1])
    .range([left, width - right]);
  const axis = gridAxis(svg, x, { ticks: [0, 0.25, 0.5, 0.75, 1], top, plotHeight, format: ".0%", locale });
  axis
    .append("text")
    .attr("x", (x(0) + x(1)) / 2)
    .attr("y", top + plotHeight + 32)
    .attr("text-anchor", "middle")
    .text(t("acceptabilityAxis", locale));

  const band = rowHeight - 6;
  const rows = svg.append("g").attr("class", "rows");
  models.forEach((model, i) => {
    const g = rows
      .append("g")
      .attr("class", "row")
      .attr("transform", `translate(0,${top + i * rowHeight + 3})`);
    g.append("text")
      .attr("x", left - 10)
      .attr("y", band / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .attr("fill", INK)
      .text(fitText(name(model), left - 14, 12))
      .append("title")
      .text(name(model));
    let at = 0;
    model.acceptability.forEach((share, r) => {
      if (!(share > 0)) return;
      const x0 = x(at);
      at += share;
      const w = x(at) - x0;
      const segment = g.append("g").attr("class", "segment");
      segment
        .append("rect")
        .attr("x", x0)
        .attr("width", w)
        .attr("height", band)
        .attr("fill", rankColour(r + 1, ranks))
        .append("title")
        .text(
          `${name(model)}: ${t("acceptabilityRank", locale)} ${r + 1}, ${formatNumber(share, ".1%", locale)}`,
        );
      const text = formatNumber(share, ".0%", locale);
      if (w >= textWidth(text, 10) + 6) {
        segment
          .append("text")
          .attr("x", x0 + w / 2)
          .attr("y", band / 2)
          .attr("dy", "0.35em")
          .attr("text-anchor", "middle")
          .attr("font-size", 10)
          .attr("fill", r + 1 <= (ranks + 1) / 2 ? "white" : INK)
          .text(text);
      }
    });
    if (model.expectedRank !== undefined) {
      g.append("text")
        .attr("class", "expected-rank")
        .attr("x", width - right + 8)
        .attr("y", band / 2)
        .attr("dy", "0.35em")
        .attr("font-size", 11)
        .attr("fill", MUTED)
        .text(`⌀ ${formatNumber(model.expectedRank, ".1f", locale)}`)
        .append("title")
        .text(t("acceptabilityExpected", locale));
    }
  });

  const legend = svg
    .append("g")
    .attr("class", "legend")
    .attr("font-size", 11)
    .attr("transform", `translate(${left},${top + plotHeight + 50})`);
  legend
    .append("text")
    .attr("dy", "0.35em")
    .attr("fill", MUTED)
    .text(`${t("acceptabilityRank", locale)}:`);
  for (let r = 1; r <= ranks; r++) {
    const col = (r - 1) % 10;
    const line = Math.floor((r - 1) / 10);
    const g = legend.append("g").attr("transform", `translate(${48 + col * 40},${line * 18})`);
    g.append("rect").attr("y", -6).attr("width", 14).attr("height", 12).attr("fill", rankColour(r, ranks));
    g.append("text").attr("x", 18).attr("dy", "0.35em").attr("fill", INK).text(r);
  }
  if (models.some((m) => m.expectedRank !== undefined)) {
    legend
      .append("text")
      .attr("y", legendRows * 18)
      .attr("dy", "0.35em")
      .attr("fill", MUTED)
      .text(`⌀ ${t("acceptabilityExpected", locale)}`);
  }
  return svg.node()!;
}
