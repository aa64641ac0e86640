// Klynge Vest: who works with whom. Existence from the minutes (cite) or illustrative; numbers drawn
// by the generator from the ranges given here. Volumes are sized for a cluster of about 64,000
// inhabitants (Thisted ≈ 43,000, Morsø ≈ 20,000), scaled from scale_data.md: about 60,000 admissions
// a year per average cluster of 270,000, and about 1,600 home-care recipients per average municipality.
import { MEDCOM, KLYNGE_VEST_MINUTES as MINUTES } from "../../sources.js";
import { collab, comm, gov, handoff } from "../../spec.js";

const MEMBERS_NOT_LISTED =
  "The minutes do not list the operations forum's members; this membership is assumed.";
const CLOSER_DIALOGUE =
  "The youth project exists to make the dialogue between psychiatry and municipal caseworkers closer and better coordinated.";

/** @type {import("../../spec.js").TieSpec[]} */
export const ties = [
  // Governance: the steering group's members (roles in the participant list) and how the bodies report.
  gov("auh-executive", "klyngestyregruppe-vest", { cite: MINUTES, role: "co-chair (region)" }),
  gov("thisted-executive", "klyngestyregruppe-vest", { cite: MINUTES, role: "co-chair (municipality)" }),
  gov("morso-executive", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("thisted-department-heads", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("morso-department-heads", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("morso-health", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("auh-thisted-site-management", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("auh-near-health", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("rn-executive", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("rn-health-planning", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("psychiatry-executive", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("plo-nordjylland-representatives", "klyngestyregruppe-vest", { cite: MINUTES }),
  gov("auh-quality", "klyngestyregruppe-vest", { cite: MINUTES, role: "secretariat" }),
  gov("municipal-secretariat", "klyngestyregruppe-vest", { cite: MINUTES, role: "secretariat" }),
  gov("driftsforum-vest", "klyngestyregruppe-vest", {
    cite: MINUTES,
    role: "proposes improvement projects; the steering group prioritises 1–2",
  }),
  gov("klyngestyregruppe-vest", "sundhedsklynge-vest-politisk", {
    cite: MINUTES,
    role: "administrative level; prepares the political level's agenda",
  }),
  gov("klyngestyregruppe-vest", "strategisk-sundhedsforum", {
    cite: MINUTES,
    role: "reports back on the use of the joint cluster funds",
  }),
  gov("plo-nordjylland-representatives", "sundhedsklynge-vest-politisk", { cite: MINUTES }),
  gov("patient-involvement-committee", "sundhedsklynge-vest-politisk", {
    cite: MINUTES,
    role: "patients and relatives take part where relevant",
  }),
  gov("patientens-team", "klyngestyregruppe-vest", { cite: MINUTES, role: "project reports status" }),
  gov("leadership-project-vest", "klyngestyregruppe-vest", {
    cite: MINUTES,
    role: "participants appointed and followed by the cluster",
  }),
  gov("leadership-project-vest", "national-leadership-programme", {
    cite: MINUTES,
    role: "part of the programme",
  }),
  gov("center-for-parorende", "klyngestyregruppe-vest", {
    cite: MINUTES,
    role: "cooperation agreement approved by the steering group",
  }),
  gov("auh-thisted-acute", "driftsforum-vest", { note: MEMBERS_NOT_LISTED }),
  gov("psychiatry-thy-mors", "driftsforum-vest", { note: MEMBERS_NOT_LISTED }),
  gov("thisted-health", "driftsforum-vest", { note: MEMBERS_NOT_LISTED }),
  gov("morso-health", "driftsforum-vest", { note: MEMBERS_NOT_LISTED }),
  gov("plo-nordjylland-representatives", "driftsforum-vest", { note: MEMBERS_NOT_LISTED }),

  // Collaboration: the youth project, the leadership-programme project, the relatives' offer.
  collab("psychiatry-thy-mors", "patientens-team", { cite: MINUTES, role: "runs the project" }),
  collab("thisted-jobcentre", "patientens-team", { cite: MINUTES }),
  collab("thisted-social", "patientens-team", { cite: MINUTES }),
  collab("morso-jobcentre", "patientens-team", { cite: MINUTES }),
  collab("morso-social", "patientens-team", { cite: MINUTES }),
  collab("young-person", "patientens-team", { cite: MINUTES, role: "the person the team is built around" }),
  collab("auh-thisted-site-management", "patientens-team", {
    cite: MINUTES,
    role: "offers work placements",
  }),
  collab("auh-thisted-acute", "leadership-project-vest", { cite: MINUTES, role: "participant" }),
  collab("auh-thisted-medicine", "leadership-project-vest", { cite: MINUTES, role: "participant" }),
  collab("thisted-afklaringscenter", "leadership-project-vest", { cite: MINUTES, role: "participant" }),
  collab("morso-health", "leadership-project-vest", { cite: MINUTES, role: "participant" }),
  collab("auh-quality", "leadership-project-vest", { cite: MINUTES, role: "participant" }),
  collab("plo-nordjylland-representatives", "leadership-project-vest", {
    cite: MINUTES,
    role: "possible participant",
    note: "The minutes list 'PLO ?': general practice's role in the project was still open.",
  }),
  collab("center-for-parorende", "morso-social", {
    cite: MINUTES,
    role: "cooperation agreement on video family conversations",
  }),
  collab("center-for-parorende", "morso-health", { cite: MINUTES, role: "presented the pilot together" }),
  collab("strategisk-sundhedsforum", "kommune-kontaktudvalget", {
    cite: MINUTES,
    role: "discussed the organisation of the new clusters together",
  }),

  // Communication: MedCom messages between hospital, home care and GPs (all regions and municipalities
  // use them), and the channels the minutes describe.
  comm("auh-thisted-medicine", "thisted-home-care", "hospital_notification", "medium", [1200, 2400], {
    cite: MEDCOM,
  }),
  comm("thisted-home-care", "auh-thisted-medicine", "admission_report", "medium", [300, 700], {
    cite: MEDCOM,
  }),
  comm("auh-thisted-medicine", "thisted-home-care", "discharge_report", "medium", [300, 700], {
    cite: MEDCOM,
  }),
  comm("auh-thisted-medicine", "morso-home-care", "hospital_notification", "medium", [600, 1200], {
    cite: MEDCOM,
  }),
  comm("morso-home-care", "auh-thisted-medicine", "admission_report", "medium", [150, 350], {
    cite: MEDCOM,
  }),
  comm("auh-thisted-medicine", "morso-home-care", "discharge_report", "medium", [150, 350], {
    cite: MEDCOM,
  }),
  comm("auh-thisted-medicine", "gp-thisted", "discharge_letter", "high", [2000, 4000], { cite: MEDCOM }),
  comm("auh-thisted-medicine", "gp-morso", "discharge_letter", "high", [1000, 2000], { cite: MEDCOM }),
  comm("gp-thisted", "auh-thisted-acute", "referral", "medium", [1500, 3000], { cite: MEDCOM }),
  comm("gp-morso", "auh-thisted-acute", "referral", "medium", [800, 1500], { cite: MEDCOM }),
  comm("thisted-home-care", "gp-thisted", "care_communication", "medium", [400, 900], { cite: MEDCOM }),
  comm("morso-home-care", "gp-morso", "care_communication", "medium", [200, 450], { cite: MEDCOM }),
  comm("thisted-jobcentre", "gp-thisted", "NFS", "medium", [300, 700], { cite: MEDCOM }),
  comm("morso-jobcentre", "gp-morso", "NFS", "medium", [150, 350], { cite: MEDCOM }),
  comm("auh-thisted-acute", "thisted-afklaringscenter", "phone", "medium", [150, 400], { cite: MINUTES }),
  comm("auh-thisted-acute", "morso-assessment", "phone", "medium", [80, 200], { cite: MINUTES }),
  comm("gp-thisted", "thisted-afklaringscenter", "phone", "low", [50, 150], {
    note: "General practice's role in the acute and assessment collaboration was still open in June 2022.",
  }),
  comm("psychiatry-thy-mors", "thisted-jobcentre", "phone", "low", [30, 80], {
    cite: MINUTES,
    note: CLOSER_DIALOGUE,
  }),
  comm("psychiatry-thy-mors", "thisted-social", "care_communication", "low", [30, 80], {
    cite: MINUTES,
    note: CLOSER_DIALOGUE,
  }),
  comm("psychiatry-thy-mors", "morso-jobcentre", "phone", "low", [15, 40], {
    cite: MINUTES,
    note: CLOSER_DIALOGUE,
  }),
  comm("psychiatry-thy-mors", "morso-social", "care_communication", "low", [15, 40], {
    cite: MINUTES,
    note: CLOSER_DIALOGUE,
  }),
  comm("patientens-team", "young-person", "meeting", "medium", [40, 120], { cite: MINUTES }),
  comm("center-for-parorende", "family-morso", "video", "high", [20, 60], {
    cite: MINUTES,
    note: "Families were very satisfied; the conversation staff found it harder to give the same quality by video.",
  }),
  comm("psychiatry-thy-mors", "gp-thisted", "discharge_letter", "medium", [200, 500]),
  comm("psychiatry-thy-mors", "gp-morso", "discharge_letter", "medium", [100, 250]),
  comm("gp-thisted", "acute-patient", "meeting", "high", [1500, 3000]),

  // Handoffs: patients per year; waits in hours (acute) or days.
  handoff("gp-thisted", "auh-thisted-acute", [1800, 3200], { hours: [1, 6] }),
  handoff("gp-morso", "auh-thisted-acute", [900, 1600], { hours: [2, 8] }),
  handoff("auh-thisted-acute", "auh-thisted-medicine", [2500, 4500], { hours: [1, 6] }),
  handoff("auh-thisted-acute", "thisted-afklaringscenter", [100, 300], { hours: [2, 24] }, { cite: MINUTES }),
  handoff("auh-thisted-acute", "morso-assessment", [50, 150], { hours: [2, 24] }, { cite: MINUTES }),
  handoff("gp-thisted", "thisted-afklaringscenter", [80, 250], { hours: [2, 24] }),
  handoff("auh-thisted-medicine", "thisted-home-care", [500, 900], { hours: [4, 48] }),
  handoff("auh-thisted-medicine", "morso-home-care", [250, 450], { hours: [4, 48] }),
  handoff("thisted-afklaringscenter", "thisted-home-care", [60, 180], { hours: [2, 24] }),
  handoff("psychiatry-thy-mors", "patientens-team", [10, 25], { days: [7, 30] }, { cite: MINUTES }),
  handoff("patientens-team", "thisted-jobcentre", [6, 15], { days: [7, 28] }, { cite: MINUTES }),
  handoff("patientens-team", "morso-jobcentre", [3, 8], { days: [7, 28] }, { cite: MINUTES }),
  handoff("psychiatry-thy-mors", "center-for-parorende", [20, 60], { days: [14, 60] }),
];
