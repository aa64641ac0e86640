import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  formatProblem,
  type NetworkDocument,
  parseNetwork,
  readNetworkFile,
  TvaersInputError,
  writeNetworkFile,
} from "../src/index.js";

const KLYNGE_VEST = fileURLToPath(new URL("./fixtures/csv/klynge-vest/", import.meta.url));

let dir: string;
let doc: NetworkDocument;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tvaers-network-file-"));
  doc = await readNetworkFile(KLYNGE_VEST);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The problems of a rejected promise, one formatted line each, with the temporary folder left out. */
async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TvaersInputError);
  return (error as TvaersInputError).problems.map((p) =>
    formatProblem({ ...p, file: p.file?.replace(`${dir}/`, "") }),
  );
}

describe("readNetworkFile", () => {
  it("reads a CSV bundle from its folder, with or without a trailing slash, or from its actors.csv or ties.csv", async () => {
    expect(doc.name).toBe("Klynge Vest (example)");
    expect(doc.actors).toHaveLength(6);
    expect(await readNetworkFile(KLYNGE_VEST.replace(/\/$/, ""))).toEqual(doc);
    expect(await readNetworkFile(join(KLYNGE_VEST, "actors.csv"))).toEqual(doc);
    expect(await readNetworkFile(join(KLYNGE_VEST, "ties.csv"))).toEqual(doc);
  });

  it("names a bundle without network.json after its folder", async () => {
    const folder = join(dir, "skive-jobcenter");
    await mkdir(folder);
    await writeFile(join(folder, "actors.csv"), "id,label,sector\njc,Jobcenter Skive,municipality\n");
    await writeFile(join(folder, "ties.csv"), "source,target,kind\n");
    expect((await readNetworkFile(join(folder, "."))).name).toBe("skive-jobcenter");
  });

  it("names the path as given in every problem of a JSON file", async () => {
    const path = join(dir, "dangling.json");
    await writeFile(
      path,
      JSON.stringify({
        ...JSON.parse(JSON.stringify(doc)),
        ties: [{ source: "patient", target: "x", kind: "handoff" }],
      }),
    );
    const error = await readNetworkFile(path).catch((e: unknown) => e as TvaersInputError);
    expect(error).toBeInstanceOf(TvaersInputError);
    expect((error as TvaersInputError).problems).toEqual([
      {
        file: path,
        path: "ties[0].target",
        field: "target",
        message: 'target "x" is not an actor in this network',
      },
    ]);
  });

  it("explains a CSV file that is not part of a bundle, and a folder that holds none", async () => {
    const csv = join(dir, "edges.csv");
    await writeFile(csv, "a,b\n");
    expect(await problemsOf(readNetworkFile(csv))).toEqual([
      "edges.csv: a network in CSV form is a folder holding actors.csv and ties.csv; give a .json, .gexf or .graphml file, or a folder holding actors.csv and ties.csv",
    ]);
    await mkdir(join(dir, "empty"));
    expect(await problemsOf(readNetworkFile(join(dir, "empty")))).toEqual([
      "empty: this folder holds no network in CSV form (no actors.csv or ties.csv; the folder is empty); give a .json, .gexf or .graphml file, or a folder holding actors.csv and ties.csv",
    ]);
  });

  it("reports a path through a file as a plain problem", async () => {
    expect(await problemsOf(readNetworkFile(join(dir, "edges.csv", "network.json")))).toEqual([
      "edges.csv/network.json: a part of this path is a file, not a folder",
    ]);
  });

  it.skipIf(process.getuid?.() === 0)("reports a file it may not read", async () => {
    const path = join(dir, "secret.json");
    await writeFile(path, "{}");
    await chmod(path, 0o000);
    expect(await problemsOf(readNetworkFile(path))).toEqual([
      "secret.json: the file cannot be read: permission denied",
    ]);
  });
});

describe("writeNetworkFile", () => {
  it("writes JSON indented by two spaces with a trailing newline, creating missing folders", async () => {
    const path = join(dir, "out", "deeper", "klynge-vest.json");
    await writeNetworkFile(doc, path);
    const text = await readFile(path, "utf8");
    expect(text.startsWith('{\n  "format": "tvaers.network/v1",\n  "name": "Klynge Vest (example)",')).toBe(
      true,
    );
    expect(text.endsWith("}\n")).toBe(true);
    expect(await readNetworkFile(path)).toEqual(doc);
  });

  it.each([".gexf", ".graphml", ".GEXF"])("writes and reads back %s", async (extension) => {
    const path = join(dir, `klynge-vest${extension}`);
    await writeNetworkFile(doc, path);
    expect((await readFile(path, "utf8")).startsWith("<?xml")).toBe(true);
    expect(await readNetworkFile(path)).toEqual(doc);
  });

  it("writes a CSV bundle to a path without an extension or ending in a slash", async () => {
    await writeNetworkFile(doc, join(dir, "bundle-a"));
    await writeNetworkFile(doc, `${join(dir, "bundle-b.d")}/`, { separator: ";" });
    expect((await readdir(join(dir, "bundle-a"))).sort()).toEqual([
      "actors.csv",
      "clusters.csv",
      "network.json",
      "organisations.csv",
      "sectors.csv",
      "ties.csv",
    ]);
    expect((await readFile(join(dir, "bundle-b.d", "ties.csv"), "utf8")).split("\n")[6]).toBe(
      "t6;patient;gp-nykoebing;communication;2,5;false;telefon;",
    );
    expect(await readNetworkFile(join(dir, "bundle-a"))).toEqual(doc);
    expect(await readNetworkFile(join(dir, "bundle-b.d"))).toEqual(doc);
  });

  it("removes bundle files an earlier network left in the folder, and nothing else", async () => {
    const folder = join(dir, "reused");
    await writeNetworkFile(doc, folder);
    await writeFile(join(folder, "Clusters.csv"), "id,label\nold,Old\n");
    await writeFile(join(folder, "notes.txt"), "keep me");
    const small = parseNetwork({
      format: "tvaers.network/v1",
      name: "small",
      sectors: [{ id: "region", label: "region" }],
      actors: [{ id: "ward", label: "Ward", sector: "region" }],
    });
    await writeNetworkFile(small, folder);
    expect((await readdir(folder)).sort()).toEqual(["actors.csv", "network.json", "notes.txt", "ties.csv"]);
    expect(await readNetworkFile(folder)).toEqual(small);
  });

  it("reports an unknown extension and a file in the way of a folder", async () => {
    expect(await problemsOf(writeNetworkFile(doc, join(dir, "network.xlsx")))).toEqual([
      'network.xlsx: tvaers cannot write ".xlsx" files; give a path ending in .json, .gexf or .graphml, or a folder',
    ]);
    await writeFile(join(dir, "taken"), "a file");
    expect(await problemsOf(writeNetworkFile(doc, join(dir, "taken")))).toEqual([
      "taken: a file with this name is in the way of the folder to be written",
    ]);
  });
});

describe("browser bundling", () => {
  it("imports Node modules only inside the file functions, and not at all in the CSV code", async () => {
    const src = fileURLToPath(new URL("../src/io/", import.meta.url));
    const staticNode = /^import .* from "node:/m;
    expect(await readFile(join(src, "network-file.ts"), "utf8")).not.toMatch(staticNode);
    for (const name of await readdir(join(src, "csv"))) {
      expect(await readFile(join(src, "csv", name), "utf8")).not.toMatch(/node:|csv-(parse|stringify)\/sync/);
    }
  });
});
