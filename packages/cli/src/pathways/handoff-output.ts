import {
  type DisclosedHandoff,
  type MinedHandoffs,
  type RelativeVariant,
  relativeFrequency,
  relativeTotals,
  suppressSmallCells,
} from "@tvaers/pathways";
import { formatCsv } from "../format/csv.js";
import { formatNumber } from "../format/number.js";
import { type Cell, formatTable } from "../format/table.js";

/** A published handoff: the library's disclosed handoff with its relative frequency (null when suppressed). */
export interface PublishedHandoff extends DisclosedHandoff {
  relative: number | null;
}

/**
 * What `tvaers handoffs --format json` prints: the handoffs after disclosure control, and the report
 * (what was read and mined, and how). Nothing in it depends on the engine, and no case id is in it.
 */
export interface HandoffsOutput {
  handoffs: PublishedHandoff[];
  report: {
    file: string;
    format: string;
    level: string;
    events: number;
    cases: number;
    rejected: number;
    blank: number;
    withoutGroup: number;
    unresolvedActors: number;
    relative: RelativeVariant;
    suppressBelow: number;
    suppressed: { primary: number; secondary: number };
    /** The mining totals: present only when nothing was suppressed, as they would let one subtract. */
    totals?: { transitions: number; handoffs: number; repeats: number; beyondMaxGap: number };
  };
}

/**
 * Applies disclosure control (`suppressSmallCells` with `k`) to mined handoffs, adds each published
 * pair's relative frequency, and picks the report fields to publish. The mining totals (handoffs,
 * repeats, transitions) are left out when any cell was suppressed: the sum of the handoffs, less the
 * published ones, would give away the suppressed ones when there are few.
 */
export function publishHandoffs(mined: MinedHandoffs, relative: RelativeVariant, k: number): HandoffsOutput {
  const totals = relativeTotals(mined.report, mined.groups);
  const handoffs = suppressSmallCells(mined.handoffs, { k }).map((h, i) => ({
    ...h,
    relative: h.suppressed === undefined ? relativeFrequency(mined.handoffs[i]!, relative, totals) : null,
  }));
  const r = mined.report;
  const count = (reason: string) => handoffs.filter((h) => h.suppressed === reason).length;
  const suppressed = { primary: count("primary"), secondary: count("secondary") };
  return {
    handoffs,
    report: {
      file: r.file,
      format: r.format,
      level: r.level,
      events: r.events,
      cases: r.cases,
      rejected: r.rejected,
      blank: r.blank,
      withoutGroup: r.withoutGroup,
      unresolvedActors: r.unresolvedActors,
      relative,
      suppressBelow: k,
      suppressed,
      ...(suppressed.primary + suppressed.secondary === 0 && {
        totals: {
          transitions: r.transitions,
          handoffs: r.handoffs,
          repeats: r.repeats,
          beyondMaxGap: r.beyondMaxGap,
        },
      }),
    },
  };
}

const CSV_HEADER = [
  "from",
  "to",
  "count",
  "cases",
  "wait_hours_median",
  "wait_hours_p90",
  "wait_hours_mean",
  "cross_sector",
  "relative",
  "suppressed",
];

/** The handoffs as CSV, one row per pair; suppressed figures are empty cells and `suppressed` says why. */
export function handoffsCsv(out: HandoffsOutput): string {
  return formatCsv(
    CSV_HEADER,
    out.handoffs.map((h) => [
      h.from,
      h.to,
      h.count,
      h.cases,
      h.waitHours.median,
      h.waitHours.p90,
      h.waitHours.mean,
      h.crossSector === null ? null : String(h.crossSector),
      h.relative,
      h.suppressed,
    ]),
  );
}

/** A relative frequency with three significant digits. */
const share = (value: number) => String(Number(value.toPrecision(3)));

/** A figure for the table: rounded, or `–` when suppressed. */
const figure = (value: number | null, format: (v: number) => string = formatNumber): string =>
  value === null ? "–" : format(value);

/** `1 handoff`, `2 handoffs`. */
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The handoffs as an aligned table with a line of totals under it. */
export function handoffsTable(out: HandoffsOutput): string {
  const rows: Cell[][] = out.handoffs.map((h) => [
    h.from,
    h.to,
    figure(h.count),
    figure(h.cases),
    figure(h.waitHours.median),
    figure(h.waitHours.p90),
    figure(h.waitHours.mean),
    h.crossSector === null ? "unknown" : h.crossSector ? "yes" : "no",
    figure(h.relative, share),
    h.suppressed ?? "",
  ]);
  const r = out.report;
  const header = [
    "from",
    "to",
    "count",
    "cases",
    "median h",
    "p90 h",
    "mean h",
    "cross-sector",
    `relative (${r.relative})`,
    "suppressed",
  ];
  const align = [
    "left",
    "left",
    "right",
    "right",
    "right",
    "right",
    "right",
    "left",
    "right",
    "left",
  ] as const;
  const table = rows.length > 0 ? formatTable(rows, { header, align }) : "No handoffs.";
  const t = r.totals;
  const mined =
    t === undefined
      ? `; totals are left out while pairs are suppressed (${r.suppressed.primary + r.suppressed.secondary})`
      : `; ${t.transitions} transitions at the ${r.level} level: ${plural(t.handoffs, "handoff")}, ` +
        `${plural(t.repeats, "repeat")}, ${t.beyondMaxGap} beyond the maximum gap`;
  return `${table}\n\n${r.events} events in ${r.cases} cases (${r.rejected} rejected)${mined}\n`;
}
