import { formatPath, type Problem } from "../errors/problem.js";
import type { Locate } from "../errors/zod-problems.js";
import { safeRecord } from "../schema/attributes.js";

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
  actors: readonly { id: Ref; sector: Ref; organisation?: Ref; cluster?: Ref; kind?: Ref }[];
  ties: readonly { id?: Ref; source: Ref; target: Ref; quality?: number | undefined }[];
  forums?: readonly { id: Ref; cluster?: Ref; actor?: Ref }[];
  memberships?: readonly {
    forum: Ref;
    actor?: Ref;
    organisation?: Ref;
    sector?: Ref;
    kind?: Ref;
    date?: Ref;
    status?: Ref;
  }[];
  rules?: readonly {
    forum: Ref;
    minimum?: Readonly<Record<string, number>> | undefined;
    shares?: Readonly<Record<string, number>> | undefined;
  }[];
}

/**
 * Checks what a schema cannot: duplicate ids, references to unknown sectors, clusters, organisations
 * and actors, an actor whose organisation is in another sector, ties from an actor to itself, and
 * channel quality outside the document's quality scale; for forums, memberships and rules: unknown forums,
 * actors, organisations and sectors, a membership naming neither actor nor organisation, a sector
 * or organisation that contradicts the actor's, an attendance status without a meeting date, and a rule
 * key that is neither a sector nor a kind of actor or participant. Returns every problem found.
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

  const forums = new Set<string>();
  (doc.forums ?? []).forEach((f, i) => {
    if (f.id === undefined) return;
    if (forums.has(f.id)) report(["forums", i, "id"], "id", `forum id "${f.id}" is used twice`);
    forums.add(f.id);
  });
  (doc.forums ?? []).forEach((f, i) => {
    mustExist(clusters, f.cluster, ["forums", i, "cluster"], "cluster", "a cluster", "clusters");
    mustExist(actors, f.actor, ["forums", i, "actor"], "actor", "an actor", "actors");
  });
  const kinds = new Set<string>();
  for (const a of doc.actors) if (a.kind !== undefined) kinds.add(a.kind);
  (doc.memberships ?? []).forEach((m, i) => {
    const at = (field: string) => ["memberships", i, field];
    if (m.forum !== undefined && !forums.has(m.forum)) {
      report(at("forum"), "forum", `forum "${m.forum}" is not a forum in this network`);
    }
    mustExist(actors, m.actor, at("actor"), "actor", "an actor", "actors");
    mustExist(
      organisations,
      m.organisation,
      at("organisation"),
      "organisation",
      "an organisation",
      "organisations",
    );
    mustExist(sectors, m.sector, at("sector"), "sector", "a sector", "sectors");
    if (m.actor === undefined && m.organisation === undefined) {
      report(
        at("actor"),
        "actor",
        "a membership needs an actor or an organisation (a role and an organisation are enough)",
      );
    }
    const actor = m.actor === undefined ? undefined : actors.get(m.actor);
    if (
      actor?.organisation !== undefined &&
      m.organisation !== undefined &&
      actor.organisation !== m.organisation
    ) {
      report(
        at("organisation"),
        "organisation",
        `actor "${m.actor}" belongs to organisation "${actor.organisation}", not "${m.organisation}"`,
      );
    }
    const org = m.organisation === undefined ? undefined : organisations.get(m.organisation);
    const own = actor?.sector ?? org?.sector;
    if (m.sector !== undefined && own !== undefined && own !== m.sector) {
      report(
        at("sector"),
        "sector",
        `sector "${m.sector}" contradicts sector "${own}" of ${actor !== undefined ? `actor "${m.actor}"` : `organisation "${m.organisation}"`}`,
      );
    }
    if (m.status !== undefined && m.date === undefined) {
      report(at("status"), "status", `status "${m.status}" needs the meeting's date`);
    }
    if (m.kind !== undefined) kinds.add(m.kind);
  });
  (doc.rules ?? []).forEach((r, i) => {
    if (r.forum !== undefined && !forums.has(r.forum)) {
      report(["rules", i, "forum"], "forum", `forum "${r.forum}" is not a forum in this network`);
    }
    for (const key of Object.keys(r.minimum ?? {})) {
      if (!sectors.has(key) && !kinds.has(key)) {
        report(
          ["rules", i, "minimum", key],
          "minimum",
          `"${key}" is neither a sector nor a kind of actor or participant in this network`,
        );
      }
    }
    for (const key of Object.keys(r.shares ?? {})) {
      mustExist(sectors, key, ["rules", i, "shares", key], "shares", "a sector", "sectors");
    }
  });
  return problems;
}

const str = (v: unknown): Ref => (typeof v === "string" && v !== "" ? v : undefined);
const items = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.map((x) => (x !== null && typeof x === "object" ? (x as Record<string, unknown>) : {}))
    : [];

const counts = (v: unknown): Record<string, number> | undefined =>
  v !== null && typeof v === "object" && !Array.isArray(v)
    ? safeRecord(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === "number"))
    : undefined;

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
      kind: str(x.kind),
    })),
    ties: items(v.ties).map((x) => ({
      id: str(x.id),
      source: str(x.source),
      target: str(x.target),
      quality: typeof x.quality === "number" ? x.quality : undefined,
    })),
    forums: items(v.forums).map((x) => ({ id: str(x.id), cluster: str(x.cluster), actor: str(x.actor) })),
    memberships: items(v.memberships).map((x) => ({
      forum: str(x.forum),
      actor: str(x.actor),
      organisation: str(x.organisation),
      sector: str(x.sector),
      kind: str(x.kind),
      date: str(x.date),
      status: str(x.status),
    })),
    rules: items(v.rules).map((x) => ({
      forum: str(x.forum),
      minimum: counts(x.minimum),
      shares: counts(x.shares),
    })),
  };
}
