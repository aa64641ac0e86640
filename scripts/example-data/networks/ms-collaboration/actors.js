// The MS collaboration project: the two MS hospitals, three municipalities in three clusters, general
// practice, the citizen and relatives, and the bodies of the project's reference group.

import { GLOSSARY, MS_REFERENCE_GROUP as MS, SCALE } from "../../sources.js";
import { actor } from "../../spec.js";

const SH = "sclerosehospitalerne";

/**
 * The units of one project municipality the reference group speaks of: rehabilitation and health,
 * jobcentre, caseworkers, the municipal project leader; home care and the GPs are illustrative.
 *
 * @param {string} key id prefix
 * @param {string} name
 * @param {string} code kommunekode
 * @param {string} cluster
 * @returns {import("../../spec.js").ActorSpec[]}
 */
function municipalUnits(key, name, code, cluster) {
  const municipal = { sector: "municipality", organisation: `kommune-${code}`, cluster };
  return [
    actor(
      `${key}-rehab`,
      `Rehabilitation and health, ${name} Municipality`,
      `Genoptræning og sundhed, ${name} Kommune`,
      {
        ...municipal,
        kind: "health-centre",
        cite: MS,
      },
    ),
    actor(`${key}-jobcentre`, `Jobcentre ${name}`, `Jobcenter ${name}`, {
      ...municipal,
      kind: "jobcentre",
      cite: MS,
    }),
    actor(
      `${key}-caseworkers`,
      `Caseworkers, social and disability services, ${name} Municipality`,
      `Sagsbehandlere, social- og handicapområdet, ${name} Kommune`,
      { ...municipal, kind: "social-services", cite: MS },
    ),
    actor(
      `${key}-home-care`,
      `Home care and home nursing, ${name} Municipality`,
      `Hjemmepleje og hjemmesygepleje, ${name} Kommune`,
      {
        ...municipal,
        kind: "home-care",
      },
    ),
    actor(
      `${key}-project-lead`,
      `Municipal project leader, ${name} Municipality`,
      `Kommunal projektleder, ${name} Kommune`,
      {
        ...municipal,
        kind: "project-lead",
        cite: MS,
      },
    ),
    actor(
      `gp-${key}`,
      `General practitioners in ${name} Municipality`,
      `Praktiserende læger i ${name} Kommune`,
      {
        sector: "general-practice",
        cluster,
        kind: "gp",
      },
    ),
  ];
}

/** Organisations other than the municipalities (those come from the reference data). */
export const organisations = [
  {
    id: SH,
    label: { en: "The Danish MS hospitals (Sclerosehospitalerne)", da: "Sclerosehospitalerne" },
    sector: "region",
    description:
      "Two non-profit specialist hospitals owned by the Danish MS Society, paid by the regions; placed in the region (hospital) sector and in no cluster, as they serve the whole country.",
  },
  {
    id: "scleroseforeningen",
    label: { en: "Danish MS Society", da: "Scleroseforeningen" },
    sector: "patient-organisation",
  },
];

/** @type {import("../../spec.js").ActorSpec[]} */
export const actors = [
  // Region (hospital sector): the MS hospitals and the project's own bodies.
  actor("ms-haslev", "MS hospital Haslev (inpatient rehabilitation)", "Sclerosehospitalet i Haslev", {
    sector: "region",
    organisation: SH,
    kind: "hospital-ward",
    cite: MS,
    about: { location: "Haslev (Faxe Municipality)" },
    facts: { cite: SCALE, values: { beds: 42 } },
  }),
  actor("ms-ry", "MS hospital Ry (inpatient rehabilitation)", "Sclerosehospitalet i Ry", {
    sector: "region",
    organisation: SH,
    kind: "hospital-ward",
    cite: MS,
    about: { location: "Ry (Skanderborg Municipality)" },
    facts: { cite: SCALE, values: { beds: 36 } },
  }),
  actor(
    "ms-project-lead",
    "Project management, MS collaboration project",
    "Projektledelsen, samarbejdsprojektet",
    {
      sector: "region",
      organisation: SH,
      kind: "project-lead",
      cite: MS,
      note: "The source names the project leaders' task, not their employer; placed with the MS hospitals here.",
    },
  ),
  actor("styregruppen-paa-tvaers", "Project steering group 'På Tværs'", "Styregruppen på Tværs", {
    sector: "region",
    kind: "forum",
    cite: MS,
  }),
  actor("reference-group", "Reference group of the MS collaboration project", "Referencegruppen", {
    sector: "region",
    kind: "forum",
    cite: MS,
    note: "Professional organisations, KL, Danish Regions, patients and research; first met on 24 January.",
  }),
  // Municipalities in three clusters.
  ...municipalUnits("kalundborg", "Kalundborg", "326", "S2"),
  ...municipalUnits("morso", "Morsø", "773", "N4"),
  ...municipalUnits("vejen", "Vejen", "575", "D4"),
  // General practice.
  actor("gp-representative", "GP in the reference group", "Praktiserende læge i referencegruppen", {
    sector: "general-practice",
    kind: "gp",
    cite: MS,
  }),
  // Citizens.
  actor("ms-patient", "Citizen with multiple sclerosis", "Borger med sclerose", {
    sector: "citizen",
    kind: "patient",
    cite: MS,
  }),
  actor(
    "ms-relatives",
    "Relatives and family, including families with children",
    "Pårørende og familie, også børnefamilier",
    {
      sector: "citizen",
      kind: "relative",
      cite: MS,
    },
  ),
  actor(
    "patient-representatives",
    "Patient representatives in the reference group",
    "Patientrepræsentanter i referencegruppen",
    {
      sector: "citizen",
      kind: "patient-representative",
      cite: MS,
    },
  ),
  // Patient organisation, national bodies, research.
  actor("scleroseforeningen", "Danish MS Society", "Scleroseforeningen", {
    sector: "patient-organisation",
    organisation: "scleroseforeningen",
    kind: "patient-organisation",
    cite: GLOSSARY,
    note: "Owns the two MS hospitals.",
  }),
  actor("kl", "Local Government Denmark (KL)", "Kommunernes Landsforening (KL)", {
    sector: "national",
    kind: "national-body",
    cite: MS,
  }),
  actor("danske-regioner", "Danish Regions", "Danske Regioner", {
    sector: "national",
    kind: "national-body",
    cite: MS,
  }),
  actor(
    "professional-organisations",
    "Professional organisations of health professionals",
    "Faglige organisationer for sundhedsprofessionelle",
    { sector: "national", kind: "national-body", cite: MS },
  ),
  actor("sundhedsstyrelsen", "Danish Health Authority", "Sundhedsstyrelsen", {
    sector: "national",
    kind: "national-body",
    cite: MS,
    note: "Evaluates the project.",
  }),
  actor("parliament-rate-pool", "Danish Parliament (rate-adjustment pool)", "Folketinget (satspuljen)", {
    sector: "national",
    kind: "national-body",
    cite: MS,
    note: "Granted DKK 6 million from the rate-adjustment pool to projects on MS hospital–municipality collaboration.",
  }),
  actor(
    "research-organisational-sociology",
    "Research in organisational sociology",
    "Forskning i organisationssociologi",
    {
      sector: "research",
      kind: "research",
      cite: MS,
    },
  ),
];
