import { type NetworkDocumentInput, parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { applyModel, type ModelDocumentInput, parseModel } from "../src/index.js";

// A small network written by hand: a hospital ward and psychiatry (region), two municipalities in two
// clusters, GPs in each cluster, and one patient role without a cluster.
//   handoffs: ward1 → sb1 (10 patients, 40 days), psy → soc1 (5, 10 days), gp1 → ward1 (20, 5 hours)
//   channels: gp1 ↔ sb1 NFS (3), ward1 → gp1 discharge letter (4, directed), psy ↔ job2 phone (2)
const NETWORK: NetworkDocumentInput = {
  format: "tvaers.network/v1",
  name: "Hand-built",
  sectors: [
    { id: "region", label: "Region" },
    { id: "municipality", label: { en: "Municipality", da: "Kommune" } },
    { id: "general-practice", label: "General practice" },
    { id: "citizen", label: "Citizen" },
  ],
  clusters: [
    { id: "c1", label: { en: "Cluster 1", da: "Klynge 1" } },
    { id: "c2", label: { en: "Cluster 2", da: "Klynge 2" } },
  ],
  organisations: [
    { id: "r", label: "Region", sector: "region" },
    { id: "m1", label: { en: "Municipality 1", da: "Kommune 1" }, sector: "municipality", cluster: "c1" },
    { id: "m2", label: { en: "Municipality 2", da: "Kommune 2" }, sector: "municipality", cluster: "c2" },
  ],
  actors: [
    {
      id: "ward1",
      label: { en: "Ward", da: "Afdeling" },
      sector: "region",
      organisation: "r",
      cluster: "c1",
      kind: "hospital-ward",
    },
    {
      id: "psy",
      label: { en: "Psychiatry", da: "Psykiatri" },
      sector: "region",
      organisation: "r",
      kind: "psychiatry",
    },
    {
      id: "job1",
      label: { en: "Jobcentre 1", da: "Jobcenter 1" },
      sector: "municipality",
      organisation: "m1",
      cluster: "c1",
      kind: "jobcentre",
    },
    {
      id: "job2",
      label: { en: "Jobcentre 2", da: "Jobcenter 2" },
      sector: "municipality",
      organisation: "m2",
      cluster: "c2",
      kind: "jobcentre",
    },
    {
      id: "sb1",
      label: { en: "Sickness benefit 1", da: "Sygedagpenge 1" },
      sector: "municipality",
      organisation: "m1",
      cluster: "c1",
      kind: "sickness-benefit-unit",
    },
    {
      id: "soc1",
      label: { en: "Social 1", da: "Social 1" },
      sector: "municipality",
      organisation: "m1",
      cluster: "c1",
      kind: "social-services",
    },
    {
      id: "gp1",
      label: { en: "GPs 1", da: "Læger 1" },
      sector: "general-practice",
      cluster: "c1",
      kind: "gp",
    },
    {
      id: "gp2",
      label: { en: "GPs 2", da: "Læger 2" },
      sector: "general-practice",
      cluster: "c2",
      kind: "gp",
    },
    { id: "pat", label: { en: "Patient", da: "Patient" }, sector: "citizen", kind: "patient" },
  ],
  ties: [
    { id: "h1", source: "ward1", target: "sb1", kind: "handoff", weight: 10, attributes: { waitDays: 40 } },
    { id: "h2", source: "psy", target: "soc1", kind: "handoff", weight: 5, attributes: { waitDays: 10 } },
    { id: "h3", source: "gp1", target: "ward1", kind: "handoff", weight: 20, attributes: { waitHours: 5 } },
    { id: "c-nfs", source: "gp1", target: "sb1", kind: "communication", channel: "NFS", quality: 3 },
    {
      id: "c-dl",
      source: "ward1",
      target: "gp1",
      kind: "communication",
      channel: "discharge_letter",
      quality: 4,
      directed: true,
    },
    { id: "c-ph", source: "psy", target: "job2", kind: "communication", channel: "phone", quality: 2 },
  ],
};

const network = parseNetwork(NETWORK);
type RuleInput = ModelDocumentInput["rules"][number];
const model = (rules: RuleInput[]) =>
  parseModel({ format: "tvaers.model/v1", id: "m", label: { en: "Model", da: "Model" }, rules });
const tie = (doc: ReturnType<typeof parseNetwork>, id: string) => doc.ties.find((t) => t.id === id);

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

describe("applyModel: form-team", () => {
  it("forms a team per municipality: collaboration and weekly meetings among members, and a team actor", () => {
    const { network: out, changes } = applyModel(
      network,
      model([
        {
          type: "form-team",
          memberKinds: ["psychiatry", "social-services", "jobcentre"],
          sector: "municipality",
          team: { label: { en: "Team", da: "Team" } },
        },
      ]),
    );
    const teams = changes.filter((c) => c.action === "form-team");
    expect(teams.map((c) => [c.subject, c.actors])).toEqual([
      ["m1", ["psy", "job1", "soc1"]],
      ["m2", ["psy", "job2"]],
    ]);
    expect(teams[0]?.en).toBe("A team of 3 forms in Municipality 1: Psychiatry; Jobcentre 1; Social 1.");
    expect(teams[0]?.da).toBe("Et team på 3 dannes i Kommune 1: Psykiatri; Jobcenter 1; Social 1.");
    expect(out.actors.filter((a) => a.kind === "team").map((a) => a.id)).toEqual(["m/team@m1", "m/team@m2"]);
    const meetings = out.ties.filter((t) => t.channel === "weekly-meeting");
    expect(meetings.map((t) => `${t.source}-${t.target}`)).toEqual([
      "psy-job1",
      "psy-soc1",
      "job1-soc1",
      "psy-job2",
    ]);
    expect(meetings.every((t) => t.quality === 4 && t.weight === 52)).toBe(true);
    const collaboration = out.ties.filter((t) => t.kind === "collaboration");
    expect(collaboration).toHaveLength(3 + 3 + 2 + 1); // team–member ties and member pairs, per team
  });

  it("forms no team where fewer than minMembers are found", () => {
    const { changes } = applyModel(
      network,
      model([
        {
          type: "form-team",
          memberKinds: ["jobcentre", "sickness-benefit-unit"],
          sector: "municipality",
          minMembers: 3,
        },
      ]),
    );
    expect(changes.map((c) => c.en)).toEqual([
      "No team formed: no organisation of sector municipality has 3 or more actors of kind jobcentre or sickness-benefit-unit in this network.",
    ]);
  });
});

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
