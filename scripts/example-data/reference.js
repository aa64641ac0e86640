// Danish reference data (regions, municipalities, health clusters) read from the CSVs in data/denmark/,
// turned into the clusters and organisations of a network document with the same ids in every file.
import { parseCsv } from "./csv.js";

/** @typedef {{ en: string, da: string }} Label */
/** @typedef {{ id: string, label: Label, region: string, description: string }} ClusterEntry */
/** @typedef {{ id: string, label: Label, sector: string, cluster?: string, description?: string }} OrganisationEntry */

/** Official English and Danish names of the five regions, keyed by the short name in the CSVs. */
const REGION_LABELS = {
  Hovedstaden: { en: "Capital Region of Denmark", da: "Region Hovedstaden" },
  Sjælland: { en: "Region Zealand", da: "Region Sjælland" },
  Syddanmark: { en: "Region of Southern Denmark", da: "Region Syddanmark" },
  Midtjylland: { en: "Central Denmark Region", da: "Region Midtjylland" },
  Nordjylland: { en: "North Denmark Region", da: "Region Nordjylland" },
};

/** Municipalities whose official name is not "<name> Kommune". */
const MUNICIPALITY_LABELS = {
  Bornholm: { en: "Bornholm Regional Municipality", da: "Bornholms Regionskommune" },
};

/**
 * The reference tables, indexed.
 *
 * @typedef {object} Reference
 * @property {Record<string, string>[]} clusterRows rows of health_clusters.csv, in file order
 * @property {Map<string, Record<string, string>>} clusters cluster id → row
 * @property {Record<string, string>[]} municipalityRows rows of regions_municipalities.csv, in file order
 * @property {Map<string, Record<string, string>>} municipalities kommunekode → row
 * @property {Map<string, Record<string, string>[]>} memberships kommunekode → its cluster_membership.csv rows, by cluster id
 * @property {Map<string, string>} regions regionskode → short region name
 */

/**
 * Reads the three CSVs and checks that they agree (every municipality in at least one known cluster).
 *
 * @param {{ regionsMunicipalities: string, healthClusters: string, clusterMembership: string }} texts
 * @returns {Reference}
 */
export function readReference(texts) {
  const clusterRows = parseCsv(texts.healthClusters);
  const municipalityRows = parseCsv(texts.regionsMunicipalities);
  const clusters = new Map(clusterRows.map((r) => [r.cluster_id, r]));
  const municipalities = new Map(municipalityRows.map((r) => [r.kommunekode, r]));
  const regions = new Map(municipalityRows.map((r) => [r.regionskode, r.region]));
  /** @type {Map<string, Record<string, string>[]>} */
  const memberships = new Map();
  for (const row of parseCsv(texts.clusterMembership)) {
    if (!clusters.has(row.cluster_id))
      throw new Error(`unknown cluster ${row.cluster_id} in cluster_membership.csv`);
    if (!municipalities.has(row.kommunekode)) throw new Error(`unknown municipality ${row.kommunekode}`);
    memberships.set(row.kommunekode, [...(memberships.get(row.kommunekode) ?? []), row]);
  }
  for (const [code, row] of municipalities) {
    const rows = memberships.get(code);
    if (rows === undefined) throw new Error(`${row.municipality} is in no cluster`);
    rows.sort((a, b) => a.cluster_id.localeCompare(b.cluster_id));
  }
  return { clusterRows, clusters, municipalityRows, municipalities, memberships, regions };
}

/**
 * A cluster's label: the Danish name, and in English the same name with "Sundhedsklynge(n)" translated.
 *
 * @param {string} name the cluster_name from health_clusters.csv
 * @returns {Label}
 */
export function clusterLabel(name) {
  const m = /^Sundhedsklyngen? (.+)$/.exec(name);
  return { en: m ? `${m[1]} health cluster` : name, da: name };
}

/**
 * The `clusters` entry for a cluster id: label, region, and a description with the acute hospital,
 * members, confidence and source from health_clusters.csv.
 *
 * @param {Reference} ref
 * @param {string} id
 * @returns {ClusterEntry}
 */
export function clusterEntry(ref, id) {
  const row = ref.clusters.get(id);
  if (row === undefined) throw new Error(`unknown cluster "${id}"`);
  const notes = row.notes === "" ? "" : ` Notes: ${row.notes}`;
  return {
    id,
    label: clusterLabel(row.cluster_name),
    region: row.region,
    description:
      `Acute hospital: ${row.acute_hospital}. Municipalities: ${row.member_municipalities.replaceAll(";", ", ")}. ` +
      `Confidence: ${row.confidence}. Source: ${row.source}.${notes}`,
  };
}

/**
 * The organisation of a region, id `region-<regionskode>`.
 *
 * @param {Reference} ref
 * @param {string} code regionskode, e.g. "1081"
 * @returns {OrganisationEntry}
 */
export function regionOrganisation(ref, code) {
  const name = ref.regions.get(code);
  const label = name === undefined ? undefined : REGION_LABELS[/** @type {keyof REGION_LABELS} */ (name)];
  if (label === undefined) throw new Error(`unknown region code "${code}"`);
  return { id: `region-${code}`, label, sector: "region" };
}

/**
 * The cluster a municipality's organisation and actor carry: its only cluster, or for a municipality
 * split between clusters (København) the lowest cluster id.
 *
 * @param {Reference} ref
 * @param {string} code kommunekode
 * @returns {string}
 */
export function primaryCluster(ref, code) {
  const rows = ref.memberships.get(code);
  if (rows === undefined || rows[0] === undefined) throw new Error(`unknown municipality code "${code}"`);
  return rows[0].cluster_id;
}

/**
 * A municipality's label: "<name> Kommune" / "<name> Municipality", or its official name where it differs.
 *
 * @param {Reference} ref
 * @param {string} code kommunekode
 * @returns {Label}
 */
export function municipalityLabel(ref, code) {
  const row = ref.municipalities.get(code);
  if (row === undefined) throw new Error(`unknown municipality code "${code}"`);
  const name = row.municipality;
  return (
    MUNICIPALITY_LABELS[/** @type {keyof MUNICIPALITY_LABELS} */ (name)] ?? {
      en: `${name} Municipality`,
      da: `${name} Kommune`,
    }
  );
}

/**
 * The organisation of a municipality, id `kommune-<kommunekode>`, with its cluster.
 *
 * @param {Reference} ref
 * @param {string} code kommunekode, e.g. "773"
 * @returns {OrganisationEntry}
 */
export function municipalityOrganisation(ref, code) {
  return {
    id: `kommune-${code}`,
    label: municipalityLabel(ref, code),
    sector: "municipality",
    cluster: primaryCluster(ref, code),
  };
}
