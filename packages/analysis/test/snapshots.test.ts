import { parseNetwork, TvaersInputError } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { eiIndex, measureSnapshots, SNAPSHOT_MEASURES, snapshotsFromDatedTies } from "../src/index.js";

const doc = parseNetwork({
  format: "tvaers.network/v1",
  name: "over time",
  sectors: [
    { id: "region", label: "Region" },
    { id: "municipality", label: "Municipality" },
  ],
  actors: [
    { id: "ward", label: "Ward", sector: "region" },
    { id: "psych", label: "Psychiatry", sector: "region" },
    { id: "jobcentre", label: "Job centre", sector: "municipality" },
  ],
  ties: [
    { source: "ward", target: "psych", kind: "collaboration" },
    { source: "ward", target: "jobcentre", kind: "communication", attributes: { from: "2022-06-08" } },
    {
      source: "psych",
      target: "jobcentre",
      kind: "communication",
      attributes: { from: "2022-06-08", until: "2023-01-01" },
    },
  ],
});

describe("snapshotsFromDatedTies", () => {
  it("keeps a tie from its from date up to, not including, its until date", () => {
    const snaps = snapshotsFromDatedTies(doc, { dates: ["2023-01-01", "2022-01-01", "2022-06-08"] });
    expect(snaps.map((s) => [s.date, s.doc.ties.length])).toEqual([
      ["2022-01-01", 1],
      ["2022-06-08", 3],
      ["2023-01-01", 2],
    ]);
    expect(snapshotsFromDatedTies(doc).map((s) => s.date)).toEqual(["2022-06-08", "2023-01-01"]);
  });

  it("refuses a date attribute that is not YYYY-MM-DD", () => {
    const bad = { ...doc, ties: [{ ...doc.ties[0]!, attributes: { from: "June" } }] };
    expect(() => snapshotsFromDatedTies(bad)).toThrow(TvaersInputError);
  });
});

describe("measureSnapshots", () => {
  const snaps = snapshotsFromDatedTies(doc, { dates: ["2022-01-01", "2022-06-08", "2023-01-01"] });

  it("keeps each snapshot's results and the diff from the one before", () => {
    const trend = measureSnapshots(snaps, { measures: { ei: (g) => eiIndex(g, { permutations: 0 }).index } });
    expect(trend.map((t) => [t.date, t.ties, t.results.ei])).toEqual([
      ["2022-01-01", 1, -1],
      ["2022-06-08", 3, 1 / 3],
      ["2023-01-01", 2, 0],
    ]);
    expect(trend[0]?.diff).toBeUndefined();
    expect(trend[1]?.diff?.ties.added).toHaveLength(2);
    expect(trend[2]?.diff?.ties.removed).toEqual([doc.ties[2]]);
    expect(Object.isFrozen(trend[0]?.results)).toBe(true);
  });

  it("runs every graph measure by default and refuses two snapshots with one date", () => {
    const [first] = measureSnapshots(snaps.slice(1, 2));
    expect(Object.keys(first?.results ?? {})).toEqual(Object.keys(SNAPSHOT_MEASURES));
    expect(() => measureSnapshots([snaps[0]!, snaps[0]!])).toThrow(/two snapshots are dated 2022-01-01/);
  });
});
