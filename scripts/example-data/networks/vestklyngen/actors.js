// Vestklyngen: organisations and actors. The dual-diagnosis joint teams were tested in Holstebro and
// Ringkøbing-Skjern in the second half of 2020; Holstebro and the region started a care-places pilot.

import { GLOSSARY, TEAM_MODELS as TEAMS } from "../../sources.js";
import { actor } from "../../spec.js";

const M4 = "M4";
const HEV = "hospitalsenheden-vest";
const RPV = "regionspsykiatrien-vest";

/** @param {string} organisation */
const regional = (organisation) => ({ sector: "region", organisation, cluster: M4 });
/** @param {string} code kommunekode */
const municipal = (code) => ({ sector: "municipality", organisation: `kommune-${code}`, cluster: M4 });

/**
 * The units of one municipality: addiction treatment and social psychiatry (sourced), jobcentre and
 * home care (illustrative), executive management (glossary), the joint team and the GPs.
 *
 * @param {string} key id prefix
 * @param {string} name
 * @param {string} code kommunekode
 * @returns {import("../../spec.js").ActorSpec[]}
 */
function municipalUnits(key, name, code) {
  return [
    actor(
      `${key}-addiction`,
      `Addiction treatment, ${name} Municipality`,
      `Misbrugsbehandlingen, ${name} Kommune`,
      {
        ...municipal(code),
        kind: "addiction-treatment",
        cite: TEAMS,
      },
    ),
    actor(
      `${key}-social-psychiatry`,
      `Social psychiatry, ${name} Municipality`,
      `Socialpsykiatrien, ${name} Kommune`,
      {
        ...municipal(code),
        kind: "social-services",
        cite: TEAMS,
        note: "The source speaks of the municipal part of the citizen's course; social psychiatry is read into it.",
      },
    ),
    actor(`${key}-jobcentre`, `Jobcentre ${name}`, `Jobcenter ${name}`, {
      ...municipal(code),
      kind: "jobcentre",
    }),
    actor(
      `${key}-home-care`,
      `Home care and home nursing, ${name} Municipality`,
      `Hjemmepleje og hjemmesygepleje, ${name} Kommune`,
      {
        ...municipal(code),
        kind: "home-care",
      },
    ),
    actor(`${key}-executive`, `Executive management, ${name} Municipality`, `Direktionen, ${name} Kommune`, {
      ...municipal(code),
      kind: "management",
      cite: GLOSSARY,
    }),
    actor(
      `dd-team-${key}`,
      `Dual-diagnosis joint team, ${name}`,
      `Fællesteam for borgere med dobbeltdiagnose, ${name}`,
      {
        sector: "municipality",
        cluster: M4,
        kind: "team",
        cite: TEAMS,
        note: "Region and municipality around the citizen, who takes part in the meetings; tested in the second half of 2020.",
        about: { tools: ["case schema (sagsskema)", "annual wheel of professional themes (årshjul)"] },
      },
    ),
    actor(
      `gp-${key}`,
      `General practitioners in ${name} Municipality`,
      `Praktiserende læger i ${name} Kommune`,
      {
        sector: "general-practice",
        cluster: M4,
        kind: "gp",
      },
    ),
  ];
}

/** Organisations other than the region and the municipalities (those come from the reference data). */
export const organisations = [
  {
    id: HEV,
    label: { en: "Gødstrup Hospital (Hospitalsenheden Vest)", da: "Hospitalsenheden Vest (Gødstrup)" },
    sector: "region",
    cluster: M4,
  },
  {
    id: RPV,
    label: { en: "Regional Psychiatry West (Gødstrup)", da: "Regionspsykiatrien Vest (Gødstrup)" },
    sector: "region",
    cluster: M4,
  },
  {
    id: "plo-midtjylland",
    label: { en: "PLO Central Denmark", da: "PLO Midtjylland" },
    sector: "general-practice",
  },
];

/** @type {import("../../spec.js").ActorSpec[]} */
export const actors = [
  // Region: Gødstrup hospital and its psychiatry.
  actor(
    "godstrup-emergency",
    "Joint emergency department, Gødstrup Hospital",
    "Fælles Akutmodtagelse, Gødstrup",
    {
      ...regional(HEV),
      kind: "hospital-ward",
    },
  ),
  actor("godstrup-medicine", "Medical department, Gødstrup Hospital", "Medicinsk afdeling, Gødstrup", {
    ...regional(HEV),
    kind: "hospital-ward",
  }),
  actor(
    "hev-management",
    "Hospital management, Gødstrup Hospital",
    "Hospitalsledelsen, Hospitalsenheden Vest",
    {
      ...regional(HEV),
      kind: "management",
      cite: GLOSSARY,
    },
  ),
  actor(
    "psychiatry-outpatient",
    "Outpatient and community psychiatry, Regional Psychiatry West",
    "Ambulant psykiatri, Regionspsykiatrien Vest",
    {
      ...regional(RPV),
      kind: "psychiatry",
      cite: TEAMS,
      note: "The regional part of the dual-diagnosis teams.",
    },
  ),
  actor(
    "psychiatry-inpatient",
    "Psychiatric inpatient wards, Regional Psychiatry West",
    "Psykiatriske sengeafsnit, Regionspsykiatrien Vest",
    { ...regional(RPV), kind: "psychiatry" },
  ),
  actor(
    "psychiatry-emergency",
    "Psychiatric emergency unit, Regional Psychiatry West",
    "Psykiatrisk akutmodtagelse, Regionspsykiatrien Vest",
    { ...regional(RPV), kind: "psychiatry" },
  ),
  actor(
    "rm-psychiatry-social",
    "Psychiatry and social services, Central Denmark Region",
    "Psykiatri og Social, Region Midtjylland",
    {
      sector: "region",
      organisation: "region-1082",
      kind: "management",
      cite: TEAMS,
      note: "Started the care-places pilot with Holstebro Municipality.",
    },
  ),
  // Forums.
  actor("klyngestyregruppe-vestklyngen", "Vestklyngen steering group", "Klyngestyregruppen, Vestklyngen", {
    sector: "region",
    cluster: M4,
    kind: "forum",
    cite: TEAMS,
    note: "The team model is developed and tested 'in Vestklyngen'; the steering group is the cluster's body (glossary).",
  }),
  actor(
    "sundhedskoordinationsudvalget",
    "Health Coordination Committee, Central Denmark Region (until 2022)",
    "Sundhedskoordinationsudvalget",
    {
      sector: "region",
      organisation: "region-1082",
      kind: "forum",
      cite: GLOSSARY,
      note: "Drafted the health agreement 2019–2023 whose goal the team model carries out.",
    },
  ),
  actor(
    "annual-wheel",
    "Annual wheel of professional themes on dual diagnosis",
    "Årshjul for faglige temaer om dobbeltdiagnose",
    {
      sector: "region",
      cluster: M4,
      kind: "forum",
      cite: TEAMS,
      note: "Knowledge sharing across sectors about each other's options and responsibilities.",
    },
  ),
  // Municipalities.
  ...municipalUnits("holstebro", "Holstebro", "661"),
  actor(
    "holstebro-care-places",
    "Care places pilot, Holstebro Municipality",
    "Omsorgspladser, Holstebro Kommune",
    {
      ...municipal("661"),
      kind: "residential-care",
      cite: TEAMS,
      note: "Lodging, addiction treatment and psychiatric treatment in a low-intensity offer built on care; planned from 1 January 2021.",
      facts: { cite: TEAMS, values: { beds: 2 } },
    },
  ),
  ...municipalUnits("ringkobing-skjern", "Ringkøbing-Skjern", "760"),
  // General practice.
  actor("plo-midtjylland-representatives", "PLO Central Denmark (GP representatives)", "PLO Midtjylland", {
    sector: "general-practice",
    organisation: "plo-midtjylland",
    kind: "gp-organisation",
    cite: GLOSSARY,
  }),
  // Citizens.
  actor(
    "dd-citizen",
    "Citizen with dual diagnosis (mental illness and substance use)",
    "Borger med dobbeltdiagnose (psykisk lidelse og misbrug)",
    { sector: "citizen", cluster: M4, kind: "patient", cite: TEAMS },
  ),
  actor(
    "dd-relatives",
    "Relatives of a citizen with dual diagnosis",
    "Pårørende til borger med dobbeltdiagnose",
    {
      sector: "citizen",
      cluster: M4,
      kind: "relative",
    },
  ),
];
