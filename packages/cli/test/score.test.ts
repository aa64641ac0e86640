import { readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNetwork } from "@tvaers/model";
import {
  parseCriteria,
  parseModel,
  parseStakeholders,
  rankAcceptability,
  scoreModels,
} from "@tvaers/stakeholders";
import { describe, expect, it } from "vitest";
import { run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const data = (path: string) => fileURLToPath(new URL(`../../../data/${path}`, import.meta.url));
const ms = data("networks/ms-collaboration.json");
const stakeholders = data("stakeholders/ms-reference-group.json");
const criteria = data("criteria/ms-reference-group.json");
const tempDir = tempDirs("tvaers-score-");
const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("tvaers score", () => {
  it("ranks the models with their rank-1 acceptability, stakeholder weights and sensitivity", async () => {
    const args = [
      "score",
      ms,
      "--models",
      data("models"),
      "--stakeholders",
      stakeholders,
      "--criteria",
      criteria,
    ];
    const { code, stdout, stderr } = await run([...args, "--samples", "1000"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^rank\s+model\s+score\s+P\(rank 1\)\s+expected rank$/m);
    expect(stdout).toMatch(
      /^ {3}1 {2}The hospital on the GP–jobcentre platform \(NFS\) \(hospital-on-nfs\)\s+0\.653\s+0\.\d{3}\s+\d\.\d\d$/m,
    );
    expect(stdout).toContain("(1000 draws, seed 1: weights uniform, impacts within their uncertainty)");
    expect(stdout).toMatch(
      /^Municipal project leader\s+0\.200\s+salience: definitive\s+patient-experience 0\.30/m,
    );
    expect(stdout).toMatch(/^Most sensitive for hospital-on-nfs:$/m);
  });

  it("writes JSON keyed like the library: scores, acceptability, tornado", async () => {
    const models = ["ips.json", "fact-team.json", "hospital-on-nfs.json"].map((f) => data(`models/${f}`));
    const args = [
      "score",
      ms,
      "--models",
      models[0]!,
      models[1]!,
      models[2]!,
      "--stakeholders",
      stakeholders,
    ];
    const first = await run([
      ...args,
      "--criteria",
      criteria,
      "--samples",
      "500",
      "--seed",
      "3",
      "--format",
      "json",
    ]);
    const second = await run([
      ...args,
      "--criteria",
      criteria,
      "--samples",
      "500",
      "--seed",
      "3",
      "--format",
      "json",
    ]);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const out = JSON.parse(first.stdout);
    const scores = scoreModels(
      parseNetwork(json(ms)),
      models.map((m) => parseModel(json(m))),
      parseStakeholders(json(stakeholders)),
      parseCriteria(json(criteria)),
    );
    expect(out.scores).toEqual(JSON.parse(JSON.stringify(scores)));
    expect(out.acceptability).toEqual(rankAcceptability(scores.problem, { samples: 500, seed: 3 }));
    expect(out.tornado.models).toHaveLength(3);
  });

  it("writes one CSV row per model, stakeholder and criterion, and skips robustness with --samples 0", async () => {
    const { code, stdout } = await run([
      "score",
      ms,
      "--models",
      `${data("models/ips.json")},${data("models/fact-team.json")}`,
      "--stakeholders",
      stakeholders,
      "--samples",
      "0",
      "--format",
      "csv",
    ]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "model,label,rank,score,rank1_acceptability,expected_rank,stakeholder,criterion,weight,impact,impact_source,uncertainty,contribution,delta",
    );
    // Default criteria: 8 stakeholders × 2 derived criteria, for 2 models.
    expect(lines).toHaveLength(1 + 2 * 8 * 2);
    expect(lines[1]).toMatch(
      /^[a-z-]+,[^,]+,1,0\.\d+,,,professional-organisations,patient-experience,0\.\d+,/,
    );
  });

  it("names stakeholders' actors that the network lacks", async () => {
    const { code, stdout } = await run([
      "score",
      data("networks/klynge-vest.json"),
      "--models",
      data("models/video-family-conversations.json"),
      "--stakeholders",
      stakeholders,
      "--samples",
      "10",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('  stakeholder "kl" links actors the network does not have: kl\n');
  });

  it("reports problems in every file at once, and bad options as usage errors", async () => {
    const dir = await tempDir();
    const bad = join(dir, "criteria.json");
    await writeFile(
      bad,
      JSON.stringify({
        format: "tvaers.criteria/v1",
        criteria: [{ id: "x", label: "X" }],
        stakeholders: [{ stakeholder: "kl", criteria: { y: 1 } }],
      }),
    );
    const broken = await run([
      "score",
      ms,
      "--models",
      "nope.json",
      "--stakeholders",
      stakeholders,
      "--criteria",
      bad,
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^tvaers score: 2 problems in the input$/m);
    expect(broken.stderr).toMatch(
      /criteria\.json\s+stakeholders\[0\]\.criteria\.y\s+y\s+"y" is not a criterion of this document$/m,
    );
    expect(broken.stderr).toMatch(/^nope\.json\s+there is no file with this name/m);

    const noStakeholders = await run(["score", ms, "--models", data("models")]);
    expect(noStakeholders.code).toBe(2);
    expect(noStakeholders.stderr).toContain("--stakeholders <file> is needed");
    const badSamples = await run([
      "score",
      ms,
      "--models",
      data("models"),
      "--stakeholders",
      stakeholders,
      "--samples",
      "many",
    ]);
    expect(badSamples.code).toBe(2);
    expect(badSamples.stderr).toContain('--samples must be a whole number ≥ 0, not "many"');
    expect(readdirSync(data("models")).length).toBe(9);
  });
});
