// communicationGaps grouped and emitted: the gaps summed by sector pair and by cluster, and the flagged
// pairs as ties of kind gap, on the hand-built network of gaps-fixtures.ts; every expected value is
// worked out in the comments (quality scale 1–5: q = (quality − 1) / 4).
import { describe, expect, it } from "vitest";
import { communicationGaps } from "../src/index.js";
import { care, handoff, network } from "./gaps-fixtures.js";

describe("communicationGaps grouping and ties", () => {
  it("sums by sector pair and by cluster, ranked by severity", () => {
    const { bySectorPair, byCluster } = communicationGaps(care());
    expect(bySectorPair).toEqual([
      // ward → hc (direct) + ward → sb (relayed): 5 + 6.25.
      {
        fromSector: "region",
        toSector: "municipality",
        pairs: 2,
        volume: 30,
        severity: 11.25,
        direct: 1,
        relayed: 1,
        none: 0,
        weak: 0,
        flagged: 1,
      },
      {
        fromSector: "general-practice",
        toSector: "region",
        pairs: 1,
        volume: 8,
        severity: 8,
        direct: 0,
        relayed: 0,
        none: 1,
        weak: 0,
        flagged: 1,
      },
      // sb → jc (none) + hc → x (weak direct): 5 + 1.5.
      {
        fromSector: "municipality",
        toSector: "municipality",
        pairs: 2,
        volume: 7,
        severity: 6.5,
        direct: 1,
        relayed: 0,
        none: 1,
        weak: 1,
        flagged: 2,
      },
    ]);
    expect(byCluster).toEqual([
      // gp → ward, ward → sb, ward → hc: 8 + 6.25 + 5.
      {
        scope: "within",
        cluster: "K1",
        pairs: 3,
        volume: 38,
        severity: 19.25,
        direct: 1,
        relayed: 1,
        none: 1,
        weak: 0,
        flagged: 2,
      },
      {
        scope: "between",
        cluster: null,
        pairs: 1,
        volume: 5,
        severity: 5,
        direct: 0,
        relayed: 0,
        none: 1,
        weak: 0,
        flagged: 1,
      },
      {
        scope: "unassigned",
        cluster: null,
        pairs: 1,
        volume: 2,
        severity: 1.5,
        direct: 1,
        relayed: 0,
        none: 0,
        weak: 1,
        flagged: 1,
      },
    ]);
  });

  it("emits the flagged pairs as ties of kind gap, in rank order", () => {
    const { ties } = communicationGaps(care());
    expect(ties.map((t) => [t.source, t.target])).toEqual([
      ["gp", "ward"],
      ["ward", "sb"],
      ["sb", "jc"],
      ["hc", "x"],
    ]);
    expect(ties[1]).toEqual({
      source: "ward",
      target: "sb",
      kind: "gap",
      weight: 6.25,
      directed: true,
      quality: 4,
      attributes: { status: "relayed", volume: 10, quality: 0.375, via: ["hc"], rank: 2 },
    });
    expect(ties[3]).toMatchObject({ kind: "gap", channel: "e-mail", quality: 2, weight: 1.5 });
    expect(ties[0]).not.toHaveProperty("quality");
  });

  it("counts an undirected handoff tie both ways", () => {
    const { gaps } = communicationGaps(network([{ ...handoff("ward", "hc", 3), directed: false }]));
    expect(gaps.map((g) => [g.from, g.to, g.volume])).toEqual([
      ["hc", "ward", 3],
      ["ward", "hc", 3],
    ]);
  });
});
