/**
 * A two-by-two stakeholder grid: Mendelow's power–interest grid by default (power up, interest
 * across; manage closely, keep satisfied, keep informed, monitor), or any other pair of ratings with
 * its own axis names and field names (the Danish interessentanalyse: influence against how affected).
 * Each stakeholder is a numbered dot placed at its two ratings, named in a key beside the grid, and
 * optionally coloured by its attitude (against … for).
 *
 * The dividing lines sit at the cut-offs (by default each scale's midpoint). As in
 * @tvaers/stakeholders, a value on a cut-off counts as low, so a dot on a dividing line is drawn just
 * below or left of it, in the field it belongs to; the chart says so. Stakeholders at the same place
 * are spread around it. A stakeholder missing a rating is listed in the key as not placed.
 */
import { type Label, labelText } from "@tvaers/model";
import { interpolateRgb, scaleLinear } from "d3";
import { formatNumber } from "../format.js";
import { type LabelKey, type Locale, t } from "../labels.js";
import { chartRoot, INK, MUTED, textWidth } from "./frame.js";
import { DOT_RADIUS, drawKey, fitText, type KeyEntry, numberedDot, spreadOffsets } from "./numbered-key.js";

/** A stakeholder on the grid: `x` across, `y` up; `null` or missing means not rated. */
export interface GridStakeholder {
  id: string;
  label?: Label;
  x?: number | null;
  y?: number | null;
  /** Colours the dot from against (low) to for (high) on `attitudeScale`. */
  attitude?: number | null;
}

/** One axis of the grid: its name, scale and cut-off (default: the midpoint). */
export interface GridAxis {
  label: string;
  min: number;
  max: number;
  cut?: number;
}

/** The four fields, keyed as (y high or low)-(x high or low), like `quadrant` in @tvaers/stakeholders. */
export type GridFields = Record<"high-high" | "high-low" | "low-high" | "low-low", string>;

/** Options of {@link powerInterestGrid}. */
export interface PowerInterestGridOptions {
  /** Language of the fixed texts and of the stakeholders' names. Default "en". */
  locale?: Locale;
  /** Chart title. Default: "Power and interest" in the locale. */
  title?: string;
  /** The horizontal axis. Default: interest on 1–5. */
  x?: Partial<GridAxis>;
  /** The vertical axis. Default: power on 1–5. */
  y?: Partial<GridAxis>;
  /** Names of the four fields. Default: Mendelow's strategies in the locale. */
  fields?: Partial<GridFields>;
  /** The attitude scale the dots are coloured on. Default −2 … +2. */
  attitudeScale?: { min: number; max: number };
  /** Side of the square grid in pixels. Default 380. */
  side?: number;
  /** Width of the whole chart in pixels. Default 780. */
  width?: number;
}

const MENDELOW_FIELDS: Record<keyof GridFields, LabelKey> = {
  "high-high": "manageClosely",
  "high-low": "keepSatisfied",
  "low-high": "keepInformed",
  "low-low": "gridMonitor",
};

/** Dot colours: against, neutral, for (Okabe & Ito's vermillion, grey and bluish green), and unrated. */
const AGAINST = "#D55E00";
const NEUTRAL = "#8a9099";
const FOR = "#009E73";
const PLAIN = "#0072B2";
const UNRATED = "#c8ccd2";

/** A complete axis from the given parts and the defaults. */
function axis(given: Partial<GridAxis> | undefined, fallback: string): Required<GridAxis> {
  const min = given?.min ?? 1;
  const max = given?.max ?? 5;
  return { label: given?.label ?? fallback, min, max, cut: given?.cut ?? (min + max) / 2 };
}

/** Draws the grid and returns the `<svg>` element. */
export function powerInterestGrid(
  stakeholders: readonly GridStakeholder[],
  options: PowerInterestGridOptions = {},
): SVGSVGElement {
  const { locale = "en", side = 380, width = 780 } = options;
  const title = options.title ?? t("gridTitle", locale);
  const xAxis = axis(options.x, t("gridInterest", locale));
  const yAxis = axis(options.y, t("gridPower", locale));
  const fields = Object.fromEntries(
    Object.entries(MENDELOW_FIELDS).map(([key, text]) => [
      key,
      options.fields?.[key as keyof GridFields] ?? t(text, locale),
    ]),
  ) as GridFields;
  const attitudes = stakeholders.some((s) => typeof s.attitude === "number");
  const { min: aMin, max: aMax } = options.attitudeScale ?? { min: -2, max: 2 };
  const attitudeColour = scaleLinear<string>()
    .domain([aMin, (aMin + aMax) / 2, aMax])
    .range([AGAINST, NEUTRAL, FOR])
    .interpolate(interpolateRgb)
    .clamp(true);
  const colour = (s: GridStakeholder) =>
    !attitudes ? PLAIN : typeof s.attitude === "number" ? attitudeColour(s.attitude) : UNRATED;

  const left = 64;
  const top = 40;
  const keyX = left + side + 28;
  const keyWidth = Math.max(140, width - keyX - 4);
  const name = (s: GridStakeholder) => labelText(s.label, locale) || s.id;
  const placed = (s: GridStakeholder) => typeof s.x === "number" && typeof s.y === "number";
  const entries: KeyEntry[] = stakeholders.map((s, i) => ({
    number: i + 1,
    name: name(s),
    colour: colour(s),
    ...(placed(s) ? {} : { note: `(${t("notPlaced", locale)})` }),
  }));
  const keyHeight = entries.length * 18;
  const height =
    top + Math.max(side, keyHeight) + (attitudes ? 96 : 72) + (stakeholders.every(placed) ? 0 : 18);
  const svg = chartRoot("tvaers-power-interest-grid", {
    width,
    height,
    title,
    description: `${yAxis.label} × ${xAxis.label}. ${t("onLineIsLow", locale)}`,
  });
  // A long title (a model's name in it) is shortened on the chart; the SVG's <title> keeps it whole.
  svg.select(".chart-title").text(fitText(title, width - 8, 18));

  // A margin of a tenth of each scale inside the grid keeps dots at the ends clear of the field names.
  const xPad = (xAxis.max - xAxis.min) / 10;
  const yPad = (yAxis.max - yAxis.min) / 10;
  const x = scaleLinear()
    .domain([xAxis.min - xPad, xAxis.max + xPad])
    .range([left, left + side]);
  const y = scaleLinear()
    .domain([yAxis.min - yPad, yAxis.max + yPad])
    .range([top + side, top]);
  const grid = svg.append("g").attr("class", "grid");
  // The four fields, shaded lightly, with their names in the outer corners.
  const cx = x(xAxis.cut);
  const cy = y(yAxis.cut);
  const cells: [keyof GridFields, number, number, number, number, "start" | "end", number][] = [
    ["high-low", left, top, cx - left, cy - top, "start", top + 14],
    ["high-high", cx, top, left + side - cx, cy - top, "end", top + 14],
    ["low-low", left, cy, cx - left, top + side - cy, "start", top + side - 8],
    ["low-high", cx, cy, left + side - cx, top + side - cy, "end", top + side - 8],
  ];
  for (const [key, x0, y0, w, h, anchor, labelY] of cells) {
    grid
      .append("rect")
      .attr("class", `field field-${key}`)
      .attr("x", x0)
      .attr("y", y0)
      .attr("width", Math.max(0, w))
      .attr("height", Math.max(0, h))
      .attr("fill", key === "high-high" ? "#eef4fa" : "#f6f7f9");
    grid
      .append("text")
      .attr("class", "field-name")
      .attr("x", anchor === "start" ? x0 + 8 : x0 + w - 8)
      .attr("y", labelY)
      .attr("text-anchor", anchor)
      .attr("font-size", 12)
      .attr("font-weight", 600)
      .attr("fill", MUTED)
      .text(fields[key]);
  }
  grid
    .append("rect")
    .attr("x", left)
    .attr("y", top)
    .attr("width", side)
    .attr("height", side)
    .attr("fill", "none")
    .attr("stroke", "#c8ccd2");
  grid
    .append("line")
    .attr("x1", cx)
    .attr("x2", cx)
    .attr("y1", top)
    .attr("y2", top + side)
    .attr("stroke", "#8a9099");
  grid
    .append("line")
    .attr("x1", left)
    .attr("x2", left + side)
    .attr("y1", cy)
    .attr("y2", cy)
    .attr("stroke", "#8a9099");

  const ticks = svg.append("g").attr("class", "axis").attr("font-size", 11).attr("fill", MUTED);
  for (const v of scaleLinear()
    .domain([xAxis.min, xAxis.max])
    .ticks(Math.min(8, xAxis.max - xAxis.min))) {
    ticks
      .append("text")
      .attr("x", x(v))
      .attr("y", top + side + 16)
      .attr("text-anchor", "middle")
      .text(formatNumber(v, "~g", locale));
  }
  for (const v of scaleLinear()
    .domain([yAxis.min, yAxis.max])
    .ticks(Math.min(8, yAxis.max - yAxis.min))) {
    ticks
      .append("text")
      .attr("x", left - 8)
      .attr("y", y(v))
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .text(formatNumber(v, "~g", locale));
  }
  ticks
    .append("text")
    .attr("x", left + side / 2)
    .attr("y", top + side + 36)
    .attr("text-anchor", "middle")
    .attr("fill", INK)
    .text(`${xAxis.label} →`);
  ticks
    .append("text")
    .attr("transform", `translate(${left - 40},${top + side / 2}) rotate(-90)`)
    .attr("text-anchor", "middle")
    .attr("fill", INK)
    .text(`${yAxis.label} →`);

  // A value on a cut-off is low: draw it a little into the low side.
  const nudge = ((DOT_RADIUS + 3) / side) * (xAxis.max - xAxis.min);
  const nudgeY = ((DOT_RADIUS + 3) / side) * (yAxis.max - yAxis.min);
  const places = new Map<string, number[]>();
  stakeholders.forEach((s, i) => {
    if (!placed(s)) return;
    const px = Math.round(x(s.x! <= xAxis.cut && s.x! > xAxis.cut - nudge ? xAxis.cut - nudge : s.x!));
    const py = Math.round(y(s.y! <= yAxis.cut && s.y! > yAxis.cut - nudgeY ? yAxis.cut - nudgeY : s.y!));
    const key = `${px},${py}`;
    places.set(key, [...(places.get(key) ?? []), i]);
  });
  const dots = svg.append("g").attr("class", "dots");
  for (const [key, members] of places) {
    const [px, py] = key.split(",").map(Number) as [number, number];
    const offsets = spreadOffsets(members.length);
    members.forEach((i, k) => {
      const s = stakeholders[i]!;
      const [dx, dy] = offsets[k]!;
      numberedDot(dots, {
        x: Math.min(left + side - 9, Math.max(left + 9, px + dx)),
        y: Math.min(top + side - 9, Math.max(top + 9, py + dy)),
        number: i + 1,
        colour: colour(s),
        tooltip: `${name(s)}: ${yAxis.label} ${formatNumber(s.y!, "~g", locale)}, ${xAxis.label} ${formatNumber(s.x!, "~g", locale)}`,
      });
    });
  }

  drawKey(svg, entries, { x: keyX, y: top + 8, width: keyWidth });
  const foot = svg.append("g").attr("class", "note").attr("font-size", 11).attr("fill", MUTED);
  let footY = top + Math.max(side, keyHeight) + 58;
  if (attitudes) {
    const legend = foot
      .append("g")
      .attr("class", "attitude-legend")
      .attr("transform", `translate(${left},${footY})`);
    const head = `${t("gridAttitude", locale)}:`;
    legend.append("text").attr("dy", "0.35em").text(head);
    let at = textWidth(head, 11) + 10;
    for (const [value, text] of [
      [aMin, t("gridAgainst", locale)],
      [(aMin + aMax) / 2, "0"],
      [aMax, t("gridFor", locale)],
    ] as const) {
      legend
        .append("circle")
        .attr("cx", at + 6)
        .attr("r", 6)
        .attr("fill", attitudeColour(value));
      legend
        .append("text")
        .attr("x", at + 16)
        .attr("dy", "0.35em")
        .text(text);
      at += 28 + textWidth(text, 11);
    }
    footY += 22;
  }
  foot.append("text").attr("x", left).attr("y", footY).attr("dy", "0.35em").text(t("onLineIsLow", locale));
  if (!stakeholders.every(placed)) {
    foot
      .append("text")
      .attr("x", left)
      .attr("y", footY + 18)
      .attr("dy", "0.35em")
      .text(t("notPlacedWhy", locale));
  }
  return svg.node()!;
}
