import type { PathwayEvent } from "@tvaers/pathways";
import { describe, expect, it } from "vitest";
import { evaluateModel, parseModel } from "../src/index.js";
import { network } from "./apply-fixtures.js";

// The hand-built network of the applyModel tests (apply-fixtures.ts): two municipalities in two
// clusters, a ward, psychiatry, GPs.

// NFS where the ward and psychiatry hand over to the municipality (quality 3.5, normalised 0.625: not
// weak), a municipal team of jobcentre, sickness benefit and social services, and half the wait from
// the ward to sickness benefit.
const model = parseModel({
  format: "tvaers.model/v1",
  id: "m",
  label: "Model",
  rules: [
    {
      type: "add-channel",
      fromKinds: ["hospital-ward", "psychiatry"],
      toKinds: ["sickness-benefit-unit", "social-services"],
      channel: "NFS",
      quality: 3.5,
    },
    {
      type: "form-team",
      memberKinds: ["jobcentre", "sickness-benefit-unit", "social-services"],
      sector: "municipality",
    },
    { type: "scale-waits", fromKinds: ["hospital-ward"], toKinds: ["sickness-benefit-unit"], factor: 0.5 },
  ],
});

const stakeholders = [
  { id: "municipality-1", actors: ["sb1", "soc1", "job1"] },
  { id: "gps", label: { en: "GPs", da: "Læger" }, actors: ["gp1", "gp2"] },
  { id: "outside" },
  { id: "elsewhere", actors: ["nobody"] },
];

describe("evaluateModel", () => {
  const result = evaluateModel(network, model, { stakeholders });

  it("compares gap severity, in total and across sectors, and lists the gaps closed", () => {
    // Before: ward1 → sb1 only by relay through gp1 (weakest link NFS 3 → 0.5, halved: 0.25):
    // 10 × 0.75 = 7.5; psy → soc1 and gp1 → ward1 have no channel: 5 and 20. All cross sectors.
    // After: NFS 3.5 → q 0.625: 10 × 0.375 = 3.75 and 5 × 0.375 = 1.875; and gp1 → ward1 now has a
    // relay through sb1 (weakest link 0.5, halved): 20 × 0.75 = 15, better but still a gap.
    expect(result.gaps.severity).toEqual({
      before: 32.5,
      after: 20.625,
      change: -11.875,
      relative: -11.875 / 32.5,
    });
    expect(result.gaps.crossSectorSeverity.after).toBe(20.625);
    expect(result.gaps.flagged).toMatchObject({ before: 3, after: 1 });
    expect(
      result.gaps.closed.map((g) => [g.from, g.to, g.before?.status, g.after?.status, g.reduction]),
    ).toEqual([
      ["ward1", "sb1", "relayed", "direct", 3.75],
      ["psy", "soc1", "none", "direct", 3.125],
    ]);
    expect(result.gaps.opened).toEqual([]);
    expect(result.gaps.changed.map((g) => [g.from, g.to, g.after?.status, g.reduction])).toEqual([
      ["gp1", "ward1", "relayed", 5],
      ["ward1", "sb1", "direct", 3.75],
      ["psy", "soc1", "direct", 3.125],
    ]);
  });

  it("compares the volume-weighted mean wait", () => {
    // (10·960 + 5·240 + 20·5) / 35 hours before; the ward → sickness-benefit wait halves after.
    expect(result.meanWaitHours.before).toBeCloseTo(10900 / 35, 10);
    expect(result.meanWaitHours.after).toBeCloseTo(6100 / 35, 10);
  });

  it("compares the E-I index of the working relations", () => {
    // Directed view (the discharge letter is one-way), an undirected tie counts both ways: before 5
    // external arcs and no internal ones; after, +4 external (two NFS ties) and 6 internal (three
    // municipal pairs of the team; their collaboration and meeting ties merge): (9 − 6) / 15.
    expect(result.eiIndex).toEqual({ before: 1, after: 0.2, change: -0.8, relative: -0.8 });
  });

  it("compares dependence on a single broker between sectors", () => {
    // Before, only gp1 links sb1 and ward1: 2 of the 4 between-sector ordered pairs of other actors
    // that are connected. After, sb1 carries the most: 7/11 (checked with networkx all_shortest_paths).
    expect(result.brokerDependence.before).toEqual({ share: 0.5, actor: "gp1" });
    expect(result.brokerDependence.after.actor).toBe("sb1");
    expect(result.brokerDependence.after.share).toBeCloseTo(7 / 11, 12);
    expect(result.brokerDependence.change).toBeCloseTo(7 / 11 - 0.5, 12);
  });

  it("traces each stakeholder's impact to the changes touching its actors", () => {
    const [municipality, gps, outside, elsewhere] = result.stakeholders;
    expect(municipality).toMatchObject({
      stakeholder: "municipality-1",
      actors: ["sb1", "soc1", "job1"],
      missing: [],
      tiesAdded: 8,
      tiesRemoved: 0,
      upgraded: 0,
    });
    expect(municipality?.gaps.severity).toMatchObject({ before: 12.5, after: 5.625 });
    expect(municipality?.gaps.closed).toHaveLength(2);
    expect(municipality?.meanWaitHours).toMatchObject({ before: 720, after: 400 });
    expect(municipality?.changes.map((i) => result.changes[i]?.action)).toEqual([
      "add-tie",
      "add-tie",
      "form-team",
      ...Array(6).fill("add-tie"),
      "scale-wait",
    ]);
    expect(gps).toMatchObject({ label: { en: "GPs", da: "Læger" }, tiesAdded: 0, changes: [] });
    expect(gps?.gaps.severity).toMatchObject({ before: 20, after: 15, change: -5 });
    expect(outside).toMatchObject({ actors: [], missing: [], changes: [] });
    expect(outside?.gaps.severity).toEqual({ before: 0, after: 0, change: 0, relative: null });
    expect(elsewhere?.missing).toEqual(["nobody"]);
  });

  it("gives zero change for a model that changes nothing here", () => {
    const none = parseModel({
      format: "tvaers.model/v1",
      id: "none",
      label: "Nothing",
      rules: [{ type: "remove-actor", kinds: ["home-care"] }],
    });
    const same = evaluateModel(network, none);
    expect(same.gaps.severity.change).toBe(0);
    expect(same.gaps.changed).toEqual([]);
    expect(same.eiIndex.change).toBe(0);
    expect(same.brokerDependence.change).toBe(0);
    expect(same.changes.map((c) => c.action)).toEqual(["no-match"]);
    expect(same.pathways).toBeNull();
    expect(same.stakeholders).toEqual([]);
  });

  it("projects pathway measures from a log when waits change", () => {
    const hour = 3_600_000;
    const events = (caseId: string, steps: [string, number][]): PathwayEvent[] =>
      steps.map(([actor, hours], i) => ({ caseId, actor, time: hours * hour, line: i + 1 }));
    const log = [
      ...events("A", [
        ["gp1", 0],
        ["ward1", 5],
        ["sb1", 965],
        ["sb1", 1037],
      ]),
      ...events("B", [
        ["psy", 0],
        ["soc1", 240],
      ]),
    ];
    const { pathways } = evaluateModel(network, model, { log });
    expect(pathways?.cases).toBe(2);
    expect(pathways?.handoffsScaled).toBe(1);
    // Case A: the ward → sickness-benefit wait of 960 h becomes 480 h; case B is unchanged.
    expect(pathways?.measures.durationHours.before.mean).toBe((1037 + 240) / 2);
    expect(pathways?.measures.durationHours.after.mean).toBe((557 + 240) / 2);
    expect(pathways?.measures.longestWaitHours.after.median).toBe((480 + 240) / 2);
    expect(pathways?.measures.handoffs.after).toEqual(pathways?.measures.handoffs.before);
  });
});
