// Midtklyngen: organisations and actors (units and roles, never named persons). The report's working
// group lists people by name and title; here each becomes the unit they lead or work in.

import { GLOSSARY, MIDTKLYNGEN_REPORT as REPORT, TEAM_MODELS as TEAMS } from "../../sources.js";
import { actor } from "../../spec.js";

const M2 = "M2";
const HEM = "hem";
const RM = "region-1082";

/** @param {string} [organisation] */
const hospital = (organisation = HEM) => ({ sector: "region", organisation, cluster: M2 });
/** @param {string} code kommunekode */
const municipal = (code) => ({ sector: "municipality", organisation: `kommune-${code}`, cluster: M2 });
const SKIVE = "779";
const VIBORG = "791";
const SILKEBORG = "740";
/** The report's first recommendation rests on how work restrictions (skånehensyn) are recorded today. */
const WORK_RESTRICTIONS =
  "Not always described in the patient record, or described outside its 'social' section; the report recommends recording them there.";

/**
 * The units every municipality in the cluster has for the two tracks and FACT.
 *
 * @param {string} key id prefix
 * @param {string} name
 * @param {string} code kommunekode
 * @returns {import("../../spec.js").ActorSpec[]}
 */
function municipalUnits(key, name, code) {
  return [
    actor(
      `${key}-sickness-benefit`,
      `Sickness-benefit unit, ${name} Municipality`,
      `Sygedagpengeafdelingen, ${name} Kommune`,
      {
        ...municipal(code),
        kind: "sickness-benefit-unit",
        cite: REPORT,
      },
    ),
    actor(`${key}-jobcentre`, `Jobcentre ${name}`, `Jobcenter ${name}`, {
      ...municipal(code),
      kind: "jobcentre",
      cite: REPORT,
    }),
    actor(`${key}-executive`, `Executive management, ${name} Municipality`, `Direktionen, ${name} Kommune`, {
      ...municipal(code),
      kind: "management",
      cite: GLOSSARY,
      note: "The cluster steering group has the municipalities' directors (glossary: klyngestyregruppe).",
    }),
    actor(`fact-${key}`, `FACT team ${name} (cross-sector)`, `FACT-team ${name} (tværsektorielt)`, {
      sector: "municipality",
      cluster: M2,
      kind: "team",
      cite: TEAMS,
      note: "Regional practitioner and municipal contact persons around the citizen; a modified FACT.",
      about: {
        meetings: "a two-hour start meeting with each new citizen; the whole team meets weekly for one hour",
      },
      facts: { cite: TEAMS, values: { plannedCitizens: 60 } },
    }),
    actor(
      `gp-${key}`,
      `General practitioners in ${name} Municipality`,
      `Praktiserende læger i ${name} Kommune`,
      {
        sector: "general-practice",
        cluster: M2,
        kind: "gp",
        cite: REPORT,
      },
    ),
  ];
}

/** Organisations other than the region and the municipalities (those come from the reference data). */
export const organisations = [
  {
    id: HEM,
    label: { en: "Regional Hospital Central Jutland (Hospitalsenhed Midt)", da: "Hospitalsenhed Midt" },
    sector: "region",
    cluster: M2,
  },
  {
    id: "plo-midtjylland",
    label: { en: "PLO Central Denmark", da: "PLO Midtjylland" },
    sector: "general-practice",
  },
];

/** @type {import("../../spec.js").ActorSpec[]} */
export const actors = [
  // Region: Hospitalsenhed Midt (HEM).
  actor(
    "cardiology-viborg",
    "Cardiology, Regional Hospital Viborg",
    "Hjerteafdelingen, Regionshospitalet Viborg",
    { ...hospital(), kind: "hospital-ward", cite: REPORT, about: { workRestrictions: WORK_RESTRICTIONS } },
  ),
  actor(
    "cardiology-silkeborg",
    "Cardiology, Regional Hospital Silkeborg",
    "Hjerteafdelingen, Regionshospitalet Silkeborg",
    { ...hospital(), kind: "hospital-ward", cite: REPORT, about: { workRestrictions: WORK_RESTRICTIONS } },
  ),
  actor(
    "hem-psychiatry",
    "Regional psychiatry, Hospitalsenhed Midt",
    "Regionspsykiatrien, Hospitalsenhed Midt",
    {
      ...hospital(),
      kind: "psychiatry",
      cite: REPORT,
    },
  ),
  actor(
    "hem-psychiatry-ward",
    "Psychiatric inpatient ward, Hospitalsenhed Midt",
    "Psykiatrisk sengeafsnit, Hospitalsenhed Midt",
    {
      ...hospital(),
      kind: "psychiatry",
    },
  ),
  actor("hem-hr", "HR, Hospitalsenhed Midt", "HR, Hospitalsenhed Midt", {
    ...hospital(),
    kind: "administration",
    cite: REPORT,
  }),
  actor(
    "hem-management",
    "Hospital management, Hospitalsenhed Midt",
    "Hospitalsledelsen, Hospitalsenhed Midt",
    {
      ...hospital(),
      kind: "management",
      cite: GLOSSARY,
    },
  ),
  // Forums and working groups.
  actor("klyngestyregruppe-midt", "Midtklyngen steering group", "Klyngestyregruppen, Midtklyngen", {
    sector: "region",
    cluster: M2,
    kind: "forum",
    cite: REPORT,
  }),
  actor("midt-secretariat", "Midtklyngen secretariat", "Sekretariatet, Midtklyngen", {
    sector: "region",
    cluster: M2,
    kind: "administration",
    cite: REPORT,
  }),
  actor("sundhedsstyregruppen", "Health steering group, Central Denmark Region", "Sundhedsstyregruppen", {
    sector: "region",
    organisation: RM,
    kind: "forum",
    cite: REPORT,
  }),
  actor(
    "sundhedskoordinationsudvalget",
    "Health Coordination Committee, Central Denmark Region (until 2022)",
    "Sundhedskoordinationsudvalget",
    { sector: "region", organisation: RM, kind: "forum", cite: REPORT },
  ),
  actor(
    "working-group-inequality",
    "Working group on inequality in health, Midtklyngen",
    "Arbejdsgruppen om ulighed i sundhed, Midtklyngen",
    {
      sector: "municipality",
      cluster: M2,
      kind: "working-group",
      cite: REPORT,
      note: "Set up by the steering group in December 2016 and chaired by Skive Municipality's head of health.",
    },
  ),
  actor(
    "track-ips",
    "Sub-group: IPS for vulnerable cash-assistance recipients",
    "Underarbejdsgruppe: IPS og udsatte kontanthjælpsmodtagere",
    {
      sector: "municipality",
      cluster: M2,
      kind: "working-group",
      cite: REPORT,
      note: "Concluded that IPS should not be spread to the whole cluster yet, and ended its work.",
    },
  ),
  actor(
    "track-heart",
    "Track: hospital and sickness-benefit units (heart-surgery patients)",
    "Spor: samarbejde mellem hospital og sygedagpengeafdeling (hjerteopererede borgere)",
    {
      sector: "municipality",
      cluster: M2,
      kind: "working-group",
      cite: REPORT,
      note: "Found weak communication between hospital and sickness-benefit units; made three recommendations.",
    },
  ),
  // Municipalities: health centres and social services, then the units each municipality has.
  actor(
    "skive-health-centre",
    "Health department and health centre, Skive Municipality",
    "Sundhedsafdelingen og Sundhedscentret, Skive Kommune",
    { ...municipal(SKIVE), kind: "health-centre", cite: REPORT },
  ),
  actor("skive-social", "Social services, Skive Municipality", "Socialområdet, Skive Kommune", {
    ...municipal(SKIVE),
    kind: "social-services",
    cite: TEAMS,
  }),
  actor("viborg-health-centre", "Health centre, Viborg Municipality", "Sundhedscentret, Viborg Kommune", {
    ...municipal(VIBORG),
    kind: "health-centre",
    cite: REPORT,
  }),
  actor("viborg-social", "Social services, Viborg Municipality", "Socialområdet, Viborg Kommune", {
    ...municipal(VIBORG),
    kind: "social-services",
    cite: REPORT,
  }),
  actor(
    "silkeborg-health-centre",
    "Health house, Silkeborg Municipality",
    "Sundhedshuset, Silkeborg Kommune",
    {
      ...municipal(SILKEBORG),
      kind: "health-centre",
      cite: REPORT,
    },
  ),
  actor(
    "silkeborg-social",
    "Social services, Silkeborg Municipality",
    "Socialafdelingen, Silkeborg Kommune",
    {
      ...municipal(SILKEBORG),
      kind: "social-services",
      cite: TEAMS,
    },
  ),
  actor(
    "silkeborg-ips",
    "IPS employment specialists, Jobcentre Silkeborg",
    "IPS-konsulenter, Jobcenter Silkeborg",
    {
      ...municipal(SILKEBORG),
      kind: "consultant",
      cite: REPORT,
      note: "Silkeborg has worked with IPS since 2015 with very good results.",
    },
  ),
  ...municipalUnits("skive", "Skive", SKIVE),
  ...municipalUnits("viborg", "Viborg", VIBORG),
  ...municipalUnits("silkeborg", "Silkeborg", SILKEBORG),
  // General practice.
  actor("plo-midtjylland-representatives", "PLO Central Denmark (GP representatives)", "PLO Midtjylland", {
    sector: "general-practice",
    organisation: "plo-midtjylland",
    kind: "gp-organisation",
    cite: GLOSSARY,
  }),
  // Citizens.
  actor("heart-patient", "Sick-listed citizen after heart surgery", "Sygemeldt hjerteopereret borger", {
    sector: "citizen",
    cluster: M2,
    kind: "patient",
    cite: REPORT,
  }),
  actor("smi-citizen", "Citizen with severe mental illness", "Borger med svær psykisk sygdom", {
    sector: "citizen",
    cluster: M2,
    kind: "patient",
    cite: TEAMS,
  }),
  actor("cash-assistance-recipient", "Vulnerable cash-assistance recipient", "Udsat kontanthjælpsmodtager", {
    sector: "citizen",
    cluster: M2,
    kind: "citizen",
    cite: REPORT,
  }),
  // Research.
  actor("ccaf", "CCAF (Dutch centre for FACT)", "CCAF (hollandsk organisation bag FACT)", {
    sector: "research",
    kind: "research",
    cite: TEAMS,
    note: "Develops the cross-sector FACT model with Midtklyngen; funded by the EU's structural reform support.",
  }),
  actor(
    "ips-trial",
    "National IPS research trial (København, Frederiksberg, Odense, Silkeborg)",
    "Landsdækkende IPS-forskningsprojekt (2012–2017)",
    { sector: "research", kind: "research", cite: REPORT },
  ),
];
