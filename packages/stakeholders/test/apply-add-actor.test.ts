// applyModel's add-actor rule on the hand-built network of apply-fixtures.ts: one new actor per
// municipality, cluster or network, tied to the actors of its place, with the change log in English and
// Danish; qualities on the network's scale; nothing to link to; a sector the network lacks.
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { applyModel } from "../src/index.js";
import { model, NETWORK, network, type RuleInput } from "./apply-fixtures.js";

describe("applyModel: add-actor", () => {
  const consultant: RuleInput & { type: "add-actor" } = {
    type: "add-actor",
    kind: "consultant",
    sector: "municipality",
    label: { en: "Consultant", da: "Konsulent" },
    linkTo: { kinds: ["jobcentre", "gp", "patient"] },
    channel: "phone",
    quality: 4,
  };

  it("adds one actor per municipality, tied to its own jobcentre and to the GPs and patients of its place", () => {
    const { network: out, changes } = applyModel(network, model([consultant]));
    const added = out.actors.filter((a) => a.kind === "consultant");
    expect(added.map((a) => [a.id, a.organisation, a.cluster, a.label])).toEqual([
      ["m/consultant@m1", "m1", "c1", { en: "Consultant, Municipality 1", da: "Konsulent, Kommune 1" }],
      ["m/consultant@m2", "m2", "c2", { en: "Consultant, Municipality 2", da: "Konsulent, Kommune 2" }],
    ]);
    const ties = out.ties.filter((t) => t.source.startsWith("m/"));
    expect(ties.map((t) => t.id)).toEqual([
      "communication:m/consultant@m1>job1:phone",
      "communication:m/consultant@m1>gp1:phone",
      "communication:m/consultant@m1>pat:phone",
      "communication:m/consultant@m2>job2:phone",
      "communication:m/consultant@m2>gp2:phone",
      "communication:m/consultant@m2>pat:phone",
    ]);
    expect(ties.every((t) => t.quality === 4 && t.directed === false && t.weight === 1)).toBe(true);
    expect(ties[0]?.attributes).toEqual({
      provenance: "model",
      model: "m",
      rule: 0,
      valueProvenance: "illustrative",
    });
    expect(changes[0]).toEqual({
      rule: 0,
      type: "add-actor",
      action: "add-actor",
      subject: "m/consultant@m1",
      actors: ["m/consultant@m1"],
      en: "Added Consultant, Municipality 1 (consultant).",
      da: "Tilføjede Konsulent, Kommune 1 (consultant).",
    });
    expect(changes[1]?.en).toBe(
      "New phone channel between Consultant, Municipality 1 and Jobcentre 1 (quality 4).",
    );
    expect(changes[1]?.da).toBe("Ny phone-kanal mellem Konsulent, Kommune 1 og Jobcenter 1 (kvalitet 4).");
  });

  it("adds one actor per cluster, or one for the whole network, with collaboration ties when asked", () => {
    const perCluster = applyModel(
      network,
      model([{ ...consultant, per: "cluster", linkTo: { kinds: ["gp"] } }]),
    );
    expect(
      perCluster.network.actors.filter((a) => a.kind === "consultant").map((a) => [a.id, a.cluster]),
    ).toEqual([
      ["m/consultant@c1", "c1"],
      ["m/consultant@c2", "c2"],
    ]);
    const one = applyModel(
      network,
      model([
        {
          ...consultant,
          id: "hub",
          per: "network",
          ties: ["communication", "collaboration"],
          linkTo: { kinds: ["gp"] },
        },
      ]),
    );
    expect(one.network.actors.filter((a) => a.kind === "consultant").map((a) => a.id)).toEqual(["m/hub"]);
    expect(one.network.ties.filter((t) => t.source === "m/hub").map((t) => `${t.kind}>${t.target}`)).toEqual([
      "communication>gp1",
      "collaboration>gp1",
      "communication>gp2",
      "collaboration>gp2",
    ]);
  });

  it("maps model qualities (1–5) onto the network's quality scale", () => {
    const tenPoint = parseNetwork({ ...NETWORK, qualityScale: { min: 0, max: 10 } });
    const { network: out } = applyModel(tenPoint, model([consultant]));
    expect(out.ties.find((t) => t.source === "m/consultant@m1")?.quality).toBe(7.5);
  });

  it("logs a line, not an error, when there is nothing to link to", () => {
    const { network: out, changes } = applyModel(
      network,
      model([{ ...consultant, linkTo: { kinds: ["home-care"] } }]),
    );
    expect(out).toEqual(network);
    expect(changes).toEqual([
      {
        rule: 0,
        type: "add-actor",
        action: "no-match",
        subject: "home-care",
        actors: [],
        en: "No consultant added: no actors of kind home-care to link to (one per organisation of sector municipality) in this network.",
        da: "Ingen consultant tilføjet: ingen aktører af typen home-care at forbinde til (én pr. organisation i sektoren municipality) i dette netværk.",
      },
    ]);
  });

  it("adds the sector of a new actor when the network does not list it", () => {
    const { network: out, changes } = applyModel(
      network,
      model([{ ...consultant, sector: "national", per: "network", linkTo: { kinds: ["patient"] } }]),
    );
    expect(out.sectors.at(-1)).toEqual({ id: "national", label: "national" });
    expect(changes[0]?.action).toBe("add-sector");
    expect(changes[0]?.da).toBe("Tilføjede sektoren national, som netværket ikke havde.");
  });
});
