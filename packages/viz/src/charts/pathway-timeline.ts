/**
 * Pathway timeline: the events of one case (one patient's pathway) across actors over time. Each
 * actor the case visits has a lane, in the order of the first visit; each event is a dot in the
 * actor's sector colour; consecutive events are joined by a line: heavy where the case is handed
 * over to another sector, lighter for a handoff within a sector, dotted for a follow-up at the same
 * actor. Reads events as `readEventLog` (@tvaers/pathways) gives them; case ids are never read.
 *
 * Times are shown in the reader's time zone (d3's local time), so a page opened in Denmark shows
 * Danish local times; tests pin the time zone.
 */
import { type Label, labelText } from "@tvaers/model";
import { scaleTime, timeDay, timeFormatLocale, timeHour, timeMonth, timeYear } from "d3";
import { type Labelled, type Locale, t } from "../labels.js";
import { sectorColours } from "../palette.js";
import { chartRoot, INK, MUTED, textWidth } from "./frame.js";
import { formatWait } from "./handoff-waits.js";
import { nameColumnWidth, truncate } from "./truncate.js";

/** One event of the pathway: when (epoch milliseconds), which actor, what happened. */
export interface TimelineEvent {
  time: number;
  actor: string;
  activity?: string;
  /** The actor's sector as the log has it; the `actors` option's sector otherwise. */
  sector?: string;
}

/** Options of {@link pathwayTimeline}. */
export interface PathwayTimelineOptions {
  /** Language of the fixed texts, dates and names. Default "en". */
  locale?: Locale;
  /** Actors' names and sectors (a network document's `actors`); ids are shown otherwise. */
  actors?: readonly { id: string; label?: Label; sector?: string }[];
  /** The sectors' catalogue (a document's `sectors`), for the colours of sectors outside the fixed palette. */
  sectors?: readonly Labelled[];
  /** Chart title. Default: "One pathway over time" in the locale. */
  title?: string;
  /** Width in pixels. Default 720. */
  width?: number;
  /** Height of one actor's lane in pixels. Default 28. */
  laneHeight?: number;
}

const TIME_LOCALES = {
  en: timeFormatLocale({
    dateTime: "%a %e %b %Y %X",
    date: "%d/%m/%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  }),
  da: timeFormatLocale({
    dateTime: "%A den %e. %B %Y %X",
    date: "%d-%m-%Y",
    time: "%H:%M:%S",
    periods: ["", ""],
    days: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    shortDays: ["søn", "man", "tir", "ons", "tor", "fre", "lør"],
    months: [
      "januar",
      "februar",
      "marts",
      "april",
      "maj",
      "juni",
      "juli",
      "august",
      "september",
      "oktober",
      "november",
      "december",
    ],
    shortMonths: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  }),
};

/** The widest an actor's name may be drawn; longer names are shortened (the whole name is in the tooltip). */
const NAME_WIDTH = 260;

/** How a step between two events is drawn: across sectors, within a sector, at the same actor. */
const STEP_STYLE = {
  across: { stroke: INK, width: 2.5, dash: null },
  within: { stroke: "#8a9099", width: 1.5, dash: null },
  same: { stroke: "#8a9099", width: 1.5, dash: "2 3" },
} as const;
const STEP_TEXT = { across: "stepAcross", within: "stepWithin", same: "stepSame" } as const;

/** Axis ticks as d3's multi-scale format does it, in `locale`: a time, a day, a month or a year. */
function tickFormat(locale: Locale) {
  const f = TIME_LOCALES[locale].format;
  const [minute, day, month, year] = [
    f("%H:%M"),
    f(locale === "da" ? "%-d. %b" : "%-d %b"),
    f("%b"),
    f("%Y"),
  ];
  return (date: Date) =>
    (timeHour(date) < date || timeDay(date) < date
      ? minute
      : timeMonth(date) < date
        ? day
        : timeYear(date) < date
          ? month
          : year)(date);
}

/** Draws the events of one pathway, in time order, and returns the `<svg>` element. */
export function pathwayTimeline(
  events: readonly TimelineEvent[],
  options: PathwayTimelineOptions = {},
): SVGSVGElement {
  const { locale = "en", width = 720, laneHeight = 28 } = options;
  const title = options.title ?? t("timelineTitle", locale);
  const info = new Map((options.actors ?? []).map((a) => [a.id, a] as const));
  const name = (id: string) => labelText(info.get(id)?.label, locale) || id;
  const colour = sectorColours((options.sectors ?? []).map((s) => s.id));
  const sectorOf = (e: TimelineEvent) => e.sector ?? info.get(e.actor)?.sector;
  const full = TIME_LOCALES[locale].format(locale === "da" ? "%-d. %b %Y %H:%M" : "%-d %b %Y %H:%M");

  const sorted = events.map((e, i) => ({ ...e, i })).sort((a, b) => a.time - b.time || a.i - b.i);
  const lanes = [...new Set(sorted.map((e) => e.actor))];
  const left = Math.max(60, nameColumnWidth(lanes.map(name), NAME_WIDTH)) + 14;
  const top = 40;
  const plotHeight = laneHeight * Math.max(1, lanes.length);
  // The key under the axis: one line, or more when the names do not fit the width.
  let x0 = 0;
  let y0 = 0;
  const keyItems = (["across", "within", "same"] as const).map((kind) => {
    const itemWidth = 30 + textWidth(t(STEP_TEXT[kind], locale), 11);
    if (x0 > 0 && x0 + itemWidth > width) [x0, y0] = [0, y0 + 18];
    const item = { kind, x: x0, y: y0 };
    x0 += itemWidth + 18;
    return item;
  });
  const height = top + plotHeight + 54 + y0;
  const svg = chartRoot("tvaers-pathway-timeline", {
    width,
    height,
    title,
    description: t("timelineDescription", locale),
  });

  const first = sorted[0]?.time ?? 0;
  const last = sorted.at(-1)?.time ?? 0;
  const pad = last > first ? 0 : 3_600_000;
  const x = scaleTime()
    .domain([new Date(first - pad), new Date(last + pad)])
    .nice()
    .range([left, width - 24]);
  const y = (actor: string) => top + lanes.indexOf(actor) * laneHeight + laneHeight / 2;

  const grid = svg.append("g").attr("class", "axis").attr("font-size", 11).attr("fill", MUTED);
  const format = tickFormat(locale);
  for (const tick of x.ticks(Math.max(2, Math.floor((width - left) / 110)))) {
    grid
      .append("line")
      .attr("x1", x(tick))
      .attr("x2", x(tick))
      .attr("y1", top)
      .attr("y2", top + plotHeight)
      .attr("stroke", "#e3e6ea");
    grid
      .append("text")
      .attr("x", x(tick))
      .attr("y", top + plotHeight + 16)
      .attr("text-anchor", "middle")
      .text(format(tick));
  }
  const lane = svg.append("g").attr("class", "lanes");
  for (const actor of lanes) {
    lane
      .append("line")
      .attr("x1", left)
      .attr("x2", width - 24)
      .attr("y1", y(actor))
      .attr("y2", y(actor))
      .attr("stroke", "#f0f2f4");
    lane
      .append("text")
      .attr("x", left - 10)
      .attr("y", y(actor))
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .text(truncate(name(actor), NAME_WIDTH))
      .append("title")
      .text(name(actor));
  }

  const kindOf = (a: TimelineEvent, b: TimelineEvent): "across" | "within" | "same" =>
    a.actor === b.actor ? "same" : sectorOf(a) !== sectorOf(b) ? "across" : "within";
  const steps = sorted.slice(1).map((b, i) => ({ a: sorted[i]!, b, kind: kindOf(sorted[i]!, b) }));
  svg
    .append("g")
    .attr("class", "steps")
    .attr("fill", "none")
    .selectAll("path")
    .data(steps)
    .join("path")
    .attr("class", (s) => s.kind)
    .attr("d", (s) => `M${x(s.a.time)},${y(s.a.actor)}L${x(s.b.time)},${y(s.b.actor)}`)
    .attr("stroke", (s) => STEP_STYLE[s.kind].stroke)
    .attr("stroke-width", (s) => STEP_STYLE[s.kind].width)
    .attr("stroke-dasharray", (s) => STEP_STYLE[s.kind].dash)
    .append("title")
    .text((s) => `${t(STEP_TEXT[s.kind], locale)}: ${formatWait((s.b.time - s.a.time) / 3_600_000, locale)}`);
  svg
    .append("g")
    .attr("class", "events")
    .selectAll("circle")
    .data(sorted)
    .join("circle")
    .attr("cx", (e) => x(e.time))
    .attr("cy", (e) => y(e.actor))
    .attr("r", 5.5)
    .attr("fill", (e) => colour(sectorOf(e)))
    .attr("stroke", "white")
    .attr("stroke-width", 1.5)
    .append("title")
    .text((e) => `${full(new Date(e.time))} · ${name(e.actor)}${e.activity ? ` · ${e.activity}` : ""}`);

  const key = svg
    .append("g")
    .attr("class", "key")
    .attr("font-size", 11)
    .attr("fill", MUTED)
    .attr("transform", `translate(0,${top + plotHeight + 44})`);
  for (const item of keyItems) {
    key
      .append("line")
      .attr("x1", item.x)
      .attr("x2", item.x + 24)
      .attr("y1", item.y - 4)
      .attr("y2", item.y - 4)
      .attr("stroke", STEP_STYLE[item.kind].stroke)
      .attr("stroke-width", STEP_STYLE[item.kind].width)
      .attr("stroke-dasharray", STEP_STYLE[item.kind].dash);
    key
      .append("text")
      .attr("x", item.x + 30)
      .attr("y", item.y)
      .text(t(STEP_TEXT[item.kind], locale));
  }
  return svg.node()!;
}
