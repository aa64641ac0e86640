/**
 * Snapshots of a network from dated ties: a tie whose attributes hold `from` and/or `until`
 * (`YYYY-MM-DD`) exists from `from` (inclusive) until `until` (exclusive); a tie without them exists
 * in every snapshot. A snapshot is the document with only the ties that exist on its date. This is the
 * "dated ties" form of a network over time; the other form is simply one document per date.
 */
import { type NetworkDocument, type Tie, TvaersInputError } from "@tvaers/model";

/** One dated state of a network. */
export interface Snapshot {
  date: string;
  doc: NetworkDocument;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateAttribute(tie: Tie, index: number, name: "from" | "until"): string | undefined {
  const value = tie.attributes?.[name];
  if (value === undefined) return undefined;
  if (typeof value === "string" && DATE.test(value)) return value;
  throw new TvaersInputError([
    {
      path: `ties[${index}].attributes.${name}`,
      field: name,
      message: `${name} must be a date written YYYY-MM-DD`,
    },
  ]);
}

/**
 * One snapshot per date: the given dates, or else every distinct `from` and `until` date of the
 * ties, in date order.
 *
 * @example
 * const snapshots = snapshotsFromDatedTies(doc, { dates: ["2022-01-01", "2023-01-01"] });
 */
export function snapshotsFromDatedTies(
  doc: NetworkDocument,
  options: { dates?: readonly string[] } = {},
): Snapshot[] {
  const spans = doc.ties.map((tie, i) => ({
    tie,
    from: dateAttribute(tie, i, "from"),
    until: dateAttribute(tie, i, "until"),
  }));
  const dates =
    options.dates ?? spans.flatMap((s) => [s.from, s.until].filter((d): d is string => d !== undefined));
  return [...new Set(dates)].sort().map((date) => ({
    date,
    doc: {
      ...doc,
      ties: spans
        .filter((s) => (s.from === undefined || s.from <= date) && (s.until === undefined || date < s.until))
        .map((s) => s.tie),
    },
  }));
}
