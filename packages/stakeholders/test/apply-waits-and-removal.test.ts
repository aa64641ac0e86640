// applyModel's scale-waits and remove-actor rules on the hand-built network of apply-fixtures.ts:
// waits scaled in their own units and only in the direction asked, actors removed with their ties.
import { describe, expect, it } from "vitest";
import { applyModel } from "../src/index.js";
import { model, network, tie } from "./apply-fixtures.js";

describe("applyModel: scale-waits and remove-actor", () => {
  it("scales the waits of handoffs between kinds, in their own units", () => {
    const { network: out, changes } = applyModel(
      network,
      model([
        {
          type: "scale-waits",
          fromKinds: ["hospital-ward", "gp"],
          toKinds: ["sickness-benefit-unit", "hospital-ward"],
          factor: 0.5,
        },
      ]),
    );
    expect(tie(out, "h1")?.attributes).toEqual({ waitDays: 20 });
    expect(tie(out, "h3")?.attributes).toEqual({ waitHours: 2.5 });
    expect(tie(network, "h1")?.attributes).toEqual({ waitDays: 40 });
    expect(changes.map((c) => [c.subject, c.before, c.after, c.factor])).toEqual([
      ["h1", 40, 20, 0.5],
      ["h3", 5, 2.5, 0.5],
    ]);
    expect(changes[0]?.en).toBe("Wait from Ward to Sickness benefit 1: 40 → 20 days.");
    expect(changes[1]?.da).toBe("Ventetid fra Læger 1 til Afdeling: 5 → 2,5 timer.");
  });

  it("counts direction: a handoff the other way is not scaled", () => {
    const { changes } = applyModel(
      network,
      model([
        {
          type: "scale-waits",
          fromKinds: ["sickness-benefit-unit"],
          toKinds: ["hospital-ward"],
          factor: 0.5,
        },
      ]),
    );
    expect(changes.map((c) => c.action)).toEqual(["no-match"]);
    expect(changes[0]?.da).toBe(
      "Ingen ventetider ændret: ingen overdragelser fra aktører af typen sickness-benefit-unit til aktører af typen hospital-ward i dette netværk.",
    );
  });

  it("removes actors by id and by kind with their ties, and names what it did not find", () => {
    const { network: out, changes } = applyModel(
      network,
      model([{ type: "remove-actor", ids: ["psy", "nobody"], kinds: ["gp", "home-care"] }]),
    );
    expect(out.actors.map((a) => a.id)).toEqual(["ward1", "job1", "job2", "sb1", "soc1", "pat"]);
    expect(out.ties.map((t) => t.id)).toEqual(["h1"]);
    expect(changes.map((c) => [c.action, c.subject])).toEqual([
      ["no-match", "nobody"],
      ["no-match", "home-care"],
      ["remove-actor", "psy"],
      ["remove-actor", "gp1"],
      ["remove-actor", "gp2"],
      ["remove-tie", "h2"],
      ["remove-tie", "h3"],
      ["remove-tie", "c-nfs"],
      ["remove-tie", "c-dl"],
      ["remove-tie", "c-ph"],
    ]);
    expect(changes[2]?.en).toBe("Removed Psychiatry and its 2 ties.");
    expect(changes[4]?.da).toBe("Fjernede Læger 2 og dens 0 relationer.");
  });
});
