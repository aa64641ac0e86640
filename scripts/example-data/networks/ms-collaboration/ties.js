// The MS collaboration project: who works with whom. Volumes count contacts and patients concerning
// citizens with MS: about 1,100–1,300 admissions a year at the two MS hospitals (scale_data.md), so a
// municipality of 20,000–50,000 inhabitants sends a handful to a few dozen patients a year.
import { GLOSSARY, KL_REGIONS_ARTICLE, MEDCOM, MS_REFERENCE_GROUP as MS } from "../../sources.js";
import { collab, comm, gov, handoff } from "../../spec.js";

const STEERING = "styregruppen-paa-tvaers";
const REFERENCE = "reference-group";
/** Each municipality's MS hospital (by geography) and a size factor (Morsø is about half the others). */
const MUNICIPALITIES = [
  { m: "kalundborg", hospital: "ms-haslev", size: 1 },
  { m: "morso", hospital: "ms-ry", size: 0.5 },
  { m: "vejen", hospital: "ms-ry", size: 1 },
];
const INTERFACES = "Many interfaces between municipalities and hospital can block that the patient is heard.";
const DEPARTMENTS = "The municipality's departments need to work more and better together.";

/**
 * @param {number} size
 * @param {[number, number]} range the range for a municipality of about 45,000 inhabitants
 * @returns {[number, number]}
 */
const sized = (size, [lo, hi]) => [Math.max(1, Math.round(lo * size)), Math.max(1, Math.round(hi * size))];

/** @type {import("../../spec.js").TieSpec[]} */
export const ties = [
  // Governance: the reference group follows the project; the project's partners, funder and evaluator.
  gov(REFERENCE, STEERING, { cite: MS, role: "follows and advises the project" }),
  ...[
    "kl",
    "danske-regioner",
    "professional-organisations",
    "patient-representatives",
    "gp-representative",
    "research-organisational-sociology",
  ].map((body) => gov(body, REFERENCE, { cite: MS })),
  gov("ms-project-lead", STEERING, { cite: MS }),
  ...MUNICIPALITIES.map(({ m }) => gov(`${m}-project-lead`, STEERING, { cite: MS })),
  gov(STEERING, "parliament-rate-pool", { cite: MS, role: "funded by" }),
  gov(STEERING, "sundhedsstyrelsen", { cite: MS, role: "evaluated by" }),
  gov("ms-haslev", "scleroseforeningen", { cite: GLOSSARY, role: "owned by" }),
  gov("ms-ry", "scleroseforeningen", { cite: GLOSSARY, role: "owned by" }),

  // Collaboration.
  collab("kl", "danske-regioner", {
    cite: KL_REGIONS_ARTICLE,
    role: "joint strategies for a coherent health system",
  }),
  ...MUNICIPALITIES.map(({ m }) => collab("ms-project-lead", `${m}-project-lead`, { cite: MS })),

  // Communication.
  ...MUNICIPALITIES.flatMap(({ m, hospital, size }) => [
    comm(hospital, `${m}-rehab`, "rehab_plan", "low", sized(size, [10, 30]), { cite: MS, note: INTERFACES }),
    comm(hospital, `gp-${m}`, "discharge_letter", "medium", sized(size, [10, 30]), { cite: MEDCOM }),
    comm(`gp-${m}`, `${m}-rehab`, "care_communication", "low", sized(size, [10, 40]), {
      cite: MS,
      note: "The municipal project leader wants more direct collaboration with GPs; the GP wants one person with MS knowledge to call in the municipality.",
    }),
    comm(`gp-${m}`, `${m}-jobcentre`, "NFS", "medium", sized(size, [5, 20]), { cite: MEDCOM }),
    comm(`${m}-rehab`, `${m}-jobcentre`, "phone", "low", sized(size, [5, 20]), {
      cite: MS,
      note: DEPARTMENTS,
    }),
    comm(`${m}-rehab`, `${m}-caseworkers`, "phone", "low", sized(size, [5, 20]), {
      cite: MS,
      note: DEPARTMENTS,
    }),
    comm(`${m}-jobcentre`, `${m}-caseworkers`, "phone", "low", sized(size, [5, 20]), {
      cite: MS,
      note: DEPARTMENTS,
    }),
    comm(`${m}-jobcentre`, "ms-patient", "meeting", "low", sized(size, [10, 40]), {
      cite: MS,
      note: "Caseworkers and the jobcentre must meet legal requirements that can seem to matter more than helping the citizen.",
    }),
    comm(`${m}-caseworkers`, "ms-patient", "meeting", "medium", sized(size, [10, 40])),
    comm(`${m}-home-care`, `gp-${m}`, "care_communication", "medium", sized(size, [20, 60]), {
      cite: MEDCOM,
    }),
  ]),
  comm("ms-haslev", "ms-patient", "meeting", "high", [300, 600]),
  comm("ms-ry", "ms-patient", "meeting", "high", [250, 500]),
  comm("ms-ry", "ms-relatives", "meeting", "medium", [50, 150]),
  comm("ms-haslev", "ms-relatives", "meeting", "medium", [60, 180]),

  // Handoffs: patients with MS per year; waits in days.
  ...MUNICIPALITIES.flatMap(({ m, hospital, size }) => [
    handoff(`gp-${m}`, hospital, sized(size, [8, 20]), { days: [30, 120] }, { cite: GLOSSARY }),
    handoff(hospital, `${m}-rehab`, sized(size, [6, 16]), { days: [3, 21] }, { cite: MS }),
    handoff(`${m}-rehab`, `${m}-home-care`, sized(size, [2, 6]), { days: [1, 14] }),
    handoff(`${m}-rehab`, `${m}-jobcentre`, sized(size, [1, 5]), { days: [14, 60] }),
  ]),
];
