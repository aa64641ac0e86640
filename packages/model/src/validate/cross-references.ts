import { formatPath, type Problem } from "../errors/problem.js";
import type { Locate } from "../errors/zod-problems.js";

/** How to name each collection in messages, e.g. `actors.csv` for a CSV bundle. */
export interface CollectionNames {
  sectors: string;
  clusters: string;
  organisations: string;
  actors: string;
  ties: string;
}

const DEFAULT_NAMES: CollectionNames = {
  sectors: "this network",
  clusters: "this network",
  organisations: "this network",
  actors: "this network",
  ties: "this network",
};

type Ref = string | undefined;

/**
 * The fields cross-reference checks read. A validated document fits; so does a loose view of a
 * document that failed its schema (see {@link looseDocument}), so both kinds of problem are reported together.
 */
export interface CrossReferenceInput {
  qualityScale: { min: number; max: number };
  sectors: readonly { id: Ref }[];
  clusters: readonly { id: Ref }[];
  organisations: readonly { id: Ref; sector: Ref; cluster?: Ref }[];
  actors: readonly { id: Ref; sector: Ref; organisation?: Ref; cluster?: Ref }[];
  ties: readonly { id?: Ref; source: Ref; target: Ref; quality?: number | undefined }[];
}

/**
 * Checks what a schema cannot: duplicate ids, references to unknown sectors, clusters, organisations
 * and actors, an actor whose organisation is in another sector, ties from an actor to itself, and
 * channel quality outside the document's quality scale. Returns every problem found.
 */
export function checkCrossReferences(
  doc: CrossReferenceInput,
  options: { locate?: Locate; names?: Partial<CollectionNames>; file?: string } = {},
): Problem[] {
  const names = { ...DEFAULT_NAMES, ...options.names };
  const problems: Problem[] = [];
  const report = (path: (string | number)[], field: string, message: string) => {
    const p: Problem = { path: formatPath(path), field, message };
    if (options.file !== undefined) p.file = options.file;
    Object.assign(p, options.locate?.(path));
    problems.push(p);
  };

  const index = <T extends { id: Ref }>(
    items: readonly T[],
    collection: keyof CollectionNames,
    what: string,
  ) => {
    const seen = new Map<string, T>();
    items.forEach((item, i) => {
      if (item.id === undefined) return;
      if (seen.has(item.id)) report([collection, i, "id"], "id", `${what} id "${item.id}" is used twice`);
      else seen.set(item.id, item);
    });
    return seen;
  };
  const sectors = index(doc.sectors, "sectors", "sector");
  const clusters = index(doc.clusters, "clusters", "cluster");
  const organisations = index(doc.organisations, "organisations", "organisation");
  const actors = index(doc.actors, "actors", "actor");

  const mustExist = (
    map: Map<string, unknown>,
    value: Ref,
    path: (string | number)[],
    field: string,
    what: string,
    collection: keyof CollectionNames,
  ) => {
    if (value !== undefined && !map.has(value)) {
      report(path, field, `${field} "${value}" is not ${what} in ${names[collection]}`);
    }
  };

  doc.organisations.forEach((o, i) => {
    mustExist(sectors, o.sector, ["organisations", i, "sector"], "sector", "a sector", "sectors");
    mustExist(clusters, o.cluster, ["organisations", i, "cluster"], "cluster", "a cluster", "clusters");
  });

  doc.actors.forEach((a, i) => {
    mustExist(sectors, a.sector, ["actors", i, "sector"], "sector", "a sector", "sectors");
    mustExist(clusters, a.cluster, ["actors", i, "cluster"], "cluster", "a cluster", "clusters");
    mustExist(
      organisations,
      a.organisation,
      ["actors", i, "organisation"],
      "organisation",
      "an organisation",
      "organisations",
    );
    const org = a.organisation === undefined ? undefined : organisations.get(a.organisation);
    if (org !== undefined && a.sector !== undefined && sectors.has(a.sector) && org.sector !== a.sector) {
      report(
        ["actors", i, "sector"],
        "sector",
        `actor "${a.id}" is in sector "${a.sector}" but its organisation "${org.id}" is in sector "${org.sector}"`,
      );
    }
  });

  const tieIds = new Set<string>();
  const { min, max } = doc.qualityScale;
  doc.ties.forEach((t, i) => {
    if (t.id !== undefined) {
      if (tieIds.has(t.id)) report(["ties", i, "id"], "id", `tie id "${t.id}" is used twice`);
      tieIds.add(t.id);
    }
    mustExist(actors, t.source, ["ties", i, "source"], "source", "an actor", "actors");
    mustExist(actors, t.target, ["ties", i, "target"], "target", "an actor", "actors");
    if (t.source !== undefined && t.source === t.target) {
      report(["ties", i, "target"], "target", `tie goes from actor "${t.source}" to itself`);
    }
    if (t.quality !== undefined && (t.quality < min || t.quality > max)) {
      report(
        ["ties", i, "quality"],
        "quality",
        `quality ${t.quality} is outside the quality scale ${min}–${max}`,
      );
    }
  });
  return problems;
}

const str = (v: unknown): Ref => (typeof v === "string" && v !== "" ? v : undefined);
const items = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.map((x) => (x !== null && typeof x === "object" ? (x as Record<string, unknown>) : {}))
    : [];

/** A loose view of raw input for {@link checkCrossReferences}: fields of the wrong type read as missing. */
export function looseDocument(value: unknown): CrossReferenceInput {
  const v = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const scale = v.qualityScale as { min?: unknown; max?: unknown } | undefined;
  const min = typeof scale?.min === "number" ? scale.min : 1;
  const max = typeof scale?.max === "number" ? scale.max : 5;
  return {
    qualityScale: { min, max },
    sectors: items(v.sectors).map((x) => ({ id: str(x.id) })),
    clusters: items(v.clusters).map((x) => ({ id: str(x.id) })),
    organisations: items(v.organisations).map((x) => ({
      id: str(x.id),
      sector: str(x.sector),
      cluster: str(x.cluster),
    })),
    actors: items(v.actors).map((x) => ({
      id: str(x.id),
      sector: str(x.sector),
      organisation: str(x.organisation),
      cluster: str(x.cluster),
    })),
    ties: items(v.ties).map((x) => ({
      id: str(x.id),
      source: str(x.source),
      target: str(x.target),
      quality: typeof x.quality === "number" ? x.quality : undefined,
    })),
  };
}
