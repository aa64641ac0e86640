// communicationGaps on the example network data/networks/midtklyngen.json: it finds and ranks the gap
// its source report describes.
import { readFileSync } from "node:fs";
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { communicationGaps } from "../src/index.js";

describe("communicationGaps on Midtklyngen", () => {
  const doc = parseNetwork(
    JSON.parse(readFileSync(new URL("../../../data/networks/midtklyngen.json", import.meta.url), "utf8")),
  );
  const gpOf: Record<string, string> = {
    "viborg-sickness-benefit": "gp-viborg",
    "skive-sickness-benefit": "gp-skive",
    "silkeborg-sickness-benefit": "gp-silkeborg",
  };

  it("finds the cardiology → sickness-benefit handoffs reached only through the municipality's GP", () => {
    // The source report: no direct channel between hospital and sickness-benefit units; GPs reach
    // those units over NFS. In the file each cardiology ward sends discharge letters to the GP
    // (quality 4.2–4.6), who reaches the unit over NFS (2.8–3.1): the relay's weakest link is NFS.
    const { gaps } = communicationGaps(doc);
    const cardiology = gaps.filter(
      (g) => g.from.startsWith("cardiology-") && g.to.endsWith("-sickness-benefit"),
    );
    expect(cardiology).toHaveLength(3);
    for (const gap of cardiology) {
      expect(gap.status).toBe("relayed");
      expect(gap.via).toEqual([gpOf[gap.to]]);
      expect(gap.steps[1]!.channel).toBe("NFS");
      expect(gap.channelQuality).toBe(gap.steps[1]!.quality);
      expect(gap.flagged).toBe(true);
    }
  });

  it("ranks them above every handoff with a direct channel, per patient", () => {
    // By default severity (volume-weighted) they rank 9th, 11th and 15th of 20: the GP → cardiology
    // referrals (no channel recorded that way) and the larger sickness-benefit → job-centre flows
    // come first. Per patient handed over (severity 1 − q) they are among the most severe: worse than
    // every pair with a direct channel; only pairs with no channel and other relays come before them.
    const { gaps } = communicationGaps(doc, { severity: (g) => 1 - g.quality });
    const ranks = gaps
      .filter((g) => g.from.startsWith("cardiology-") && g.to.endsWith("-sickness-benefit"))
      .map((g) => g.rank);
    const firstDirect = Math.min(...gaps.filter((g) => g.status === "direct").map((g) => g.rank));
    expect(Math.max(...ranks)).toBeLessThan(firstDirect);
  });

  it("puts region → municipality among the most severe sector pairs", () => {
    const { bySectorPair } = communicationGaps(doc);
    const top = bySectorPair.slice(0, 2).map((p) => `${p.fromSector}→${p.toSector}`);
    expect(top).toContain("region→municipality");
  });
});
