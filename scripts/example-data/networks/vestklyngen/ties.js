// Vestklyngen: who works with whom. Volumes are sized for Holstebro (≈ 59,000 inhabitants) and
// Ringkøbing-Skjern (≈ 56,000), the two municipalities of the cluster this network covers.
import { GLOSSARY, MEDCOM, TEAM_MODELS as TEAMS } from "../../sources.js";
import { collab, comm, gov, handoff } from "../../spec.js";

const STEERING = "klyngestyregruppe-vestklyngen";
const MUNICIPALITIES = ["holstebro", "ringkobing-skjern"];
const LIMITED_MEDCOM =
  "MedCom messages reach psychiatry and the social sector only to a limited, locally varying extent.";

/** @type {import("../../spec.js").TieSpec[]} */
export const ties = [
  // Governance.
  gov(STEERING, "sundhedskoordinationsudvalget", {
    cite: GLOSSARY,
    role: "carries out the health agreement",
  }),
  gov("hev-management", STEERING, { cite: GLOSSARY }),
  gov("rm-psychiatry-social", STEERING, { cite: GLOSSARY }),
  gov("plo-midtjylland-representatives", STEERING, { cite: GLOSSARY }),
  ...MUNICIPALITIES.flatMap((m) => [
    gov(`${m}-executive`, STEERING, { cite: GLOSSARY }),
    gov(`dd-team-${m}`, STEERING, { cite: TEAMS, role: "developed and tested in the cluster" }),
  ]),
  gov("holstebro-care-places", "holstebro-executive", {
    cite: TEAMS,
    role: "municipal pilot, funded as a project",
  }),

  // Collaboration: the joint teams, the annual wheel, the care-places pilot.
  ...MUNICIPALITIES.flatMap((m) => [
    collab("psychiatry-outpatient", `dd-team-${m}`, { cite: TEAMS, role: "regional part" }),
    collab(`${m}-addiction`, `dd-team-${m}`, { cite: TEAMS, role: "municipal part" }),
    collab(`${m}-social-psychiatry`, `dd-team-${m}`, { cite: TEAMS, role: "municipal part" }),
    collab("dd-citizen", `dd-team-${m}`, { cite: TEAMS, role: "takes part in the meetings" }),
    collab(`${m}-addiction`, "annual-wheel", { cite: TEAMS }),
    collab(`${m}-social-psychiatry`, "annual-wheel", { cite: TEAMS }),
  ]),
  collab("psychiatry-outpatient", "annual-wheel", { cite: TEAMS }),
  collab("holstebro-care-places", "rm-psychiatry-social", {
    cite: TEAMS,
    role: "joint pilot of region and municipality",
  }),
  collab("holstebro-care-places", "holstebro-addiction", {
    cite: TEAMS,
    role: "addiction treatment on site",
  }),
  collab("holstebro-care-places", "psychiatry-outpatient", {
    cite: TEAMS,
    role: "psychiatric treatment on site",
  }),

  // Communication.
  ...MUNICIPALITIES.flatMap((m) => [
    comm("psychiatry-outpatient", `${m}-addiction`, "case_schema", "medium", [20, 60], { cite: TEAMS }),
    comm(`dd-team-${m}`, "dd-citizen", "meeting", "medium", [20, 50], { cite: TEAMS }),
    comm("psychiatry-inpatient", `${m}-social-psychiatry`, "care_communication", "low", [20, 60], {
      cite: MEDCOM,
      note: LIMITED_MEDCOM,
    }),
    comm("psychiatry-inpatient", `gp-${m}`, "discharge_letter", "medium", [150, 350], { cite: MEDCOM }),
    comm("godstrup-medicine", `${m}-home-care`, "hospital_notification", "medium", [1500, 3000], {
      cite: MEDCOM,
    }),
    comm(`${m}-home-care`, "godstrup-medicine", "admission_report", "medium", [400, 800], { cite: MEDCOM }),
    comm("godstrup-medicine", `${m}-home-care`, "discharge_report", "medium", [400, 800], { cite: MEDCOM }),
    comm("godstrup-medicine", `gp-${m}`, "discharge_letter", "high", [2500, 5000], { cite: MEDCOM }),
    comm(`gp-${m}`, "godstrup-emergency", "referral", "medium", [1800, 3500], { cite: MEDCOM }),
    comm(`gp-${m}`, `${m}-jobcentre`, "NFS", "medium", [400, 900], { cite: MEDCOM }),
    comm(`gp-${m}`, `${m}-addiction`, "care_communication", "low", [20, 60]),
    comm(`${m}-addiction`, `${m}-social-psychiatry`, "phone", "medium", [40, 120]),
    comm("psychiatry-emergency", `${m}-addiction`, "phone", "low", [10, 40]),
  ]),
  comm("holstebro-care-places", "psychiatry-outpatient", "phone", "medium", [20, 60]),
  comm("dd-relatives", "holstebro-social-psychiatry", "meeting", "low", [5, 20]),

  // Handoffs: patients per year; waits in hours (acute) or days.
  ...MUNICIPALITIES.flatMap((m) => [
    handoff("psychiatry-inpatient", `${m}-social-psychiatry`, [20, 60], { days: [1, 14] }),
    handoff("psychiatry-outpatient", `dd-team-${m}`, [10, 25], { days: [7, 30] }, { cite: TEAMS }),
    handoff(`${m}-addiction`, `dd-team-${m}`, [10, 25], { days: [7, 30] }, { cite: TEAMS }),
    handoff("godstrup-medicine", `${m}-home-care`, [400, 800], { hours: [4, 48] }),
    handoff(`gp-${m}`, "godstrup-emergency", [1500, 3000], { hours: [1, 6] }),
    handoff(`gp-${m}`, `${m}-addiction`, [20, 60], { days: [3, 14] }),
  ]),
  handoff("godstrup-emergency", "godstrup-medicine", [3000, 6000], { hours: [1, 8] }),
  handoff("psychiatry-emergency", "psychiatry-inpatient", [150, 350], { hours: [1, 12] }),
  handoff("holstebro-addiction", "holstebro-care-places", [3, 10], { days: [7, 60] }, { cite: TEAMS }),
  handoff("psychiatry-inpatient", "holstebro-care-places", [2, 8], { days: [1, 30] }, { cite: TEAMS }),
];
