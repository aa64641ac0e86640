// applyModel's form-team rule on the hand-built network of apply-fixtures.ts: a team per municipality
// with its collaboration ties and weekly meetings, and no team where too few members are found.
import { describe, expect, it } from "vitest";
import { applyModel } from "../src/index.js";
import { model, network } from "./apply-fixtures.js";

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
