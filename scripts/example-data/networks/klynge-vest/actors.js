// Klynge Vest: organisations and actors (units and roles, never named persons).

import { KLYNGE_VEST_MINUTES as MINUTES } from "../../sources.js";
import { actor } from "../../spec.js";

const N4 = "N4";
const AUH = "aalborg-uh";
const PSY = "psykiatrien-rn";
const RN = "region-1081";
const THISTED = "kommune-787";
const MORSO = "kommune-773";

/** @param {string} organisation a unit at the Thisted site or in Thy-Mors */
const site = (organisation) => ({ sector: "region", organisation, cluster: N4 });
/** @param {string} organisation a region-wide unit, in no cluster */
const regionWide = (organisation) => ({ sector: "region", organisation });
/** @param {string} organisation */
const municipal = (organisation) => ({ sector: "municipality", organisation, cluster: N4 });
const forum = { sector: "region", kind: "forum", cite: MINUTES };

/** Organisations other than the region and the municipalities (those come from the reference data). */
export const organisations = [
  {
    id: AUH,
    label: { en: "Aalborg University Hospital", da: "Aalborg Universitetshospital" },
    sector: "region",
  },
  {
    id: PSY,
    label: { en: "Psychiatry, North Denmark Region", da: "Psykiatrien, Region Nordjylland" },
    sector: "region",
  },
  {
    id: "plo-nordjylland",
    label: { en: "PLO North Denmark", da: "PLO Nordjylland" },
    sector: "general-practice",
  },
];

/** @type {import("../../spec.js").ActorSpec[]} */
export const actors = [
  // Region: Aalborg University Hospital, Thisted site and hospital-wide roles.
  actor(
    "auh-thisted-acute",
    "Acute admission unit, Aalborg University Hospital Thisted",
    "Akutmodtagelsen, Aalborg Universitetshospital Thisted",
    { ...site(AUH), kind: "hospital-ward", cite: MINUTES },
  ),
  actor(
    "auh-thisted-medicine",
    "Medical department, Aalborg University Hospital Thisted",
    "Medicinsk afdeling, Aalborg Universitetshospital Thisted",
    { ...site(AUH), kind: "hospital-ward", cite: MINUTES },
  ),
  actor(
    "auh-thisted-site-management",
    "Site management, Aalborg University Hospital Thisted",
    "Matrikelledelsen, Aalborg Universitetshospital Thisted",
    { ...site(AUH), kind: "management", cite: MINUTES },
  ),
  actor(
    "auh-executive",
    "Hospital management, Aalborg University Hospital (director of nursing)",
    "Hospitalsledelsen, Aalborg Universitetshospital (sygeplejefaglig direktør)",
    { ...regionWide(AUH), kind: "management", cite: MINUTES },
  ),
  actor(
    "auh-near-health",
    "Head of local health services, Aalborg University Hospital",
    "Chef for Det Nære Sundhedsvæsen, Aalborg Universitetshospital",
    { ...regionWide(AUH), kind: "management", cite: MINUTES },
  ),
  actor(
    "auh-quality",
    "Quality and coherence, Aalborg University Hospital (regional secretariat)",
    "Kvalitet og Sammenhæng, Aalborg Universitetshospital (regionalt sekretariat)",
    { ...regionWide(AUH), kind: "administration", cite: MINUTES },
  ),
  actor(
    "rn-health-planning",
    "Patient pathways and finance – health planning, Regionshuset",
    "Patientforløb og Økonomi – Sundhedsplanlægning, Regionshuset",
    { ...regionWide(RN), kind: "administration", cite: MINUTES },
  ),
  actor("rn-executive", "Regional executive management, Regionshuset", "Direktionen, Regionshuset", {
    ...regionWide(RN),
    kind: "management",
    cite: MINUTES,
  }),
  // Region: psychiatry.
  actor(
    "psychiatry-executive",
    "Psychiatry management, North Denmark Region",
    "Direktionen, Psykiatrien i Region Nordjylland",
    { ...regionWide(PSY), kind: "management", cite: MINUTES },
  ),
  actor("psychiatry-thy-mors", "Psychiatry Thy-Mors", "Psykiatrien Thy-Mors", {
    ...site(PSY),
    kind: "psychiatry",
    cite: MINUTES,
  }),
  actor("center-for-parorende", "Centre for Relatives, Psychiatry", "Center for Pårørende, Psykiatrien", {
    ...regionWide(PSY),
    kind: "relatives-centre",
    cite: MINUTES,
    note: "Based in Aalborg; the pilot offered its family-conversation courses by video to families in Morsø.",
    facts: { cite: MINUTES, values: { pilotVideoCourses: 5 } },
  }),
  // Forums and project groups.
  actor("klyngestyregruppe-vest", "Klynge Vest steering group", "Klyngestyregruppe Vest", {
    ...forum,
    cluster: N4,
    note: "Co-chaired by the region and a municipality; continues as the cluster's administrative level.",
  }),
  actor("driftsforum-vest", "Klynge Vest operations forum", "Driftsforum, Klynge Vest", {
    ...forum,
    cluster: N4,
    note: "From June 2022 one joint operations forum; it proposes 3–5 improvement projects a year.",
  }),
  actor(
    "sundhedsklynge-vest-politisk",
    "Klynge Vest health cluster, political level",
    "Sundhedsklynge Vest, politisk niveau",
    {
      ...forum,
      cluster: N4,
      note: "Statutory from 1 July 2022: regional councillors, mayors, general practice.",
    },
  ),
  actor("strategisk-sundhedsforum", "Strategic Health Forum, North Denmark", "Strategisk Sundhedsforum", {
    ...forum,
  }),
  actor("kommune-kontaktudvalget", "Municipal Contact Committee, North Denmark", "Kommune Kontaktudvalget", {
    ...forum,
    sector: "municipality",
  }),
  actor(
    "patientens-team",
    "Patient's Team: young people (18–30) into work or education",
    "Patientens Team: Unge på vej i job eller uddannelse",
    {
      sector: "region",
      cluster: N4,
      kind: "team",
      cite: MINUTES,
      note: "Cross-sector team around the young person: psychiatry with municipal employment and social caseworkers. Run by Psychiatry Thy-Mors; extended to 31 December 2022.",
      facts: { cite: MINUTES, values: { plannedCitizens: 40, recruitedCitizens: 10 } },
    },
  ),
  actor(
    "leadership-project-vest",
    "Leadership-programme project: acute admission and municipal assessment offers",
    "Projekt i Det Nationale Ledelsesprogram: akutmodtagelse og kommunale afklaringstilbud",
    {
      sector: "region",
      cluster: N4,
      kind: "working-group",
      cite: MINUTES,
      note: "Participants appointed from the cluster; PLO's participation was still open.",
      facts: { cite: MINUTES, values: { participantsPerCluster: 5 } },
    },
  ),
  // Municipalities.
  actor("thisted-executive", "Executive management, Thisted Municipality", "Direktionen, Thisted Kommune", {
    ...municipal(THISTED),
    kind: "management",
    cite: MINUTES,
  }),
  actor("thisted-department-heads", "Department heads, Thisted Municipality", "Fagchefer, Thisted Kommune", {
    ...municipal(THISTED),
    kind: "management",
    cite: MINUTES,
    note: "Three department heads sit in the steering group; the minutes do not name their areas.",
  }),
  actor("thisted-health", "Health services, Thisted Municipality", "Sundhedsområdet, Thisted Kommune", {
    ...municipal(THISTED),
    kind: "health-centre",
  }),
  actor(
    "thisted-home-care",
    "Home care and home nursing, Thisted Municipality",
    "Hjemmepleje og hjemmesygepleje, Thisted Kommune",
    { ...municipal(THISTED), kind: "home-care" },
  ),
  actor("thisted-afklaringscenter", "Thisted Assessment Centre", "Thisted Afklaringscenter", {
    ...municipal(THISTED),
    kind: "assessment-centre",
    cite: MINUTES,
  }),
  actor(
    "thisted-jobcentre",
    "Jobcentre Thisted (employment caseworkers)",
    "Jobcenter Thisted (sagsbehandlere på beskæftigelsesområdet)",
    { ...municipal(THISTED), kind: "jobcentre", cite: MINUTES },
  ),
  actor(
    "thisted-social",
    "Social services, Thisted Municipality (caseworkers)",
    "Socialområdet, Thisted Kommune (sagsbehandlere)",
    { ...municipal(THISTED), kind: "social-services", cite: MINUTES },
  ),
  actor("morso-executive", "Executive management, Morsø Municipality", "Direktionen, Morsø Kommune", {
    ...municipal(MORSO),
    kind: "management",
    cite: MINUTES,
  }),
  actor("morso-department-heads", "Department heads, Morsø Municipality", "Fagchefer, Morsø Kommune", {
    ...municipal(MORSO),
    kind: "management",
    cite: MINUTES,
    note: "Two department heads sit in the steering group; the minutes do not name their areas.",
  }),
  actor(
    "morso-health",
    "Health services, Morsø Municipality (health professional lead)",
    "Sundhedsområdet, Morsø Kommune (sundhedsfaglig leder)",
    { ...municipal(MORSO), kind: "health-centre", cite: MINUTES },
  ),
  actor(
    "morso-home-care",
    "Home care and home nursing, Morsø Municipality",
    "Hjemmepleje og hjemmesygepleje, Morsø Kommune",
    { ...municipal(MORSO), kind: "home-care" },
  ),
  actor(
    "morso-assessment",
    "Municipal assessment offer, Morsø",
    "Kommunalt afklaringstilbud, Morsø Kommune",
    {
      ...municipal(MORSO),
      kind: "assessment-centre",
      cite: MINUTES,
      note: "The minutes speak of 'the municipal assessment offers' in the plural; Morsø's is not named.",
    },
  ),
  actor(
    "morso-jobcentre",
    "Jobcentre Morsø (employment caseworkers)",
    "Jobcenter Morsø (sagsbehandlere på beskæftigelsesområdet)",
    { ...municipal(MORSO), kind: "jobcentre", cite: MINUTES },
  ),
  actor(
    "morso-social",
    "Social and family services, Morsø Municipality (caseworkers)",
    "Social- og familieområdet, Morsø Kommune (sagsbehandlere)",
    { ...municipal(MORSO), kind: "social-services", cite: MINUTES },
  ),
  actor("municipal-secretariat", "Municipal secretariat, Klynge Vest", "Kommunalt sekretariat, Klynge Vest", {
    sector: "municipality",
    cluster: N4,
    kind: "administration",
    cite: MINUTES,
  }),
  // General practice.
  actor(
    "plo-nordjylland-representatives",
    "PLO North Denmark (GP representatives)",
    "PLO Nordjylland (repræsentanter for almen praksis)",
    { sector: "general-practice", organisation: "plo-nordjylland", kind: "gp-organisation", cite: MINUTES },
  ),
  actor(
    "gp-thisted",
    "General practitioners in Thisted Municipality",
    "Praktiserende læger i Thisted Kommune",
    {
      sector: "general-practice",
      cluster: N4,
      kind: "gp",
    },
  ),
  actor("gp-morso", "General practitioners in Morsø Municipality", "Praktiserende læger i Morsø Kommune", {
    sector: "general-practice",
    cluster: N4,
    kind: "gp",
  }),
  // Citizens.
  actor("acute-patient", "Citizen with an acute illness", "Borger med akut sygdom", {
    sector: "citizen",
    cluster: N4,
    kind: "patient",
  }),
  actor(
    "young-person",
    "Young person (18–30) with a mental illness",
    "Ung (18–30 år) med en psykisk diagnose",
    {
      sector: "citizen",
      cluster: N4,
      kind: "patient",
      cite: MINUTES,
    },
  ),
  actor("family-morso", "Family living with mental illness, Morsø", "Familie med psykisk sygdom, Morsø", {
    sector: "citizen",
    cluster: N4,
    kind: "relative",
    cite: MINUTES,
  }),
  actor(
    "patient-involvement-committee",
    "Patient and relative representatives (patient involvement committee)",
    "Patient- og pårørenderepræsentanter (patientinddragelsesudvalget)",
    { sector: "citizen", kind: "patient-representative", cite: MINUTES },
  ),
  // National.
  actor(
    "national-leadership-programme",
    "National leadership programme for health care (Danish Regions and KL)",
    "Det Nationale Ledelsesprogram på sundhedsområdet (Danske Regioner og KL)",
    { sector: "national", kind: "national-body", cite: MINUTES },
  ),
];
