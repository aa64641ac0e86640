import { readdirSync, readFileSync } from "node:fs";
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { parseModel, spreadPotential } from "../src/index.js";

const data = new URL("../../../data/", import.meta.url);
const networks = readdirSync(new URL("networks/", data))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => parseNetwork(JSON.parse(readFileSync(new URL(`networks/${f}`, data), "utf8")), { file: f }));
const model = (id: string) =>
  parseModel(JSON.parse(readFileSync(new URL(`models/${id}.json`, data), "utf8")), { file: `${id}.json` });

describe("spreadPotential", () => {
  it("ranks the example networks by how much gap severity the model removes", () => {
    const result = spreadPotential(model("hospital-on-nfs"), networks);
    expect(result.model).toBe("hospital-on-nfs");
    expect(result.networks.map((n) => n.network)).toEqual([
      "Midtklyngen",
      "Klynge Vest",
      "MS collaboration: Sclerosehospitalerne and three municipalities",
      "Vestklyngen: dual diagnosis",
    ]);
    const [midt, ...rest] = result.networks;
    // Three cardiology → sickness-benefit handoffs get NFS and stop being gaps.
    expect(midt?.gaps.closed).toBe(3);
    expect(midt?.changes).toBe(3);
    expect(midt?.severity.reduction).toBeGreaterThan(0);
    expect(midt?.severity.share).toBeCloseTo(midt!.severity.reduction / midt!.severity.before, 12);
    expect(midt?.crossSector.reduction).toBeCloseTo(midt!.severity.reduction, 9);
    for (const other of rest)
      expect(other).toMatchObject({ changes: 0, gaps: { closed: 0 }, severity: { reduction: 0 } });
  });

  it("names networks as given and compares them with a hand-built one", () => {
    const doc = parseNetwork({
      format: "tvaers.network/v1",
      name: "Doc name",
      sectors: [
        { id: "region", label: "Region" },
        { id: "municipality", label: "Municipality" },
      ],
      actors: [
        { id: "w", label: "Ward", sector: "region", kind: "hospital-ward" },
        { id: "j", label: "Jobcentre", sector: "municipality", kind: "jobcentre" },
      ],
      ties: [{ source: "w", target: "j", kind: "handoff", weight: 8 }],
    });
    const result = spreadPotential(model("hospital-on-nfs"), [{ name: "Mine", network: doc }]);
    // No channel (severity 8) → NFS at 3.5 (q 0.625): 8 × 0.375 = 3.
    expect(result.networks).toEqual([
      {
        network: "Mine",
        severity: { before: 8, after: 3, change: -5, relative: -0.625, reduction: 5, share: 0.625 },
        crossSector: { before: 8, after: 3, change: -5, relative: -0.625, reduction: 5, share: 0.625 },
        gaps: { before: 1, after: 0, closed: 1, opened: 0 },
        changes: 1,
      },
    ]);
  });
});
