import { create, type Selection } from "d3";
import { formatNumber } from "../format.js";
import type { Locale } from "../labels.js";

/** The font every chart uses, written as an attribute so an exported SVG looks the same. */
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Text colours: main and muted. */
export const INK = "#1b1e23";
export const MUTED = "#5f6670";

/** Width in pixels that a label of `text` takes at `fontSize`, estimated without measuring (deterministic). */
export function textWidth(text: string, fontSize = 12): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

/**
 * The root `<svg>` of a chart: fixed size with a matching viewBox (so it scales down in a narrow
 * page), an accessible name, a `<title>` and a `<desc>`, and the chart font.
 */
export function chartRoot(
  className: string,
  {
    width,
    height,
    title,
    description,
  }: { width: number; height: number; title: string; description: string },
): Selection<SVGSVGElement, undefined, null, undefined> {
  const svg = create("svg")
    .attr("xmlns", "http://www.w3.org/2000/svg")
    .attr("class", `tvaers-chart ${className}`)
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "img")
    .attr("aria-label", title)
    .attr("font-family", CHART_FONT)
    .attr("font-size", 12)
    .attr("fill", INK)
    .style("max-width", "100%")
    .style("height", "auto");
  svg.append("title").text(title);
  svg.append("desc").text(description);
  svg
    .append("text")
    .attr("class", "chart-title")
    .attr("x", 0)
    .attr("y", 16)
    .attr("font-size", 15)
    .attr("font-weight", 600)
    .text(title);
  return svg;
}

/** Where a chart's value axis runs and how its tick labels read. */
export interface GridAxisOptions {
  /** The ticks to draw, in data units. */
  ticks: readonly number[];
  /** The plot area's top edge and height: grid lines span it, labels sit below it. */
  top: number;
  plotHeight: number;
  /** A d3 number format for the tick labels, e.g. `".0%"`. */
  format: string;
  locale: Locale;
  /** Draw the line at 0 darker, as a baseline (default false). */
  zeroLine?: boolean;
}

/**
 * A horizontal value axis drawn as vertical grid lines across the plot with a label under each tick,
 * in a `<g class="axis">` that is returned so a chart can add its axis title.
 */
export function gridAxis(
  svg: Selection<SVGSVGElement, undefined, null, undefined>,
  x: (value: number) => number,
  { ticks, top, plotHeight, format, locale, zeroLine = false }: GridAxisOptions,
): Selection<SVGGElement, undefined, null, undefined> {
  const axis = svg.append("g").attr("class", "axis").attr("font-size", 11).attr("fill", MUTED);
  for (const tick of ticks) {
    axis
      .append("line")
      .attr("x1", x(tick))
      .attr("x2", x(tick))
      .attr("y1", top - 4)
      .attr("y2", top + plotHeight)
      .attr("stroke", zeroLine && tick === 0 ? "#8a9099" : "#e3e6ea");
    axis
      .append("text")
      .attr("x", x(tick))
      .attr("y", top + plotHeight + 16)
      .attr("text-anchor", "middle")
      .text(formatNumber(tick, format, locale));
  }
  return axis;
}
