/**
 * Mined handoffs as a `tvaers.network/v1` document, so every measure of `@tvaers/analysis` runs on
 * them: one actor per group (an actor, or an organisation, sector, cluster or kind), one directed
 * `handoff` tie per pair with `weight` = count and attributes `cases`, `waitHoursMedian`,
 * `waitHoursP90`, `waitHoursMean`, `relative` (the chosen relative frequency) and `crossSector`.
 *
 * Labels, sectors, organisations and clusters come from the given network where it has them, else
 * from the log (labelled by their ids). A group whose events lie in several sectors is in the sector
 * `(mixed)`, one with no known sector in `(unknown)`. An organisation's sector is the given network's,
 * else that of its first actor (by id); an actor in another sector than its organisation (the log
 * disagrees with itself) is listed without the organisation, so the document stays valid.
 */

import {
  type Actor,
  type Cluster,
  DEFAULT_QUALITY_SCALE,
  type Label,
  type NetworkDocument,
  type Organisation,
  type Sector,
  type Tie,
} from "@tvaers/model";
import type { Handoff, HandoffGroup, HandoffLevel } from "./handoff.js";
import { MIXED_SECTOR, UNKNOWN_GROUP } from "./lift.js";
import { type RelativeTotals, type RelativeVariant, relativeFrequency } from "./relative.js";

/** How to build the handoff network. */
export interface HandoffNetworkOptions {
  level: HandoffLevel;
  /** The network the actors were resolved against (labels and catalogues). */
  network?: NetworkDocument;
  /** Which relative frequency goes into each tie's `relative` attribute. */
  relative: RelativeVariant;
  totals: RelativeTotals;
  /** The document's name. */
  name: string;
  /** The log's name, for the description. */
  file: string;
}

const SPECIAL_LABELS: Record<string, string> = {
  [UNKNOWN_GROUP]: "Unknown",
  [MIXED_SECTOR]: "Several sectors",
};

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}

/** The given network's catalogues by id. */
interface Catalogue {
  actors: Map<string, Actor>;
  sectors: Map<string, Sector>;
  clusters: Map<string, Cluster>;
  organisations: Map<string, Organisation>;
}

/** The actor (node) of one group at the level. */
function groupActor(group: HandoffGroup, level: HandoffLevel, given: Catalogue): Actor {
  const known = group.id !== UNKNOWN_GROUP;
  const fallback: Label = SPECIAL_LABELS[group.id] ?? group.id;
  switch (level) {
    case "actor": {
      const actor: Actor = {
        id: group.id,
        label: given.actors.get(group.id)?.label ?? fallback,
        sector: group.sector,
      };
      if (group.organisation !== undefined) actor.organisation = group.organisation;
      if (group.cluster !== undefined) actor.cluster = group.cluster;
      if (group.kind !== undefined) actor.kind = group.kind;
      return actor;
    }
    case "sector":
      return { id: group.id, label: given.sectors.get(group.id)?.label ?? fallback, sector: group.id };
    case "organisation": {
      const org = given.organisations.get(group.id);
      const actor: Actor = {
        id: group.id,
        label: org?.label ?? fallback,
        sector: org?.sector ?? group.sector,
      };
      if (known) actor.organisation = group.id;
      const cluster = org?.cluster ?? group.cluster;
      if (cluster !== undefined) actor.cluster = cluster;
      return actor;
    }
    case "cluster": {
      const actor: Actor = {
        id: group.id,
        label: given.clusters.get(group.id)?.label ?? fallback,
        sector: group.sector,
      };
      if (known) actor.cluster = group.id;
      return actor;
    }
    case "kind": {
      const actor: Actor = { id: group.id, label: fallback, sector: group.sector };
      if (known) actor.kind = group.id;
      if (group.cluster !== undefined) actor.cluster = group.cluster;
      return actor;
    }
  }
}

/**
 * Builds the network document of mined handoffs (see the top of this file). Valid under
 * `parseNetwork`.
 */
export function handoffNetwork(
  handoffs: readonly Handoff[],
  groups: readonly HandoffGroup[],
  options: HandoffNetworkOptions,
): NetworkDocument {
  const network = options.network;
  const given: Catalogue = {
    actors: byId(network?.actors),
    sectors: byId(network?.sectors),
    clusters: byId(network?.clusters),
    organisations: byId(network?.organisations),
  };
  const actors = groups.map((g) => groupActor(g, options.level, given));

  const organisations = new Map<string, Organisation>();
  for (const actor of actors) {
    if (actor.organisation === undefined) continue;
    let org = organisations.get(actor.organisation);
    if (org === undefined) {
      org = given.organisations.get(actor.organisation) ?? {
        id: actor.organisation,
        label: actor.organisation,
        sector: actor.sector,
      };
      organisations.set(org.id, org);
    }
    if (org.sector !== actor.sector) delete actor.organisation;
  }
  const sectors = new Map<string, Sector>();
  const clusters = new Map<string, Cluster>();
  const addSector = (id: string) => {
    if (!sectors.has(id)) sectors.set(id, given.sectors.get(id) ?? { id, label: SPECIAL_LABELS[id] ?? id });
  };
  const addCluster = (id: string | undefined) => {
    if (id !== undefined && !clusters.has(id)) clusters.set(id, given.clusters.get(id) ?? { id, label: id });
  };
  for (const actor of actors) {
    addSector(actor.sector);
    addCluster(actor.cluster);
  }
  for (const org of organisations.values()) {
    addSector(org.sector);
    addCluster(org.cluster);
  }

  const ties: Tie[] = handoffs.map((h) => ({
    source: h.from,
    target: h.to,
    kind: "handoff",
    weight: h.count,
    directed: true,
    attributes: {
      cases: h.cases,
      waitHoursMedian: h.waitHours.median,
      waitHoursP90: h.waitHours.p90,
      waitHoursMean: h.waitHours.mean,
      relative: relativeFrequency(h, options.relative, options.totals),
      crossSector: h.crossSector,
    },
  }));

  const sorted = <T extends { id: string }>(m: Map<string, T>) =>
    [...m.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: "tvaers.network/v1",
    name: options.name,
    description:
      `Handoffs mined from ${options.file} at the ${options.level} level. ` +
      `A tie's weight is the number of handoffs; "cases" the distinct cases; waits are in hours; ` +
      `"relative" is the ${options.relative} relative frequency.`,
    qualityScale: DEFAULT_QUALITY_SCALE,
    sectors: sorted(sectors),
    clusters: sorted(clusters),
    organisations: sorted(organisations),
    actors,
    ties,
  };
}
