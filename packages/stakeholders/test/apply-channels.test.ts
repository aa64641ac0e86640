// applyModel's add-channel and upgrade-channel rules on the hand-built network of apply-fixtures.ts:
// new channels where patients are handed over (or between every pair in one place), qualities raised
// to a level or by a step, and the change log, in English and Danish, for what was not found.
import { describe, expect, it } from "vitest";
import { applyModel } from "../src/index.js";
import { model, network, type RuleInput, tie } from "./apply-fixtures.js";

describe("applyModel: add-channel and upgrade-channel", () => {
  it("adds a channel where patients are handed over, and none where one is already there", () => {
    const rule: RuleInput = {
      type: "add-channel",
      fromKinds: ["hospital-ward", "psychiatry"],
      toKinds: ["sickness-benefit-unit", "social-services"],
      channel: "NFS",
      quality: 3.5,
    };
    const { network: out, changes } = applyModel(network, model([rule, rule]));
    expect(out.ties.filter((t) => t.attributes?.provenance === "model").map((t) => t.id)).toEqual([
      "communication:ward1>sb1:NFS",
      "communication:psy>soc1:NFS",
    ]);
    expect(changes.map((c) => c.action)).toEqual(["add-tie", "add-tie", "unchanged", "unchanged"]);
    expect(changes[2]?.en).toBe("Ward and Sickness benefit 1 already have a NFS channel.");
    expect(changes[2]?.da).toBe("Afdeling og Sygedagpenge 1 har allerede en NFS-kanal.");
  });

  it("with pairs: all, links every pair in one place (same municipality, else same cluster, else anywhere)", () => {
    const { network: out } = applyModel(
      network,
      model([
        {
          type: "add-channel",
          fromKinds: ["gp"],
          toKinds: ["jobcentre", "patient"],
          channel: "NFS",
          quality: 3,
          pairs: "all",
        },
      ]),
    );
    expect(
      out.ties.filter((t) => t.attributes?.provenance === "model").map((t) => `${t.source}>${t.target}`),
    ).toEqual(["gp1>job1", "gp1>pat", "gp2>job2", "gp2>pat"]);
  });

  it("logs the pairs it could not find", () => {
    const { changes } = applyModel(
      network,
      model([
        {
          type: "add-channel",
          fromKinds: ["hospital-ward"],
          toKinds: ["jobcentre"],
          channel: "NFS",
          quality: 3,
        },
      ]),
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]?.en).toBe(
      "No NFS channel added: no handoffs between actors of kind hospital-ward and actors of kind jobcentre in this network.",
    );
    expect(changes[0]?.da).toBe(
      "Ingen NFS-kanal tilføjet: ingen overdragelser mellem aktører af typen hospital-ward og aktører af typen jobcentre i dette netværk.",
    );
  });

  it("raises qualities to a level without lowering any, or by a step within the scale", () => {
    const raise = applyModel(
      network,
      model([
        {
          type: "upgrade-channel",
          fromKinds: ["gp"],
          toKinds: ["sickness-benefit-unit", "hospital-ward"],
          quality: 3.5,
          pairs: "all",
        },
      ]),
    );
    expect(tie(raise.network, "c-nfs")?.quality).toBe(3.5);
    expect(tie(raise.network, "c-dl")?.quality).toBe(4);
    expect(raise.changes.map((c) => [c.action, c.subject, c.before, c.after])).toEqual([
      ["unchanged", "c-dl", undefined, undefined],
      ["upgrade-tie", "c-nfs", 3, 3.5],
    ]);
    expect(raise.changes[1]?.en).toBe(
      "The NFS channel between GPs 1 and Sickness benefit 1: quality 3 → 3.5.",
    );
    expect(raise.changes[1]?.da).toBe("NFS-kanalen mellem Læger 1 og Sygedagpenge 1: kvalitet 3 → 3,5.");

    const step = applyModel(
      network,
      model([
        {
          type: "upgrade-channel",
          fromKinds: ["hospital-ward"],
          toKinds: ["gp"],
          channels: ["discharge_letter"],
          qualityDelta: 2,
        },
      ]),
    );
    expect(tie(step.network, "c-dl")?.quality).toBe(5);
    expect(tie(step.network, "c-nfs")?.quality).toBe(3);
  });

  it("upgrades only the named channels, and says so when there are none", () => {
    const { changes } = applyModel(
      network,
      model([
        {
          type: "upgrade-channel",
          fromKinds: ["gp"],
          toKinds: ["sickness-benefit-unit"],
          channels: ["video"],
          qualityDelta: 1,
          pairs: "all",
        },
      ]),
    );
    expect(changes[0]?.en).toBe(
      "No video channel upgraded: no pairs in one place between actors of kind gp and actors of kind sickness-benefit-unit in this network.",
    );
  });
});
