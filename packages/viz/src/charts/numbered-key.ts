/**
 * Numbered dots and their key, shared by the stakeholder charts: a dot carries a short number, and
 * a list beside the chart names the stakeholder behind each number, so that names never overlap on
 * a crowded grid or diagram.
 */
import type { Selection } from "d3";
import { INK, MUTED, textWidth } from "./frame.js";

/** Radius of a numbered dot, in pixels. */
export const DOT_RADIUS = 9;

/** One entry of a key: the number shown on the dot, the name, and an optional muted note after it. */
export interface KeyEntry {
  number: number;
  name: string;
  note?: string;
  colour?: string;
}

/**
 * Offsets that spread `count` dots sharing one place over rings around it (the first at the centre,
 * the next to its left, then round), so every dot and its number stay visible. Deterministic.
 */
export function spreadOffsets(count: number, spacing = DOT_RADIUS * 2 + 2): [number, number][] {
  const out: [number, number][] = [[0, 0]];
  for (let ring = 1; out.length < count; ring++) {
    const around = ring * 6;
    for (let i = 0; i < around && out.length < count; i++) {
      const angle = Math.PI + (2 * Math.PI * i) / around;
      out.push([Math.cos(angle) * ring * spacing, Math.sin(angle) * ring * spacing]);
    }
  }
  return out.slice(0, count);
}

/** Draws a numbered dot at (x, y) in `parent`, with a tooltip. */
export function numberedDot(
  parent: Selection<SVGGElement, undefined, null, undefined>,
  {
    x,
    y,
    number,
    colour,
    tooltip,
  }: { x: number; y: number; number: number; colour: string; tooltip: string },
): void {
  const dot = parent
    .append("g")
    .attr("class", "dot")
    .attr("transform", `translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`);
  dot
    .append("circle")
    .attr("r", DOT_RADIUS)
    .attr("fill", colour)
    .attr("stroke", "white")
    .attr("stroke-width", 1.5);
  dot
    .append("text")
    .attr("text-anchor", "middle")
    .attr("dy", "0.35em")
    .attr("font-size", number > 99 ? 8 : 10)
    .attr("font-weight", 600)
    .attr("fill", "white")
    .text(number);
  dot.append("title").text(tooltip);
}

/** `text` cut to at most `width` pixels at `fontSize`, ending in "…" when cut. */
export function fitText(text: string, width: number, fontSize = 11): string {
  if (textWidth(text, fontSize) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Draws the key at (x, y): one line per entry, names cut to `width` pixels (the whole name stays in
 * the line's tooltip). Returns the height it takes.
 */
export function drawKey(
  parent: Selection<SVGSVGElement, undefined, null, undefined>,
  entries: readonly KeyEntry[],
  { x, y, width, lineHeight = 18 }: { x: number; y: number; width: number; lineHeight?: number },
): number {
  const key = parent.append("g").attr("class", "key").attr("transform", `translate(${x},${y})`);
  entries.forEach((entry, i) => {
    const row = key.append("g").attr("transform", `translate(0,${i * lineHeight})`);
    row
      .append("circle")
      .attr("cx", 8)
      .attr("cy", 0)
      .attr("r", 8)
      .attr("fill", entry.colour ?? "#8a9099");
    row
      .append("text")
      .attr("x", 8)
      .attr("dy", "0.35em")
      .attr("text-anchor", "middle")
      .attr("font-size", entry.number > 99 ? 7 : 9)
      .attr("font-weight", 600)
      .attr("fill", "white")
      .text(entry.number);
    const text = row
      .append("text")
      .attr("x", 22)
      .attr("dy", "0.35em")
      .attr("font-size", 11)
      .attr("fill", INK);
    const note = entry.note ? `  ${entry.note}` : "";
    const name = fitText(entry.name, width - 22 - textWidth(note, 11));
    text.append("tspan").text(name);
    if (note) text.append("tspan").attr("fill", MUTED).text(note);
    row.append("title").text(`${entry.number}. ${entry.name}${note}`);
  });
  return entries.length * lineHeight;
}
