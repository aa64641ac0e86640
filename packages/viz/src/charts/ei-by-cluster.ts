/**
 * E-I index by cluster: for each cluster, how far its ties run across sectors (Krackhardt & Stern's
 * E-I index from `eiIndex` in @tvaers/analysis, computed on the cluster's actors), as a bar from 0,
 * with a tick where random ties would put it (the expected value) and a star when the permutation
 * test's two-sided p-value is below 0.05.
 */
import type { EIIndex } from "@tvaers/analysis";
import { scaleBand, scaleLinear } from "d3";
import { formatNumber } from "../format.js";
import { catalogueText, type Labelled, type Locale, t } from "../labels.js";
import { chartRoot, INK, MUTED, textWidth } from "./frame.js";

/** The part of an {@link EIIndex} result the chart reads. */
export type EIResult = Pick<EIIndex, "index" | "expected"> & Partial<Pick<EIIndex, "pValue">>;

/** Options of {@link eiByCluster}. */
export interface EIByClusterOptions {
  /** Language of the fixed texts and of the cluster names. Default "en". */
  locale?: Locale;
  /** The clusters' catalogue (a document's `clusters`), for their names; ids are shown otherwise. */
  clusters?: readonly Labelled[];
  /** Chart title. Default: "E-I index by cluster" in the locale. */
  title?: string;
  /** Width in pixels. Default 640. */
  width?: number;
  /** Height of one cluster's row in pixels. Default 24. */
  rowHeight?: number;
}

/** The colours of ties mostly across sectors (E-I > 0) and mostly within (E-I < 0). */
const ACROSS = "#E69F00";
const WITHIN = "#0072B2";

/** Draws one row per cluster (in the order of `results`) and returns the `<svg>` element. */
export function eiByCluster(results: Readonly<Record<string, EIResult>>, options: EIByClusterOptions = {}) {
  const { locale = "en", width = 640, rowHeight = 24 } = options;
  const title = options.title ?? t("eiTitle", locale);
  const name = catalogueText(options.clusters, locale);
  const ids = Object.keys(results);
  const left = Math.min(260, Math.max(60, ...ids.map((id) => textWidth(name(id))))) + 14;
  const top = 40;
  const plotHeight = rowHeight * Math.max(1, ids.length);
  const height = top + plotHeight + 56;
  const svg = chartRoot("tvaers-ei-by-cluster", { width, height, title, description: t("eiAxis", locale) });

  const x = scaleLinear()
    .domain([-1, 1])
    .rangeRound([left, width - 56]);
  const y = scaleBand(ids, [top, top + plotHeight])
    .padding(0.25)
    .round(true);

  const axis = svg.append("g").attr("class", "axis").attr("font-size", 11).attr("fill", MUTED);
  for (const tick of [-1, -0.5, 0, 0.5, 1]) {
    axis
      .append("line")
      .attr("x1", x(tick))
      .attr("x2", x(tick))
      .attr("y1", top - 4)
      .attr("y2", top + plotHeight)
      .attr("stroke", tick === 0 ? "#8a9099" : "#e3e6ea");
    axis
      .append("text")
      .attr("x", x(tick))
      .attr("y", top + plotHeight + 16)
      .attr("text-anchor", "middle")
      .text(tick === 0 ? "0" : formatNumber(tick, "+.1~f", locale));
  }
  axis
    .append("text")
    .attr("x", x(0))
    .attr("y", top + plotHeight + 34)
    .attr("text-anchor", "middle")
    .text(t("eiAxis", locale));

  const row = svg
    .append("g")
    .attr("class", "rows")
    .selectAll("g")
    .data(ids)
    .join("g")
    .attr("transform", (id) => `translate(0,${y(id)})`);
  const band = y.bandwidth();
  row
    .append("text")
    .attr("x", left - 10)
    .attr("y", band / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text((id) => name(id));
  const drawn = row.filter((id) => Number.isFinite(results[id]!.index));
  drawn
    .append("rect")
    .attr("x", (id) => Math.min(x(0), x(results[id]!.index)))
    .attr("width", (id) => Math.abs(x(results[id]!.index) - x(0)))
    .attr("height", band)
    .attr("fill", (id) => (results[id]!.index >= 0 ? ACROSS : WITHIN))
    .append("title")
    .text((id) => `${name(id)}: E-I ${formatNumber(results[id]!.index, "+.2f", locale)}`);
  drawn
    .filter((id) => Number.isFinite(results[id]!.expected))
    .append("line")
    .attr("class", "expected")
    .attr("x1", (id) => x(results[id]!.expected))
    .attr("x2", (id) => x(results[id]!.expected))
    .attr("y1", -3)
    .attr("y2", band + 3)
    .attr("stroke", INK)
    .attr("stroke-width", 2);
  drawn
    .append("text")
    .attr("x", (id) => x(results[id]!.index) + (results[id]!.index >= 0 ? 6 : -6))
    .attr("y", band / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", (id) => (results[id]!.index >= 0 ? "start" : "end"))
    .attr("font-size", 11)
    .text((id) => {
      const { index, pValue } = results[id]!;
      return `${formatNumber(index, "+.2f", locale)}${pValue !== undefined && pValue < 0.05 ? " *" : ""}`;
    });
  row
    .filter((id) => !Number.isFinite(results[id]!.index))
    .append("text")
    .attr("x", x(0) + 6)
    .attr("y", band / 2)
    .attr("dy", "0.35em")
    .attr("fill", MUTED)
    .text(t("noTies", locale));

  const key = svg
    .append("g")
    .attr("class", "key")
    .attr("transform", `translate(${left},${height - 8})`);
  key
    .append("line")
    .attr("x1", 0)
    .attr("x2", 0)
    .attr("y1", -10)
    .attr("y2", 2)
    .attr("stroke", INK)
    .attr("stroke-width", 2);
  key
    .append("text")
    .attr("x", 8)
    .attr("font-size", 11)
    .attr("fill", MUTED)
    .text(`${t("eiExpected", locale)};  * p < ${formatNumber(0.05, ".2f", locale)}`);
  return svg.node()!;
}
