// A skeleton network of all Danish health clusters, generated from the reference CSVs in data/denmark/:
// one forum per cluster, one actor per acute hospital and per municipality, governance ties to the
// cluster forums. No numbers: only what the reference data say.
import { clusterEntry, clusterLabel, municipalityOrganisation, regionOrganisation } from "./reference.js";
import { sectorsFor } from "./sectors.js";
import { CLUSTERS_CSV, cite, MEMBERSHIP_CSV, MUNICIPALITIES_CSV } from "./sources.js";

/** @typedef {import("./reference.js").Reference} Reference */

/**
 * An acute hospital's name without the CSVs' note that it is shared ("(shared with Klynge Midt)"),
 * so a hospital named in two rows becomes one actor.
 *
 * @param {string} name
 */
function hospitalName(name) {
  return name.replace(/\s*\(shared with [^)]*\)$/, "");
}

/**
 * An id fragment: lower case ASCII, Danish letters spelt out (æ → ae, ø → oe, å → aa), other runs of
 * characters → "-", parenthesised parts left out.
 *
 * @param {string} text
 */
function slug(text) {
  return text
    .replace(/\([^)]*\)/g, "")
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * @param {string} source file name
 * @param {Record<string, string | boolean>} [more]
 */
const sourced = (source, more = {}) => ({ provenance: "source", source, ...more });

/**
 * Builds the `denmark-clusters.json` document. København, split between two clusters, carries the
 * lowest cluster id (H1, Byen) on its organisation and actor, and has governance ties to both forums.
 *
 * @param {Reference} ref
 * @returns {Record<string, unknown>}
 */
export function buildDenmarkClusters(ref) {
  for (const row of ref.clusterRows) {
    if (ref.regions.get(row.regionskode) !== row.region)
      throw new Error(`region mismatch for ${row.cluster_id}`);
  }
  const forums = ref.clusterRows.map((row) => {
    const label = clusterLabel(row.cluster_name);
    return {
      id: `forum-${row.cluster_id}`,
      label: { en: `${label.en}: cluster forum`, da: `${label.da}: klyngeforum` },
      sector: "region",
      cluster: row.cluster_id,
      kind: "forum",
      attributes: sourced(CLUSTERS_CSV, { confidence: row.confidence }),
    };
  });

  /** @type {Map<string, { actor: Record<string, unknown>, rows: Record<string, string>[] }>} */
  const hospitals = new Map();
  for (const row of ref.clusterRows) {
    const name = hospitalName(row.acute_hospital);
    const id = `hospital-${slug(name)}`;
    const known = hospitals.get(id);
    if (known !== undefined) {
      known.rows.push(row);
      continue;
    }
    const actor = {
      id,
      label: { en: name, da: name },
      sector: "region",
      organisation: `region-${row.regionskode}`,
      cluster: row.cluster_id,
      kind: "hospital",
      attributes: sourced(CLUSTERS_CSV),
    };
    hospitals.set(id, { actor, rows: [row] });
  }

  const municipalities = ref.municipalityRows.map((row) => {
    const organisation = municipalityOrganisation(ref, row.kommunekode);
    return {
      id: `municipality-${row.kommunekode}`,
      label: organisation.label,
      sector: "municipality",
      organisation: organisation.id,
      cluster: organisation.cluster,
      kind: "municipality",
      attributes: sourced(MUNICIPALITIES_CSV, { kommunekode: row.kommunekode }),
    };
  });

  const ties = [
    ...[...hospitals.values()].flatMap(({ actor, rows }) =>
      rows.map((row) => ({
        id: `governance:${actor.id}>forum-${row.cluster_id}`,
        source: actor.id,
        target: `forum-${row.cluster_id}`,
        kind: "governance",
        attributes: sourced(CLUSTERS_CSV, { role: "acute hospital", confidence: row.confidence }),
      })),
    ),
    ...ref.municipalityRows.flatMap((m) =>
      (ref.memberships.get(m.kommunekode) ?? []).map((row) => ({
        id: `governance:municipality-${m.kommunekode}>forum-${row.cluster_id}`,
        source: `municipality-${m.kommunekode}`,
        target: `forum-${row.cluster_id}`,
        kind: "governance",
        attributes: sourced(MEMBERSHIP_CSV, {
          role: "member municipality",
          confidence: row.confidence,
          partial: row.partial === "yes",
        }),
      })),
    ),
  ];

  const regionCodes = [...ref.regions.keys()].sort();
  return {
    format: "tvaers.network/v1",
    name: "Denmark: health clusters (skeleton)",
    description:
      "All Danish health clusters (sundhedsklynger) from the reference data in data/denmark/: the 5 regions and 98 municipalities as organisations, one actor per acute hospital and per municipality, one forum actor per cluster, and governance ties from each hospital and municipality to its cluster forum(s). Only what the CSVs say, no numbers; each cluster's description and each tie keep the CSVs' confidence (13 clusters high, 3 medium, 6 low). København Kommune is split between clusters H1 (Byen) and H2 (Syd): its organisation and actor carry the lowest cluster id, H1, and it has a governance tie to both forums, marked partial. Aalborg Universitetshospital is the acute hospital of two Nordjylland clusters (N2, N3): one actor with cluster N2 and ties to both forums. Forum actors sit in the region sector by convention (an actor needs one sector).",
    sources: [
      cite(MUNICIPALITIES_CSV, "the 98 municipalities, their codes and regions."),
      cite(CLUSTERS_CSV, "the 22 clusters, their regions, acute hospitals, confidence and sources."),
      cite(
        MEMBERSHIP_CSV,
        "which municipality belongs to which cluster, with confidence and the København split.",
      ),
    ],
    sectors: sectorsFor(["region", "municipality"]),
    clusters: ref.clusterRows.map((row) => clusterEntry(ref, row.cluster_id)),
    organisations: [
      ...regionCodes.map((code) => regionOrganisation(ref, code)),
      ...ref.municipalityRows.map((row) => municipalityOrganisation(ref, row.kommunekode)),
    ],
    actors: [...forums, ...[...hospitals.values()].map((h) => h.actor), ...municipalities],
    ties,
  };
}
