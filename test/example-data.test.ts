// The example data in data/: every file parses, matches what the generator makes (no stale data),
// names no person from the sources, and marks every generated number as illustrative.
import { readdirSync, readFileSync } from "node:fs";
import { type NetworkDocument, parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { generateFiles, SEED } from "../scripts/example-data/generate.js";

const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const networkFiles = readdirSync(new URL("data/networks/", root))
  .filter((f) => f.endsWith(".json"))
  .map((f) => `data/networks/${f}`);

const committed = generateFiles();
const reseeded = generateFiles({ seed: SEED + 1 });
const docs = new Map(committed.map(({ path, text }) => [path, JSON.parse(text) as NetworkDocument]));
const networks = networkFiles.map((path) => ({
  path,
  doc: parseNetwork(JSON.parse(read(path)), { file: path }),
}));

/**
 * Every person named in the five source documents (minutes, report, article, reference group). Actors
 * are units and roles; none of these names, nor any of their parts, may appear in the data.
 */
const NAMES_IN_SOURCES = [
  "Janne Seemann",
  "Marianne Schmidt",
  "Trine Brøcker",
  "Carsten Hansen",
  "Helle Markussen",
  "Marianne Balsby",
  "Merete H. Stroland",
  "Linda Gulløv Næsager",
  "Jørgen Skovhus Haunstrup",
  "Kirsten Goetzsche-Larsen",
  "Jens Refsgaard",
  "Louise Kolind",
  "Rie Andersen",
  "Ulrik Johansen",
  "Jónas Thor Björnsson",
  "Mia Nybo Jensen",
  "Line Oxholm Thomsen",
  "Bent Hansen",
  "Erik Nielsen",
  "Lisbeth Kjær Lagoni",
  "Henrik R. Christensen",
  "Charlotte Saaby",
  "Ann Lisbeth Martinussen",
  "Anne Fink",
  "Martin Kondrup Knudsen",
  "Karen Marianne Vraa Jensen",
  "Grethe Kirk",
  "Jan Nybo",
  "Charlotte Vester",
  "Camilla Donslund",
  "Daniel Kjærgaard Simonsen",
  "Christina Berg Gade",
  "Maria Byskov Kjær",
  "Tue Von Pahlman",
  "Eva Sejersdal Knudsen",
  "Jan Nørholm Mainz",
  "Katharina Helene Galland",
  "Lone Saaby",
  "Ulla Madsen",
  "Toke Kirchberg Nilsson",
  "Mette Kjær",
  "Malene Vejby",
];

/** Whole-word, case-sensitive match that treats Danish letters as letters. */
const wordPattern = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

type Element = { id: string; numbers: Record<string, number>; attributes: Record<string, unknown> };

/** Each actor and tie with the numbers it carries (tie weight and quality, numeric attributes). */
function elements(doc: NetworkDocument, raw: Record<string, unknown[]>): Element[] {
  const out: Element[] = [];
  const numeric = (attributes: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(attributes).filter(([, v]) => typeof v === "number")) as Record<
      string,
      number
    >;
  for (const a of doc.actors)
    out.push({ id: `actor ${a.id}`, numbers: numeric(a.attributes), attributes: a.attributes ?? {} });
  doc.ties.forEach((t, i) => {
    const written = raw.ties?.[i] as Record<string, unknown>;
    const numbers = numeric(t.attributes);
    if (typeof written.weight === "number") numbers.weight = written.weight;
    if (t.quality !== undefined) numbers.quality = t.quality;
    out.push({ id: `tie ${t.id}`, numbers, attributes: t.attributes ?? {} });
  });
  return out;
}

describe("example data", () => {
  it("has the four networks and every file in data/networks/ parses", () => {
    expect(networkFiles.sort()).toEqual([
      "data/networks/klynge-vest.json",
      "data/networks/midtklyngen.json",
      "data/networks/ms-collaboration.json",
      "data/networks/vestklyngen.json",
    ]);
    for (const { doc } of networks) expect(doc.format).toBe("tvaers.network/v1");
    expect(() => parseNetwork(JSON.parse(read("data/denmark/denmark-clusters.json")))).not.toThrow();
  });

  it("matches the generator exactly (run `pnpm build && node scripts/example-data/build.js` if not)", () => {
    const generated = committed.map((f) => f.path).sort();
    expect(generated).toEqual([...networkFiles, "data/denmark/denmark-clusters.json"].sort());
    for (const { path, text } of committed) expect(read(path), path).toBe(text);
  });

  it("keeps the Danish reference data self-contained in data/denmark/", () => {
    expect(read("data/denmark/health_clusters.csv").split("\n")[0]).toContain("confidence,source");
    expect(read("data/denmark/cluster_membership.csv").split("\n")[0]).toContain("confidence");
  });

  it("names no person from the sources, nor any part of such a name", () => {
    const words = [
      ...new Set(
        NAMES_IN_SOURCES.flatMap((n) => [n, ...n.split(/\s+/)]).filter((w) => w.length >= 3 && w !== "Von"),
      ),
    ];
    const files = [...networkFiles, "data/denmark/denmark-clusters.json"];
    const texts = [...files.flatMap((path) => strings(JSON.parse(read(path)))), read("data/README.md")];
    const found = words.filter((w) => {
      const pattern = wordPattern(w);
      return texts.some((t) => pattern.test(t));
    });
    expect(found).toEqual([]);
    // The check itself can fail:
    expect(words.some((w) => wordPattern(w).test("Referent: Maria Byskov Kjær"))).toBe(true);
  });

  it("gives every actor and tie a provenance, with the source file when sourced", () => {
    for (const { path, doc } of networks) {
      for (const item of [...doc.actors, ...doc.ties]) {
        const a = item.attributes ?? {};
        expect(["source", "illustrative"], `${path}: ${JSON.stringify(item)}`).toContain(a.provenance);
        if (a.provenance === "source")
          expect(typeof a.source, `${path}: ${JSON.stringify(item)}`).toBe("string");
      }
    }
  });

  it("marks every generated number illustrative, and only sourced numbers as source", () => {
    for (const { path, text } of committed.filter((f) => f.path.startsWith("data/networks/"))) {
      const other = reseeded.find((f) => f.path === path)!;
      const [a, b] = [JSON.parse(text), JSON.parse(other.text)];
      const [ea, eb] = [elements(parseNetwork(a), a), elements(parseNetwork(b), b)];
      let changed = 0;
      ea.forEach((e, i) => {
        const where = `${path}: ${e.id}`;
        const fields = Object.keys(e.numbers);
        if (fields.length === 0) return;
        const varies = fields.some((f) => e.numbers[f] !== eb[i]!.numbers[f]);
        if (varies) changed++;
        if (e.attributes.valueProvenance === "source") {
          expect(varies, where).toBe(false);
          expect(typeof e.attributes.valueSource, where).toBe("string");
        } else {
          expect(e.attributes.valueProvenance, where).toBe("illustrative");
        }
      });
      expect(changed, `${path}: another seed should change some numbers`).toBeGreaterThan(0);
    }
  });

  it("has 25–80 actors, all four tie kinds, and complete communication and handoff ties", () => {
    const sectors = [
      "region",
      "municipality",
      "general-practice",
      "citizen",
      "national",
      "patient-organisation",
      "research",
    ];
    for (const { path, doc } of networks) {
      expect(doc.actors.length, path).toBeGreaterThanOrEqual(25);
      expect(doc.actors.length, path).toBeLessThanOrEqual(80);
      expect(new Set(doc.ties.map((t) => t.kind)), path).toEqual(
        new Set(["communication", "handoff", "collaboration", "governance"]),
      );
      for (const s of doc.sectors) expect(sectors, path).toContain(s.id);
      for (const t of doc.ties.filter((t) => t.kind === "communication")) {
        expect(t.channel, t.id).toBeDefined();
        expect(t.quality, t.id).toBeGreaterThanOrEqual(1);
      }
      for (const t of doc.ties.filter((t) => t.kind === "handoff")) {
        expect(t.weight, t.id).toBeGreaterThanOrEqual(1);
        expect(t.attributes?.waitDays ?? t.attributes?.waitHours, t.id).toBeTypeOf("number");
      }
    }
  });

  it("encodes Midtklyngen's missing hospital ↔ sickness-benefit channel next to the GPs' NFS channel", () => {
    const doc = docs.get("data/networks/midtklyngen.json")!;
    const kind = new Map(doc.actors.map((a) => [a.id, a.kind]));
    const between = (x: string, y: string) => (t: { source: string; target: string }) =>
      (kind.get(t.source) === x && kind.get(t.target) === y) ||
      (kind.get(t.source) === y && kind.get(t.target) === x);
    const comms = doc.ties.filter((t) => t.kind === "communication");
    const wardToBenefit = between("hospital-ward", "sickness-benefit-unit");
    expect(doc.ties.filter((t) => t.kind === "handoff" && wardToBenefit(t))).toHaveLength(3);
    expect(comms.filter(wardToBenefit)).toEqual([]);
    expect(
      comms.filter((t) => t.channel === "NFS" && between("gp", "sickness-benefit-unit")(t)),
    ).toHaveLength(3);
  });

  it("lays out Denmark's 22 clusters, 5 regions and 98 municipalities without numbers", () => {
    const doc = docs.get("data/denmark/denmark-clusters.json")!;
    expect(doc.clusters).toHaveLength(22);
    expect(doc.organisations.filter((o) => o.sector === "region")).toHaveLength(5);
    expect(doc.actors.filter((a) => a.kind === "municipality")).toHaveLength(98);
    expect(doc.actors.filter((a) => a.kind === "forum")).toHaveLength(22);
    expect(doc.actors.filter((a) => a.kind === "hospital")).toHaveLength(21);
    const numbers = (v: unknown): boolean =>
      typeof v === "number" || (typeof v === "object" && v !== null && Object.values(v).some(numbers));
    expect(numbers(JSON.parse(read("data/denmark/denmark-clusters.json")))).toBe(false);
    const kbh = doc.ties.filter((t) => t.source === "municipality-101").map((t) => t.target);
    expect(kbh).toEqual(["forum-H1", "forum-H2"]);
    expect(doc.actors.find((a) => a.id === "municipality-101")?.cluster).toBe("H1");
  });
});
