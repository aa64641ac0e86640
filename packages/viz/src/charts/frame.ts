import { create, type Selection } from "d3";

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
