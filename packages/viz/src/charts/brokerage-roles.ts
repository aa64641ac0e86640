/**
 * Brokerage roles per actor: the Gould–Fernandez roles of `brokerage` (@tvaers/analysis) as one
 * stacked bar per actor — how many pairs of other actors it connects as coordinator, itinerant,
 * representative, gatekeeper and liaison — with each role's z-score beside it (observed minus the
 * count random ties of the same density would give, in standard deviations). A z-score of 2 or more
 * is marked: the actor brokers in that role clearly more than chance.
 *
 * Reference: Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
 * brokerage in transaction networks. Sociological Methodology 19, 89–126.
 */
import type { BrokerageRoles } from "@tvaers/analysis";
import { type Label, labelText } from "@tvaers/model";
import { scaleLinear, select } from "d3";
import { formatNumber } from "../format.js";
import { type Locale, t } from "../labels.js";
import { chartRoot, gridAxis, MUTED, textWidth } from "./frame.js";
import { nameColumnWidth, truncate } from "./truncate.js";

/** The part of one actor's `brokerage` scores the chart reads. */
export interface BrokerageRow {
  raw: BrokerageRoles;
  z: BrokerageRoles;
}

/** Options of {@link brokerageRoles}. */
export interface BrokerageRolesOptions {
  /** Language of the fixed texts and of the names. Default "en". */
  locale?: Locale;
  /** Actors' names (a network document's `actors`); ids are shown otherwise. */
  actors?: readonly { id: string; label?: Label }[];
  /** How many actors to show, those brokering most first. Default 15. */
  top?: number;
  /** Chart title. Default: "Brokerage roles per actor" in the locale. */
  title?: string;
  /** Width in pixels. Default 820. */
  width?: number;
  /** Height of one actor's row in pixels. Default 24. */
  rowHeight?: number;
}

/** The five roles in Gould & Fernandez's order. */
export const BROKERAGE_ROLES = [
  "coordinator",
  "itinerant",
  "representative",
  "gatekeeper",
  "liaison",
] as const;

/** The colour of each role (Tableau 10, kept apart from the sector palette). */
export const ROLE_COLOURS: Readonly<Record<(typeof BROKERAGE_ROLES)[number], string>> = Object.freeze({
  coordinator: "#4E79A7",
  itinerant: "#F28E2B",
  representative: "#59A14F",
  gatekeeper: "#B07AA1",
  liaison: "#E15759",
});

/** The z-score from which a role counts as clearly above chance. */
const CLEAR = 2;
const Z_CELL = 48;
/** The slant of the z-score columns' headers, in radians. */
const SLANT = (35 * Math.PI) / 180;
/** The widest an actor's name may be drawn; longer names are shortened (the whole name is in the tooltip). */
const NAME_WIDTH = 260;

/** The text of a z-score: signed, one decimal; "–" when undefined (no variance), "∞" when infinite. */
function zText(z: number, locale: Locale): string {
  if (Number.isNaN(z)) return "–";
  if (!Number.isFinite(z)) return z > 0 ? "+∞" : "−∞";
  return formatNumber(z, "+.1f", locale);
}

/** Draws the actors that broker most, with their roles and z-scores; returns the `<svg>` element. */
export function brokerageRoles(
  nodes: Readonly<Record<string, BrokerageRow>>,
  options: BrokerageRolesOptions = {},
): SVGSVGElement {
  const { locale = "en", top: count = 15, width = 820, rowHeight = 24 } = options;
  const title = options.title ?? t("brokerageTitle", locale);
  const names = new Map((options.actors ?? []).map((a) => [a.id, labelText(a.label, locale)] as const));
  const name = (id: string) => names.get(id) || id;
  const ids = Object.keys(nodes)
    .filter((id) => Number.isFinite(nodes[id]!.raw.total) && nodes[id]!.raw.total > 0)
    .sort((a, b) => nodes[b]!.raw.total - nodes[a]!.raw.total || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, count);

  const left = Math.max(60, nameColumnWidth(ids.map(name), NAME_WIDTH)) + 12;
  // The z-score columns' headers slant up to the right: leave room for the last ones to end inside.
  const headerWidths = BROKERAGE_ROLES.map((role) => textWidth(t(role, locale), 11));
  const reach = Math.max(...headerWidths.map((w, i) => i * Z_CELL + Z_CELL / 2 + 4 + w * Math.cos(SLANT)));
  const zLeft = width - Math.max(BROKERAGE_ROLES.length * Z_CELL, reach + 4);
  const top = 58 + Math.max(...headerWidths) * Math.sin(SLANT) + 14;
  const plotHeight = rowHeight * Math.max(1, ids.length);
  const height = top + plotHeight + 62;
  const svg = chartRoot("tvaers-brokerage-roles", {
    width,
    height,
    title,
    description: t("brokerageAxis", locale),
  });
  const max = Math.max(1, ...ids.map((id) => nodes[id]!.raw.total));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .rangeRound([left, zLeft - 56]);

  const key = svg.append("g").attr("class", "key").attr("font-size", 11).attr("transform", "translate(0,36)");
  let offset = 0;
  for (const role of BROKERAGE_ROLES) {
    key
      .append("rect")
      .attr("x", offset)
      .attr("y", -9)
      .attr("width", 12)
      .attr("height", 10)
      .attr("fill", ROLE_COLOURS[role]);
    key
      .append("text")
      .attr("x", offset + 16)
      .text(t(role, locale));
    offset += 16 + textWidth(t(role, locale), 11) + 16;
  }

  const axis = gridAxis(svg, x, {
    ticks: x.ticks(5),
    top,
    plotHeight,
    format: ",~r",
    locale,
    zeroLine: true,
  });
  axis
    .append("text")
    .attr("x", (left + zLeft - 56) / 2)
    .attr("y", top + plotHeight + 34)
    .attr("text-anchor", "middle")
    .text(t("brokerageAxis", locale));

  const headers = svg.append("g").attr("class", "z-headers").attr("font-size", 11);
  headers
    .append("text")
    .attr("x", zLeft + BROKERAGE_ROLES.length * Z_CELL - 4)
    .attr("y", top + plotHeight + 52)
    .attr("text-anchor", "end")
    .attr("fill", MUTED)
    .text(t("brokerageZ", locale));
  BROKERAGE_ROLES.forEach((role, i) => {
    headers
      .append("text")
      .attr(
        "transform",
        `translate(${zLeft + i * Z_CELL + Z_CELL / 2 + 4},${top - 8}) rotate(${(-SLANT * 180) / Math.PI})`,
      )
      .attr("fill", ROLE_COLOURS[role])
      .attr("font-weight", 600)
      .text(t(role, locale));
  });

  const band = rowHeight - 6;
  const row = svg
    .append("g")
    .attr("class", "rows")
    .selectAll("g")
    .data(ids)
    .join("g")
    .attr("transform", (_id, i) => `translate(0,${top + i * rowHeight + 3})`);
  row
    .append("text")
    .attr("x", left - 8)
    .attr("y", band / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .text((id) => truncate(name(id), NAME_WIDTH))
    .append("title")
    .text(name);
  row.each((id, index, groups) => {
    const { raw, z } = nodes[id]!;
    const g = select(groups[index]!);
    let start = 0;
    for (const role of BROKERAGE_ROLES) {
      const value = raw[role];
      if (value > 0) {
        g.append("rect")
          .attr("class", role)
          .attr("x", x(start))
          .attr("width", Math.max(1, x(start + value) - x(start)))
          .attr("height", band)
          .attr("fill", ROLE_COLOURS[role])
          .append("title")
          .text(`${name(id)}, ${t(role, locale)}: ${formatNumber(value, ",d", locale)}`);
      }
      start += value;
    }
    g.append("text")
      .attr("x", x(raw.total) + 6)
      .attr("y", band / 2)
      .attr("dy", "0.35em")
      .attr("font-size", 11)
      .attr("fill", MUTED)
      .text(formatNumber(raw.total, ",d", locale));
    BROKERAGE_ROLES.forEach((role, i) => {
      const clear = z[role] >= CLEAR;
      const cell = g
        .append("g")
        .attr("class", "z")
        .attr("transform", `translate(${zLeft + i * Z_CELL},0)`);
      cell
        .append("rect")
        .attr("width", Z_CELL - 4)
        .attr("height", band)
        .attr("rx", 3)
        .attr("fill", clear ? ROLE_COLOURS[role] : "#f3f4f6")
        .attr("fill-opacity", clear ? 0.25 : 1);
      cell
        .append("text")
        .attr("x", (Z_CELL - 4) / 2)
        .attr("y", band / 2)
        .attr("dy", "0.35em")
        .attr("text-anchor", "middle")
        .attr("font-size", 11)
        .attr("font-weight", clear ? 700 : 400)
        .text(zText(z[role], locale));
    });
  });
  if (ids.length === 0) {
    svg
      .append("text")
      .attr("x", left)
      .attr("y", top + rowHeight / 2)
      .attr("dy", "0.35em")
      .attr("fill", MUTED)
      .text(t("noBrokers", locale));
  }
  return svg.node()!;
}
