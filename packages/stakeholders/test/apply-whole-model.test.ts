// applyModel with a whole model of several rules on the hand-built network of apply-fixtures.ts: the
// same output for the same input, the input left alone, a valid document, and fresh ids when applied twice.
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { applyModel } from "../src/index.js";
import { model, network } from "./apply-fixtures.js";

describe("applyModel: the whole", () => {
  const all = model([
    {
      type: "add-actor",
      kind: "consultant",
      sector: "municipality",
      label: "C",
      linkTo: { kinds: ["gp"] },
      channel: "phone",
    },
    { type: "form-team", memberKinds: ["psychiatry", "social-services"], sector: "municipality" },
    { type: "scale-waits", fromKinds: ["hospital-ward"], toKinds: ["sickness-benefit-unit"], factor: 0.8 },
  ]);

  it("gives the same network for the same input, leaves the input alone, and returns a valid document", () => {
    const before = structuredClone(network);
    const a = applyModel(network, all);
    const b = applyModel(network, all);
    expect(a).toEqual(b);
    expect(network).toEqual(before);
    expect(parseNetwork(JSON.parse(JSON.stringify(a.network)))).toEqual(a.network);
  });

  it("gives fresh ids when a model is applied twice", () => {
    const twice = applyModel(applyModel(network, all).network, all).network;
    expect(twice.actors.filter((a) => a.kind === "consultant").map((a) => a.id)).toEqual([
      "m/consultant@m1",
      "m/consultant@m2",
      "m/consultant@m1#2",
      "m/consultant@m2#2",
    ]);
    expect(new Set(twice.ties.map((t) => t.id)).size).toBe(twice.ties.length);
  });
});
