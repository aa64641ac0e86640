// The documents the example data are written from: file names (used in `attributes.source`) and titles
// (used in each network's `sources`). The files live in the project's domain material; data/README.md
// describes each one.

/** The MS collaboration project's reference-group meeting (Sclerosehospitalerne; Kalundborg, Morsø, Vejen). */
export const MS_REFERENCE_GROUP = "000_e03192cda0845c3a.txt";
/** Midtklyngen's report on inequality in health (IPS track; hospital ↔ sickness-benefit track), 20 April 2018. */
export const MIDTKLYNGEN_REPORT = "001_06baf60a3b72d700.txt";
/** Cross-sector team models: Vestklyngen dual diagnosis and Midtklyngen FACT (about 2020). */
export const TEAM_MODELS = "002_a975f11f8065c59b.txt";
/** KL and Danske Regioner on new collaboration, before their SundhedsCamp, 5 December 2012. */
export const KL_REGIONS_ARTICLE = "003_7af8505ef63dec3b.txt";
/** Agenda and minutes of the 12th meeting of Klyngestyregruppe Vest, 8 June 2022. */
export const KLYNGE_VEST_MINUTES = "004_95217c270bcf05fc.txt";
/** MedCom messages and other cross-sector channels (domain notes). */
export const MEDCOM = "medcom_messages.md";
/** FACT, IPS and relational coordination (domain notes). */
export const MODELS = "collaboration_models.md";
/** Danish → English glossary with definitions (domain notes). */
export const GLOSSARY = "glossary.md";
/** Headline national figures for setting scales (domain notes). */
export const SCALE = "scale_data.md";
/** The 98 municipalities with codes and regions (data/denmark/). */
export const MUNICIPALITIES_CSV = "regions_municipalities.csv";
/** The 22 health clusters with acute hospital, members, confidence and source (data/denmark/). */
export const CLUSTERS_CSV = "health_clusters.csv";
/** Municipality–cluster membership, one row per pair (data/denmark/). */
export const MEMBERSHIP_CSV = "cluster_membership.csv";

/** File name → title. */
const SOURCE_TITLES = Object.freeze({
  [MS_REFERENCE_GROUP]:
    "Referencegruppemøde, projektet om samarbejde mellem Sclerosehospitalerne og Kalundborg, Morsø og Vejen kommuner (24 January; project 2017–2019)",
  [MIDTKLYNGEN_REPORT]:
    "Afrapportering fra Midtklyngen – ulighed i sundhed (notat, Skive Kommune, 20 April 2018)",
  [TEAM_MODELS]:
    "Tværsektorielle teams om borgere med svær psykisk sygdom: Vestklyngen (dobbeltdiagnose) og Midtklyngen (FACT) (about 2020)",
  [KL_REGIONS_ARTICLE]:
    "På vej mod nye samarbejder (KL and Danske Regioner before the SundhedsCamp, 5 December 2012)",
  [KLYNGE_VEST_MINUTES]: "Dagsorden og referat, 12. møde i Klyngestyregruppe Vest (8 June 2022)",
  [MEDCOM]: "MedCom messages and other cross-sector channels (domain notes)",
  [MODELS]: "Collaboration models: FACT, IPS, relational coordination (domain notes)",
  [GLOSSARY]: "Glossary: Danish → English (domain notes)",
  [SCALE]: "Open data and headline numbers for setting scale (domain notes)",
  [MUNICIPALITIES_CSV]: "Danish municipalities with 3- and 4-digit codes, region and region code",
  [CLUSTERS_CSV]:
    "Danish health clusters (sundhedsklynger): region, acute hospital, members, confidence, source",
  [MEMBERSHIP_CSV]: "Municipality–cluster membership in long form, with confidence",
});

/**
 * One entry of a network's `sources`: the title, and a note naming the file and what was taken from it.
 *
 * @param {string} file a file name from this module
 * @param {string} used what the network takes from it
 * @returns {{ title: string, note: string }}
 */
export function cite(file, used) {
  const title = SOURCE_TITLES[file];
  if (title === undefined) throw new Error(`unknown source file "${file}"`);
  return { title, note: `${file}: ${used}` };
}
