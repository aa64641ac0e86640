/**
 * Handoff mining on a log small enough to check by hand (fixtures/logs/hand-computed.csv):
 *
 *   P1: gp-a 08:00 → ward-x 10:00 (2 h) → ward-y 10:00 (same time: file order, 0 h) → ward-y next day
 *       (repeat) → jobcentre-b two days later (48 h)
 *   P2: gp-a 09:00 → ward-x 13:00 (4 h) → jobcentre-b two days later (48 h)
 *   P3: gp-a 08:00 → ward-x 09:30 (1.5 h) → jobcentre-b 42 days later, across the spring switch (1007 h)
 *
 * gp-a → ward-x: waits 1.5, 2, 4 → median 2, p90 = 2 + 0.8 · (4 − 2) = 3.6, mean 2.5.
 * ward-x → jobcentre-b: waits 48, 1007 → median = mean = 527.5, p90 = 48 + 0.9 · 959 = 911.1.
 */
import { fileURLToPath } from "node:url";
import type { NetworkDocument } from "@tvaers/model";
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { type Handoff, mineHandoffs } from "../src/index.js";

const LOG = fileURLToPath(new URL("fixtures/logs/hand-computed.csv", import.meta.url));

const h = (
  from: string,
  to: string,
  count: number,
  cases: number,
  waits: [number, number, number],
  crossSector: boolean | null,
): Handoff => ({
  from,
  to,
  count,
  cases,
  waitHours: { median: waits[0], p90: waits[1], mean: waits[2] },
  crossSector,
});

describe("mineHandoffs: the rules, by hand", () => {
  it("finds every handoff between actors, with waits and sector crossing", async () => {
    const { handoffs, report } = await mineHandoffs(LOG);
    expect(handoffs).toEqual([
      h("gp-a", "ward-x", 3, 3, [2, expect.closeTo(3.6, 12), 2.5], true),
      h("ward-x", "jobcentre-b", 2, 2, [527.5, expect.closeTo(911.1, 10), 527.5], true),
      h("ward-x", "ward-y", 1, 1, [0, 0, 0], false),
      h("ward-y", "jobcentre-b", 1, 1, [48, 48, 48], true),
    ]);
    expect(report).toMatchObject({
      events: 11,
      cases: 3,
      rejected: 0,
      transitions: 8,
      handoffs: 7,
      repeats: 1,
      beyondMaxGap: 0,
      strategy: "sorted",
      engine: "stream",
      level: "actor",
    });
  });

  it("keeps file order for events at the same time", async () => {
    const text =
      "case_id,timestamp,actor\nA,2026-03-02 10:00,ward-y\nA,2026-03-02 10:00,ward-x\nA,2026-03-02 09:00,gp\n";
    const { handoffs } = await mineHandoffs({ text });
    expect(handoffs.map((x) => `${x.from}>${x.to}`)).toEqual(["gp>ward-y", "ward-y>ward-x"]);
  });

  it("leaves out pairs further apart than maxGapHours (and never counts a repeat as a handoff)", async () => {
    const { handoffs, report } = await mineHandoffs(LOG, { maxGapHours: 72 });
    expect(handoffs.find((x) => x.from === "ward-x" && x.to === "jobcentre-b")).toEqual(
      h("ward-x", "jobcentre-b", 1, 1, [48, 48, 48], true),
    );
    expect(report).toMatchObject({ transitions: 8, handoffs: 6, repeats: 1, beyondMaxGap: 1 });
    const exact = await mineHandoffs(LOG, { maxGapHours: 48 });
    expect(exact.report.beyondMaxGap).toBe(1);
  });

  it("lifts to sectors before detecting handoffs", async () => {
    const { handoffs, report, groups } = await mineHandoffs(LOG, { level: "sector" });
    expect(handoffs).toEqual([
      h("general-practice", "region", 3, 3, [2, expect.closeTo(3.6, 12), 2.5], true),
      h("region", "municipality", 3, 3, [48, expect.closeTo(815.2, 10), expect.closeTo(1103 / 3, 10)], true),
    ]);
    expect(report).toMatchObject({ transitions: 8, handoffs: 6, repeats: 2, withoutGroup: 0 });
    expect(groups).toEqual([
      { id: "general-practice", events: 3, sector: "general-practice" },
      { id: "municipality", events: 3, sector: "municipality" },
      { id: "region", events: 5, sector: "region" },
    ]);
  });

  it("lifts with a network: ids or labels, the actor's organisation, cluster and kind; unknown otherwise", async () => {
    const network: NetworkDocument = parseNetwork({
      format: "tvaers.network/v1",
      name: "Klynge",
      sectors: [
        { id: "region", label: "Region" },
        { id: "municipality", label: "Kommune" },
        { id: "general-practice", label: "Almen praksis" },
      ],
      clusters: [{ id: "vest", label: "Klynge Vest" }],
      organisations: [
        { id: "hospital-t", label: "Sygehus Thisted", sector: "region", cluster: "vest" },
        { id: "kommune-b", label: "Kommune B", sector: "municipality" },
      ],
      actors: [
        { id: "gp-a", label: "Lægehus A", sector: "general-practice", kind: "gp" },
        {
          id: "ward-x",
          label: { en: "Ward X", da: "Afsnit X" },
          sector: "region",
          organisation: "hospital-t",
          kind: "hospital-ward",
        },
        {
          id: "ward-y",
          label: "Ward Y",
          sector: "region",
          organisation: "hospital-t",
          kind: "hospital-ward",
        },
        {
          id: "jobcentre-b",
          label: "Jobcenter B",
          sector: "municipality",
          organisation: "kommune-b",
          cluster: "vest",
          kind: "jobcentre",
        },
      ],
    });
    const text = [
      "case_id,timestamp,actor",
      "A,2026-03-02 08:00,Lægehus A",
      "A,2026-03-02 09:00,afsnit x",
      "A,2026-03-02 10:00,ward-y",
      "A,2026-03-03 10:00,jobcentre-b",
      "A,2026-03-04 10:00,stranger",
    ].join("\n");
    const byOrg = await mineHandoffs({ text }, { network, level: "organisation" });
    expect(byOrg.handoffs.map((x) => [x.from, x.to, x.count, x.crossSector])).toEqual([
      ["(unknown)", "hospital-t", 1, true],
      ["hospital-t", "kommune-b", 1, true],
      ["kommune-b", "(unknown)", 1, null],
    ]);
    expect(byOrg.report).toMatchObject({ withoutGroup: 2, unresolvedActors: 1, repeats: 1 });
    const byKind = await mineHandoffs({ text }, { network, level: "kind" });
    expect(byKind.handoffs.map((x) => `${x.from}>${x.to}`)).toEqual([
      "gp>hospital-ward",
      "hospital-ward>jobcentre",
      "jobcentre>(unknown)",
    ]);
    const byCluster = await mineHandoffs({ text }, { network, level: "cluster" });
    expect(byCluster.handoffs.map((x) => `${x.from}>${x.to}`)).toEqual(["(unknown)>vest", "vest>(unknown)"]);
    const byActor = await mineHandoffs({ text }, { network });
    expect(byActor.handoffs.map((x) => `${x.from}>${x.to}`)).toEqual([
      "gp-a>ward-x",
      "jobcentre-b>stranger",
      "ward-x>ward-y",
      "ward-y>jobcentre-b",
    ]);
  });

  it("prefers the event's own columns to the network's", async () => {
    const text =
      "case_id,timestamp,actor,sector\nA,2026-03-02 08:00,gp-a,region\nA,2026-03-02 09:00,ward-x,\n";
    const network = parseNetwork({
      format: "tvaers.network/v1",
      name: "n",
      sectors: [
        { id: "general-practice", label: "GP" },
        { id: "region", label: "R" },
      ],
      actors: [
        { id: "gp-a", label: "A", sector: "general-practice" },
        { id: "ward-x", label: "X", sector: "region" },
      ],
    });
    const { handoffs, report } = await mineHandoffs({ text }, { network, level: "sector" });
    expect(handoffs).toEqual([]);
    expect(report.repeats).toBe(1);
  });

  it("says crossSector is null when a sector is unknown or the occurrences disagree", async () => {
    const text = [
      "case_id,timestamp,actor,sector,cluster",
      "A,2026-03-02 08:00,gp,general-practice,c1",
      "A,2026-03-02 09:00,ward,region,c2",
      "B,2026-03-02 08:00,gp2,region,c1",
      "B,2026-03-02 09:00,ward,region,c2",
      "C,2026-03-02 08:00,gp,,c1",
      "C,2026-03-02 09:00,home,municipality,c3",
    ].join("\n");
    const { handoffs } = await mineHandoffs({ text }, { level: "cluster" });
    expect(handoffs.map((x) => [x.from, x.to, x.crossSector])).toEqual([
      ["c1", "c2", null],
      ["c1", "c3", null],
    ]);
    const actors = await mineHandoffs({ text });
    expect(actors.handoffs.map((x) => [x.from, x.to, x.crossSector])).toEqual([
      ["gp", "home", null],
      ["gp", "ward", true],
      ["gp2", "ward", false],
    ]);
  });

  it("measures waits in real hours across the summer-time switches", async () => {
    const text = [
      "case_id;timestamp;actor",
      "S;29-03-2026 01:30;gp",
      "S;29-03-2026 03:30;ward",
      "A;25-10-2026 01:30;gp",
      "A;25-10-2026 03:30;ward",
      "R;25-10-2026 02:10;gp",
      "R;2026-10-25T02:20:00+01:00;ward",
    ].join("\n");
    const { handoffs } = await mineHandoffs({ text });
    // spring: 00:30Z → 01:30Z = 1 h; autumn: 23:30Z → 02:30Z = 3 h; repeat hour: 00:10Z (CEST) → 01:20Z = 70 min
    expect(handoffs[0]!.waitHours).toEqual({
      median: 1.1666666666666667,
      p90: expect.closeTo(2.633333, 5),
      mean: 1.7222222222222223,
    });
    expect(handoffs[0]!.count).toBe(3);
  });
});
