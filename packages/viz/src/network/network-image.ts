/**
 * The network view as a picture: a PNG of what sigma has drawn (its layers composed on one canvas),
 * and an SVG built from sigma's display data (the same positions, colours and sizes), for print.
 */
import type { NetworkGraph } from "@tvaers/model";
import { create } from "d3";
import type Sigma from "sigma";
import { CHART_FONT } from "../charts/frame.js";
import { canvasToPng } from "../export/png.js";

/**
 * Redraws the network and copies sigma's layers onto one white canvas (WebGL layers can be read
 * only right after a draw, so this happens in one go).
 */
export function networkCanvas(renderer: Sigma): HTMLCanvasElement {
  renderer.refresh();
  const layers = Object.entries(renderer.getCanvases()).filter(([name]) => name !== "mouse");
  const first = layers[0]?.[1];
  const out = document.createElement("canvas");
  out.width = first?.width ?? 1;
  out.height = first?.height ?? 1;
  const context = out.getContext("2d")!;
  context.fillStyle = "white";
  context.fillRect(0, 0, out.width, out.height);
  for (const [, canvas] of layers) context.drawImage(canvas, 0, 0, out.width, out.height);
  return out;
}

/** The network as a PNG blob. */
export function networkPng(renderer: Sigma): Promise<Blob> {
  return canvasToPng(networkCanvas(renderer));
}

/** The network as an `<svg>`: ties as lines, actors as circles, labels where sigma shows them. */
export function networkSvg(renderer: Sigma, graph: NetworkGraph, title: string): SVGSVGElement {
  const { width, height } = renderer.getDimensions();
  const svg = create("svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("font-family", CHART_FONT)
    .attr("font-size", 11);
  svg.append("title").text(title);
  svg.append("rect").attr("width", width).attr("height", height).attr("fill", "white");
  const point = (node: string) => {
    const data = renderer.getNodeDisplayData(node)!;
    return renderer.framedGraphToViewport(data);
  };
  const edges = svg.append("g").attr("class", "ties").attr("fill", "none");
  graph.forEachEdge((edge, _tie, source, target) => {
    const data = renderer.getEdgeDisplayData(edge);
    if (data === undefined || data.hidden) return;
    const a = point(source);
    const b = point(target);
    edges
      .append("line")
      .attr("x1", a.x.toFixed(1))
      .attr("y1", a.y.toFixed(1))
      .attr("x2", b.x.toFixed(1))
      .attr("y2", b.y.toFixed(1))
      .attr("stroke", data.color)
      .attr("stroke-width", Math.max(0.5, data.size));
  });
  const labels = renderer.getNodeDisplayedLabels();
  const nodes = svg.append("g").attr("class", "actors");
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (data === undefined || data.hidden) return;
    const p = point(node);
    const size = renderer.scaleSize(data.size);
    nodes
      .append("circle")
      .attr("cx", p.x.toFixed(1))
      .attr("cy", p.y.toFixed(1))
      .attr("r", size.toFixed(1))
      .attr("fill", data.color)
      .attr("stroke", "white")
      .attr("stroke-width", 0.5)
      .append("title")
      .text(data.label ?? node);
    if (labels.has(node) && data.label) {
      nodes
        .append("text")
        .attr("x", (p.x + size + 3).toFixed(1))
        .attr("y", p.y.toFixed(1))
        .attr("dy", "0.35em")
        .text(data.label);
    }
  });
  return svg.node()!;
}
