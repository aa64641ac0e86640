// communicationGaps pair by pair: direct, relayed and missing channels, their quality, severity and rank,
// and the options that change them. The small networks are built by hand (gaps-fixtures.ts) and every
// expected value is worked out in the comments (quality scale 1–5 unless said: q = (quality − 1) / 4).
import { parseNetwork, TvaersInputError } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { communicationGaps, type Gap, relationalCoordinationQuality } from "../src/index.js";
import { byPair, care, handoff, network, sectors, talk } from "./gaps-fixtures.js";

describe("communicationGaps on a hand-built network", () => {
  it("finds direct, relayed and missing channels with their quality, severity and rank", () => {
    const { gaps } = communicationGaps(care());
    const pick = ({
      rank,
      from,
      to,
      volume,
      status,
      via,
      channelQuality,
      quality,
      weak,
      flagged,
      severity,
    }: Gap) => ({
      rank,
      pair: `${from}→${to}`,
      volume,
      status,
      via,
      channelQuality,
      quality,
      weak,
      flagged,
      severity,
    });
    expect(gaps.map(pick)).toEqual([
      // gp → ward: the only tie between them is a discharge letter ward → gp: no channel the way
      // patients go. Severity 8 · (1 − 0) = 8.
      {
        rank: 1,
        pair: "gp→ward",
        volume: 8,
        status: "none",
        via: [],
        channelQuality: null,
        quality: 0,
        weak: false,
        flagged: true,
        severity: 8,
      },
      // ward → sb: relays via hc (bottleneck min(q 0.75, q 0.875) = 0.75) beat via gp (min(1, 0.5));
      // q = 0.75 · 0.5 = 0.375, severity 10 · 0.625 = 6.25.
      {
        rank: 2,
        pair: "ward→sb",
        volume: 10,
        status: "relayed",
        via: ["hc"],
        channelQuality: 4,
        quality: 0.375,
        weak: false,
        flagged: true,
        severity: 6.25,
      },
      // sb → jc and ward → hc both have severity 5: sb before ward.
      {
        rank: 3,
        pair: "sb→jc",
        volume: 5,
        status: "none",
        via: [],
        channelQuality: null,
        quality: 0,
        weak: false,
        flagged: true,
        severity: 5,
      },
      // ward → hc: the better of the two ties (4 → q 0.75); 20 · 0.25 = 5.
      {
        rank: 4,
        pair: "ward→hc",
        volume: 20,
        status: "direct",
        via: [],
        channelQuality: 4,
        quality: 0.75,
        weak: false,
        flagged: false,
        severity: 5,
      },
      // hc → x: direct but q 0.25 < 0.625: weak; 2 · 0.75 = 1.5.
      {
        rank: 5,
        pair: "hc→x",
        volume: 2,
        status: "direct",
        via: [],
        channelQuality: 2,
        quality: 0.25,
        weak: true,
        flagged: true,
        severity: 1.5,
      },
    ]);
    const pairs = byPair(gaps);
    expect(pairs.get("ward→hc")!.steps).toEqual([
      { from: "ward", to: "hc", quality: 4, channel: "phone", qualityAssumed: false },
    ]);
    expect(pairs.get("ward→sb")!.steps.map((s) => [s.from, s.to, s.channel])).toEqual([
      ["ward", "hc", "phone"],
      ["hc", "sb", "meeting"],
    ]);
    expect(pairs.get("ward→sb")).toMatchObject({
      fromSector: "region",
      toSector: "municipality",
      fromCluster: "K1",
    });
    expect(pairs.get("hc→x")!.toCluster).toBeNull();
  });

  it("counts directed communication ties both ways with direction: either", () => {
    const gp = byPair(communicationGaps(care(), { direction: "either" }).gaps).get("gp→ward")!;
    expect(gp).toMatchObject({ status: "direct", quality: 1, severity: 0, flagged: false });
  });

  it("picks the relay with the best bottleneck, and follows quality changes", () => {
    const ties = care().ties.map((t) => (t.channel === "meeting" ? { ...t, quality: 2.5 } : t));
    const doc = network(ties);
    // Via hc: min(0.75, 0.375) = 0.375 < via gp: min(1, 0.5) = 0.5, so gp now.
    const relay = byPair(communicationGaps(doc).gaps).get("ward→sb")!;
    expect(relay.via).toEqual(["gp"]);
    expect(relay.quality).toBe(0.25);
    expect(relay.channelQuality).toBe(3);
  });

  it("relays over more steps only when maxRelaySteps allows, and not at all with 1", () => {
    // sb → gp → p → jc: q min(0.5, 0.75, 0.5 assumed) = 0.5 · 0.5² = 0.125.
    const three = byPair(communicationGaps(care(), { maxRelaySteps: 3 }).gaps).get("sb→jc")!;
    expect(three).toMatchObject({
      status: "relayed",
      via: ["gp", "p"],
      quality: 0.125,
      qualityAssumed: true,
    });
    expect(three.severity).toBeCloseTo(5 * 0.875, 12);
    const one = byPair(communicationGaps(care(), { maxRelaySteps: 1 }).gaps).get("ward→sb")!;
    expect(one.status).toBe("none");
  });

  it("breaks relay ties by quality, then fewer steps, then intermediary ids", () => {
    const doc = (mQuality: number, nQuality: number) =>
      parseNetwork({
        format: "tvaers.network/v1",
        name: "relays",
        sectors,
        actors: ["a", "b", "m1", "m2", "n1", "n2"].map((id) => ({ id, label: id, sector: "region" })),
        ties: [
          handoff("a", "b", 1),
          ...["m2", "m1"].flatMap((m) => [talk("a", m, mQuality), talk(m, "b", mQuality)]),
          talk("a", "n1", nQuality),
          talk("n1", "n2", nQuality),
          talk("n2", "b", nQuality),
        ],
      });
    const via = (d: ReturnType<typeof doc>, relayDiscount: number) =>
      communicationGaps(d, { maxRelaySteps: 3, relayDiscount }).gaps[0]!.via;
    // Equal bottlenecks (q 0.5), no discount: fewer steps (m), then m1 before m2.
    expect(via(doc(3, 3), 1)).toEqual(["m1"]);
    // n path q 1 vs m path 0.55: without a discount the long, better path wins…
    expect(via(doc(3.2, 5), 1)).toEqual(["n1", "n2"]);
    // …with the default discount it does not: 1 · 0.25 < 0.55 · 0.5.
    expect(via(doc(3.2, 5), 0.5)).toEqual(["m1"]);
  });

  it("normalises on the document's quality scale and uses missingQuality for ties without one", () => {
    const doc = network([handoff("ward", "hc", 10), talk("ward", "hc", 7)], {
      qualityScale: { min: 0, max: 10 },
    });
    expect(communicationGaps(doc).gaps[0]).toMatchObject({ quality: 0.7, severity: expect.closeTo(3, 12) });
    const unknown = network([handoff("ward", "hc", 10), talk("ward", "hc")]);
    // Midpoint 3 → q 0.5, weak (below 0.625); with missingQuality 5 → q 1.
    expect(communicationGaps(unknown).gaps[0]).toMatchObject({
      quality: 0.5,
      qualityAssumed: true,
      weak: true,
    });
    expect(communicationGaps(unknown, { missingQuality: 5 }).gaps[0]).toMatchObject({
      quality: 1,
      weak: false,
    });
  });

  it("flags weak direct channels by weakThreshold", () => {
    const hc = (weakThreshold: number) =>
      byPair(communicationGaps(care(), { weakThreshold }).gaps).get("ward→hc")!;
    expect(hc(0.625).weak).toBe(false);
    expect(hc(0.8)).toMatchObject({ weak: true, flagged: true });
  });

  it("takes a severity function and reranks by it", () => {
    const { gaps } = communicationGaps(care(), { severity: (g) => g.volume });
    expect(gaps.map((g) => `${g.from}→${g.to}`)).toEqual(["ward→hc", "ward→sb", "gp→ward", "sb→jc", "hc→x"]);
    expect(() => communicationGaps(care(), { severity: () => Number.NaN })).toThrow(RangeError);
  });

  it("reads channel quality from Relational Coordination answers", () => {
    const doc = network([
      handoff("ward", "hc", 4),
      talk("ward", "hc", 5, { attributes: { rc: [2, 2, 2, 2, 2, 2, 2] } }),
    ]);
    expect(communicationGaps(doc).gaps[0]!.quality).toBe(1);
    const rc = communicationGaps(doc, { quality: relationalCoordinationQuality }).gaps[0]!;
    expect(rc).toMatchObject({ channelQuality: 2, quality: 0.25, weak: true });
    const bad = network([handoff("ward", "hc", 4), talk("ward", "hc", 5, { attributes: { rc: [2, 2, 2] } })]);
    try {
      communicationGaps(bad, { quality: relationalCoordinationQuality });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TvaersInputError);
      expect((e as TvaersInputError).problems[0]!.path).toBe("ties[1].attributes.rc");
    }
  });

  it("rejects bad options and qualities off the scale", () => {
    for (const options of [
      { maxRelaySteps: 0 },
      { maxRelaySteps: 1.5 },
      { relayDiscount: 2 },
      { weakThreshold: -0.1 },
      { missingQuality: 9 },
      { direction: "both" as "along" },
    ]) {
      expect(() => communicationGaps(care(), options)).toThrow(RangeError);
    }
    const doc = network([handoff("ward", "hc", 4), talk("ward", "hc", 3)]);
    expect(() => communicationGaps(doc, { quality: () => 6 })).toThrow(TvaersInputError);
  });

  it("gives no gaps without handoffs", () => {
    const result = communicationGaps(network([talk("ward", "hc", 3)]));
    expect(result).toEqual({ gaps: [], bySectorPair: [], byCluster: [], ties: [] });
  });
});
