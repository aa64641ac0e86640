/**
 * Sector mixing heatmap: the mixing matrix of `mixingMatrix` (@tvaers/analysis) as a grid, one row
 * per sending group and one column per receiving group, shaded by density, number of ties or summed
 * weight. Cells where no tie was possible (a one-actor sector's diagonal) are hatched.
 */
import type { MixingMatrix } from "@tvaers/analysis";
import { interpolateBlues, scaleBand, scaleSequential } from "d3";
import { formatNumber } from "../format.js";
import { catalogueText, type Labelled, type Locale, t } from "../labels.js";
import { chartRoot, MUTED, textWidth } from "./frame.js";

/** Options of {@link mixingHeatmap}. */
export interface MixingHeatmapOptions {
  /** Language of the fixed texts and of the group labels. Default "en". */
  locale?: Locale;
  /** Which table to show. Default `"density"`. */
  value?: "density" | "ties" | "weights";
  /** The groups' catalogue (a document's `sectors`), for their names; ids are shown otherwise. */
  groups?: readonly Labelled[];
  /** Chart title. Default: "Ties between sectors" in the locale. */
  title?: string;
  /** Side of one cell in pixels. Default 56. */
  cellSize?: number;
}

const VALUE_TEXT = { density: "density", ties: "tieCount", weights: "weightSum" } as const;

/** Draws a mixing matrix as a heatmap and returns the `<svg>` element. */
export function mixingHeatmap(matrix: MixingMatrix, options: MixingHeatmapOptions = {}): SVGSVGElement {
  const { locale = "en", value = "density", cellSize = 56 } = options;
  const title = options.title ?? t("mixingTitle", locale);
  const name = catalogueText(options.groups, locale);
  const groups = matrix.groups;
  const table = matrix[value];
  const cells = groups.flatMap((from) =>
    groups.map((to) => ({ from, to, value: table[from]?.[to] ?? Number.NaN })),
  );
  const max = Math.max(0, ...cells.map((c) => (Number.isFinite(c.value) ? c.value : 0)));

  const left = Math.max(60, ...groups.map((g) => textWidth(name(g)))) + 16;
  const top = 40 + Math.min(150, Math.max(40, ...groups.map((g) => textWidth(name(g)) * 0.72)));
  const side = cellSize * Math.max(1, groups.length);
  const width = left + side + 110;
  const height = top + side + 34;
  const svg = chartRoot("tvaers-mixing-heatmap", {
    width,
    height,
    title,
    description: `${t(VALUE_TEXT[value], locale)}: ${t("mixingFrom", locale)} × ${t("mixingTo", locale)}`,
  });

  const x = scaleBand(groups, [left, left + side]).round(true);
  const y = scaleBand(groups, [top, top + side]).round(true);
  const colour = scaleSequential(interpolateBlues).domain([0, max || 1]);
  // Densities of large networks are small: show two decimals of a per cent when every cell is below 10 %.
  const digits = value === "density" ? (max >= 0.1 ? ".0%" : ".2~%") : value === "ties" ? ",d" : ",.3~r";

  const defs = svg.append("defs");
  defs
    .append("pattern")
    .attr("id", "tvaers-hatch")
    .attr("width", 6)
    .attr("height", 6)
    .attr("patternUnits", "userSpaceOnUse")
    .attr("patternTransform", "rotate(45)")
    .append("line")
    .attr("y2", 6)
    .attr("stroke", "#c8ccd2")
    .attr("stroke-width", 2);

  const cell = svg
    .append("g")
    .attr("class", "cells")
    .selectAll("g")
    .data(cells)
    .join("g")
    .attr("transform", (d) => `translate(${x(d.to)},${y(d.from)})`);
  cell
    .append("rect")
    .attr("width", x.bandwidth() - 1)
    .attr("height", y.bandwidth() - 1)
    .attr("fill", (d) => (Number.isFinite(d.value) ? colour(d.value) : "url(#tvaers-hatch)"))
    .append("title")
    .text(
      (d) =>
        `${name(d.from)} → ${name(d.to)}: ${Number.isFinite(d.value) ? formatNumber(d.value, digits, locale) : t("notPossible", locale)}`,
    );
  cell
    .append("text")
    .attr("x", x.bandwidth() / 2)
    .attr("y", y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "middle")
    .attr("font-size", 11)
    .attr("fill", (d) => (Number.isFinite(d.value) && d.value > max * 0.55 ? "white" : "#1b1e23"))
    .text((d) => (Number.isFinite(d.value) ? formatNumber(d.value, digits, locale) : "–"));

  svg
    .append("g")
    .attr("class", "row-labels")
    .selectAll("text")
    .data(groups)
    .join("text")
    .attr("x", left - 8)
    .attr("y", (g) => y(g)! + y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text(name);
  svg
    .append("g")
    .attr("class", "column-labels")
    .selectAll("text")
    .data(groups)
    .join("text")
    .attr("transform", (g) => `translate(${x(g)! + x.bandwidth() / 2},${top - 8}) rotate(-40)`)
    .text(name);
  svg
    .append("text")
    .attr("x", left - 8)
    .attr("y", top + side + 22)
    .attr("text-anchor", "end")
    .attr("fill", MUTED)
    .text(`${t("mixingFrom", locale)} ↓  ${t("mixingTo", locale)} →`);

  // Colour legend: a ramp from 0 to the largest value.
  const legendX = left + side + 24;
  const ramp = defs
    .append("linearGradient")
    .attr("id", "tvaers-mixing-ramp")
    .attr("x1", 0)
    .attr("x2", 0)
    .attr("y1", 1)
    .attr("y2", 0);
  for (const stop of [0, 0.25, 0.5, 0.75, 1]) {
    ramp
      .append("stop")
      .attr("offset", stop)
      .attr("stop-color", colour(stop * (max || 1)));
  }
  const legend = svg.append("g").attr("class", "legend").attr("transform", `translate(${legendX},${top})`);
  legend.append("rect").attr("width", 14).attr("height", side).attr("fill", "url(#tvaers-mixing-ramp)");
  legend
    .append("text")
    .attr("x", 20)
    .attr("y", side)
    .attr("dy", "0.35em")
    .text(formatNumber(0, digits, locale));
  legend
    .append("text")
    .attr("x", 20)
    .attr("y", 0)
    .attr("dy", "0.35em")
    .text(formatNumber(max, digits, locale));
  legend
    .append("text")
    .attr("transform", `translate(${78},${side / 2}) rotate(90)`)
    .attr("text-anchor", "middle")
    .attr("fill", MUTED)
    .attr("font-size", 11)
    .text(t(VALUE_TEXT[value], locale).split(" (")[0]!);
  return svg.node()!;
}
