import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const data = (path: string) => fileURLToPath(new URL(`../../../data/${path}`, import.meta.url));
const forums = data("forums/klynge-vest-forums.json");
const tempDir = tempDirs("tvaers-forums-");

describe("tvaers forums", () => {
  it("lists each forum's seats by sector and its shortfalls against the rules", async () => {
    const { code, stdout, stderr } = await run(["forums", forums]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toMatch(
      /^national-leadership-programme-vest\s+programme\s+standing\s+4\s+municipality 2, region 2\s+general-practice: 0 of 1 \(share\)/m,
    );
    expect(stdout).toMatch(/^klyngestyregruppe-vest\s+steering-group\s+meeting 2022-06-08\s+16\s/m);
  });

  it("gives attendance as CSV and everything as JSON", async () => {
    const csv = await run(["forums", forums, "--part", "attendance", "--format", "csv"]);
    expect(csv.stdout).toContain("klyngestyregruppe-vest,1,general-practice,1,1,no\r\n");
    const json = JSON.parse((await run(["forums", forums, "--format", "json"])).stdout);
    expect(Object.keys(json)).toEqual([
      "network",
      "file",
      "representation",
      "patientPresence",
      "attendance",
      "boundarySpanners",
      "synergy",
    ]);
    expect(json.boundarySpanners[0]).toMatchObject({
      participant: "plo-nordjylland",
      sector: "general-practice",
    });
  });

  it("says so when a network has no forums", async () => {
    const { code, stdout } = await run(["forums", data("networks/klynge-vest.json")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/has no forums; see data\/forums\//);
  });

  it("adds a minutes CSV and reports its unknown forum with file and line", async () => {
    const dir = await tempDir();
    const good = join(dir, "good.csv");
    await writeFile(
      good,
      "forum;actor;role;date;status\ndriftsforum-vest;patient-involvement-committee;medlem;13-9-2022;deltager\n",
    );
    const ok = JSON.parse((await run(["forums", forums, "--minutes", good, "--format", "json"])).stdout);
    const ops = ok.patientPresence.find((p: { forum: string }) => p.forum === "driftsforum-vest");
    expect(ops.meetings).toEqual([{ date: "2022-09-13", present: true }]);
    const bad = join(dir, "bad.csv");
    await writeFile(bad, "forum,organisation,role\nnowhere,aalborg-uh,member\n");
    const { code, stderr } = await run(["forums", forums, "--minutes", bad]);
    expect(code).toBe(1);
    expect(stderr).toContain('forum "nowhere" is not a forum in this network');
  });
});
