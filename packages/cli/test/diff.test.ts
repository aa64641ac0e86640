import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const tempDir = tempDirs("tvaers-diff-");

const network = (beds: number, ties: object[]) => ({
  format: "tvaers.network/v1",
  name: "snapshot",
  sectors: [{ id: "region", label: "Region" }],
  actors: [
    { id: "ward", label: "Ward", sector: "region", attributes: { beds } },
    { id: "psych", label: "Psychiatry", sector: "region" },
  ],
  ties,
});

async function files() {
  const dir = await tempDir();
  const before = join(dir, "2022.json");
  const after = join(dir, "2023.json");
  await writeFile(
    before,
    JSON.stringify(
      network(20, [{ source: "ward", target: "psych", kind: "communication", channel: "phone" }]),
    ),
  );
  await writeFile(
    after,
    JSON.stringify(
      network(24, [{ source: "psych", target: "ward", kind: "communication", channel: "phone", quality: 4 }]),
    ),
  );
  return [before, after] as const;
}

describe("tvaers diff", () => {
  it("prints one row per change, attributes included", async () => {
    const [before, after] = await files();
    const { code, stdout } = await run(["diff", before, after, "--format", "csv"]);
    expect(code).toBe(0);
    expect(stdout).toContain("actors,changed,ward,attributes.beds,20,24\r\n");
    expect(stdout).toContain('ties,changed,"psych — ward (communication, phone)",quality,,4\r\n');
  });

  it("gives the full diff as JSON and says when there is none", async () => {
    const [before, after] = await files();
    const json = JSON.parse((await run(["diff", before, after, "--format", "json"])).stdout);
    expect(json.diff.actors.changed[0].after.attributes).toEqual({ beds: 24 });
    expect((await run(["diff", before, before])).stdout).toBe("no differences\n");
  });
});
