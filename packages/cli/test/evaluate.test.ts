import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNetwork } from "@tvaers/model";
import { evaluateModel, parseModel } from "@tvaers/stakeholders";
import { describe, expect, it } from "vitest";
import { run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const data = (path: string) => fileURLToPath(new URL(`../../../data/${path}`, import.meta.url));
const midt = data("networks/midtklyngen.json");
const nfs = data("models/hospital-on-nfs.json");
const tempDir = tempDirs("tvaers-evaluate-");

describe("tvaers evaluate", () => {
  it("prints the measures before and after, and the change log", async () => {
    const { code, stdout, stderr } = await run(["evaluate", midt, nfs]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(
      /^The hospital on the GP–jobcentre platform \(NFS\) \(hospital-on-nfs\) on Midtklyngen$/m,
    );
    expect(stdout).toMatch(/^gap severity\s+1252\.54\s+1203\.04\s+-49\.5 \(-4\.0 %\)$/m);
    expect(stdout).toMatch(/^gaps closed \/ opened\s+3 \/ 0$/m);
    expect(stdout).toContain(
      "Changes (3):\n  1. New NFS channel between Cardiology, Regional Hospital Viborg and Sickness-benefit unit",
    );
  });

  it("writes JSON keyed like evaluateModel's result", async () => {
    const { code, stdout } = await run(["evaluate", midt, nfs, "--format", "json"]);
    expect(code).toBe(0);
    const expected = evaluateModel(
      parseNetwork(JSON.parse(readFileSync(midt, "utf8"))),
      parseModel(JSON.parse(readFileSync(nfs, "utf8"))),
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("projects pathway measures from an event log, and speaks Danish", async () => {
    const model = data("models/work-restrictions-in-record.json");
    const json = await run([
      "evaluate",
      midt,
      model,
      "--log",
      data("logs/midtklyngen.csv"),
      "--format",
      "json",
    ]);
    const { pathways } = JSON.parse(json.stdout);
    expect(pathways.cases).toBeGreaterThan(0);
    expect(pathways.handoffsScaled).toBeGreaterThan(0);
    expect(pathways.measures.durationHours.after.mean).toBeLessThan(
      pathways.measures.durationHours.before.mean,
    );
    const da = await run(["evaluate", midt, model, "--language", "da"]);
    expect(da.stdout).toMatch(/^gennemsnitlig ventetid ved overdragelse \(timer\)/m);
    expect(da.stdout).toContain("2. Ventetid fra Hjerteafdelingen, Regionshospitalet Viborg til ");
  });

  it("traces stakeholder impacts and names linked actors the network lacks", async () => {
    const { code, stdout } = await run([
      "evaluate",
      data("networks/ms-collaboration.json"),
      data("models/ms-liaison-consultant.json"),
      "--stakeholders",
      data("stakeholders/ms-reference-group.json"),
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Health professionals\s+66\.32\s+63\.83\s+0 \/ 0\s+3$/m);
    const elsewhere = await run([
      "evaluate",
      midt,
      nfs,
      "--stakeholders",
      data("stakeholders/ms-reference-group.json"),
    ]);
    expect(elsewhere.stdout).toMatch(/^Local Government Denmark \(KL\)\s+0\s+0\s+0 \/ 0\s+0\s+kl$/m);
  });

  it("lists every problem of every input file at once", async () => {
    const dir = await tempDir();
    const model = join(dir, "bad-model.json");
    await writeFile(
      model,
      JSON.stringify({
        format: "tvaers.model/v1",
        id: "x",
        label: "X",
        rules: [{ type: "add-channel", fromKinds: ["gp"] }],
      }),
    );
    const { code, stdout, stderr } = await run(["evaluate", "missing.json", model]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^tvaers evaluate: 4 problems in the input$/m);
    expect(stderr).toMatch(/^missing\.json\s+there is no file or folder with this name/m);
    expect(stderr).toMatch(/bad-model\.json\s+rules\[0\]\.toKinds\s+toKinds\s+toKinds is missing$/m);
    expect(stderr).toMatch(/bad-model\.json\s+rules\[0\]\.channel\s+channel\s+channel is missing$/m);
  });

  it("needs a network and a model", async () => {
    const { code, stderr } = await run(["evaluate", midt]);
    expect(code).toBe(2);
    expect(stderr).toContain("missing argument <model>");
  });
});
