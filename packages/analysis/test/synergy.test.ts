import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { projectSynergy } from "../src/index.js";

describe("projectSynergy", () => {
  it("pairs projects that share members, target groups or tied actors, most shared first", () => {
    const doc = parseNetwork({
      format: "tvaers.network/v1",
      name: "synergy",
      sectors: [{ id: "region", label: "Region" }],
      actors: ["p1", "p2", "p3", "ward", "gp", "psych"].map((id) => ({ id, label: id, sector: "region" })),
      ties: [
        { source: "p1", target: "ward", kind: "collaboration" },
        { source: "ward", target: "p2", kind: "collaboration" },
        { source: "p3", target: "gp", kind: "collaboration" },
      ],
      forums: [
        {
          id: "acute",
          label: "Acute",
          kind: "project",
          actor: "p1",
          targetGroups: ["acute patients", "elderly"],
        },
        {
          id: "young",
          label: "Young",
          kind: "project",
          actor: "p2",
          targetGroups: ["young people", "elderly"],
        },
        { id: "relatives", label: "Relatives", kind: "project", actor: "p3", targetGroups: ["families"] },
        { id: "steering", label: "Steering", kind: "steering-group" },
      ],
      memberships: [
        { forum: "acute", actor: "psych", role: "member" },
        { forum: "young", actor: "psych", role: "chair" },
        { forum: "steering", actor: "gp", role: "member" },
        { forum: "relatives", actor: "gp", role: "member" },
      ],
    });
    expect(projectSynergy(doc)).toEqual([
      { a: "acute", b: "young", members: ["psych"], targetGroups: ["elderly"], actors: ["ward"] },
    ]);
  });
});
