/**
 * The salience diagram of Mitchell, Agle & Wood (1997): three overlapping circles for power,
 * legitimacy and urgency, whose seven regions are the salience classes (dormant, discretionary and
 * demanding with one attribute; dominant, dangerous and dependent with two; definitive with all
 * three), and the space outside them for non-stakeholders. Each stakeholder is a numbered dot in the
 * region of its class (from `classify` or `salience` in @tvaers/stakeholders), named in a key beside
 * the diagram; a stakeholder without a class (a rating missing) is listed in the key only.
 */
import { type Label, labelText } from "@tvaers/model";
import { type LabelKey, type Locale, t } from "../labels.js";
import { chartRoot, INK, MUTED } from "./frame.js";
import { DOT_RADIUS, drawKey, fitText, type KeyEntry, numberedDot } from "./numbered-key.js";

/** The salience classes, as @tvaers/stakeholders names them. */
export type SalienceName =
  | "dormant"
  | "discretionary"
  | "demanding"
  | "dominant"
  | "dangerous"
  | "dependent"
  | "definitive"
  | "non-stakeholder";

/** A stakeholder and its salience class; `null` when it could not be classified. */
export interface SalienceStakeholder {
  id: string;
  label?: Label;
  salience: SalienceName | null;
}

/** Options of {@link salienceDiagram}. */
export interface SalienceDiagramOptions {
  /** Language of the fixed texts and of the stakeholders' names. Default "en". */
  locale?: Locale;
  /** Chart title. Default: "Salience: power, legitimacy, urgency" in the locale. */
  title?: string;
  /** Width of the whole chart in pixels. Default 800. */
  width?: number;
}

/** Radius of each circle and the distance of each circle's centre from the diagram's centre. */
const RADIUS = 120;
const SPREAD = 72;

/** The three circles: attribute, colour (Okabe & Ito), direction of its centre from the diagram's centre. */
const CIRCLES = [
  { key: "gridPower", colour: "#0072B2", angle: 210 },
  { key: "salienceLegitimacy", colour: "#009E73", angle: 330 },
  { key: "salienceUrgency", colour: "#E69F00", angle: 90 },
] as const satisfies readonly { key: LabelKey; colour: string; angle: number }[];

const polar = (angle: number, distance: number): [number, number] => [
  Math.cos((angle * Math.PI) / 180) * distance,
  Math.sin((angle * Math.PI) / 180) * distance,
];

/** Where each class's name and dots go, relative to the diagram's centre, and its text. */
const REGIONS: Record<SalienceName, { at: [number, number]; key: LabelKey }> = {
  dormant: { at: polar(210, 128), key: "dormant" },
  discretionary: { at: polar(330, 128), key: "discretionary" },
  demanding: { at: polar(90, 120), key: "demanding" },
  dominant: { at: polar(270, 96), key: "dominant" },
  dangerous: { at: polar(150, 90), key: "dangerous" },
  dependent: { at: polar(30, 90), key: "dependent" },
  definitive: { at: [0, -6], key: "definitive" },
  "non-stakeholder": { at: [-150, 196], key: "nonStakeholder" },
};

/** Dots per row under a region's name. */
const PER_ROW = 4;

/** Draws the diagram and returns the `<svg>` element. */
export function salienceDiagram(
  stakeholders: readonly SalienceStakeholder[],
  options: SalienceDiagramOptions = {},
): SVGSVGElement {
  const { locale = "en", width = 800 } = options;
  const title = options.title ?? t("salienceTitle", locale);
  const name = (s: SalienceStakeholder) => labelText(s.label, locale) || s.id;
  const entries: KeyEntry[] = stakeholders.map((s, i) => ({
    number: i + 1,
    name: name(s),
    colour: s.salience === null ? "#c8ccd2" : INK,
    note: s.salience === null ? `(${t("notClassified", locale)})` : `(${t(REGIONS[s.salience].key, locale)})`,
  }));
  const top = 40;
  const cx = 240;
  const cy = top + 190;
  const boxBottom = cy + 230;
  const keyX = cx + 240;
  const height = Math.max(boxBottom, top + 40 + entries.length * 18) + 16;
  const svg = chartRoot("tvaers-salience-diagram", {
    width,
    height,
    title,
    description: t("salienceDescription", locale),
  });
  // A long title (a model's name in it) is shortened on the chart; the SVG's <title> keeps it whole.
  svg.select(".chart-title").text(fitText(title, width - 8, 18));

  svg
    .append("rect")
    .attr("class", "universe")
    .attr("x", cx - 226)
    .attr("y", top + 4)
    .attr("width", 452)
    .attr("height", boxBottom - top - 4)
    .attr("fill", "#fbfbfc")
    .attr("stroke", "#e3e6ea");
  const circles = svg.append("g").attr("class", "circles");
  for (const circle of CIRCLES) {
    const [dx, dy] = polar(circle.angle, SPREAD);
    circles
      .append("circle")
      .attr("cx", cx + dx)
      .attr("cy", cy + dy)
      .attr("r", RADIUS)
      .attr("fill", circle.colour)
      .attr("fill-opacity", 0.1)
      .attr("stroke", circle.colour)
      .attr("stroke-width", 1.5);
    // The attribute's name just outside its circle: above the two upper circles, below the lower one.
    const below = circle.angle === 90;
    circles
      .append("text")
      .attr("class", "attribute")
      .attr("x", cx + dx)
      .attr("y", cy + dy + (below ? RADIUS + 18 : -RADIUS - 8))
      .attr("text-anchor", "middle")
      .attr("font-weight", 600)
      .attr("fill", circle.colour)
      .text(t(circle.key, locale));
  }

  const regions = svg.append("g").attr("class", "regions");
  const dots = regions.append("g").attr("class", "dots");
  for (const [id, region] of Object.entries(REGIONS) as [SalienceName, (typeof REGIONS)[SalienceName]][]) {
    const members = stakeholders.flatMap((s, i) => (s.salience === id ? [i] : []));
    const rows = Math.ceil(members.length / PER_ROW);
    const x0 = cx + region.at[0];
    const y0 = cy + region.at[1] - (rows * (DOT_RADIUS * 2 + 2)) / 2;
    regions
      .append("text")
      .attr("class", "region-name")
      .attr("x", x0)
      .attr("y", y0 - 6)
      .attr("text-anchor", "middle")
      .attr("font-size", 11)
      .attr("fill", members.length > 0 ? INK : MUTED)
      .attr("font-weight", members.length > 0 ? 600 : 400)
      .text(t(region.key, locale));
    members.forEach((i, k) => {
      const row = Math.floor(k / PER_ROW);
      const inRow = Math.min(PER_ROW, members.length - row * PER_ROW);
      const step = DOT_RADIUS * 2 + 2;
      numberedDot(dots, {
        x: x0 + ((k % PER_ROW) - (inRow - 1) / 2) * step,
        y: y0 + DOT_RADIUS + 2 + row * step,
        number: i + 1,
        colour: INK,
        tooltip: `${name(stakeholders[i]!)}: ${t(region.key, locale)}`,
      });
    });
  }

  const keyHeight = drawKey(svg, entries, { x: keyX, y: top + 16, width: width - keyX - 4 });
  if (stakeholders.some((s) => s.salience === null)) {
    svg
      .append("text")
      .attr("class", "note")
      .attr("x", keyX)
      .attr("y", top + 16 + keyHeight + 8)
      .attr("font-size", 11)
      .attr("fill", MUTED)
      .text(t("notClassifiedWhy", locale));
  }
  return svg.node()!;
}
