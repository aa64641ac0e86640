// Midtklyngen: who works with whom. Volumes are sized for a cluster of about 245,000 inhabitants
// (Silkeborg ≈ 100,000, Viborg ≈ 97,000, Skive ≈ 46,000), scaled from scale_data.md: about 780
// full-time sickness-benefit recipients per average municipality (≈ 60,000 inhabitants), several cases
// per full-time recipient, and an LÆ 285 request to the GP for most cases that last over 8 weeks.
import {
  GLOSSARY,
  MEDCOM,
  MODELS,
  MIDTKLYNGEN_REPORT as REPORT,
  TEAM_MODELS as TEAMS,
} from "../../sources.js";
import { collab, comm, gov, handoff } from "../../spec.js";

const NO_CHANNEL =
  "No direct channel: the report finds weak communication between hospital and sickness-benefit units, and recommends connecting the hospital to the NFS platform GPs already use.";
const WORKING_GROUP = "working-group-inequality";
const STEERING = "klyngestyregruppe-midt";
const MUNICIPALITIES = /** @type {const} */ (["skive", "viborg", "silkeborg"]);
/** Contacts or patients per year scale with population: Skive is about half of Viborg or Silkeborg. */
const SCALE = { skive: 0.5, viborg: 1, silkeborg: 1 };

/**
 * A range scaled to a municipality's size.
 *
 * @param {keyof typeof SCALE} key
 * @param {[number, number]} range the range for Viborg or Silkeborg
 * @returns {[number, number]}
 */
const sized = (key, [lo, hi]) => [Math.max(1, Math.round(lo * SCALE[key])), Math.round(hi * SCALE[key])];

/** The ward each municipality's heart patients come from: Viborg serves Skive and Viborg. */
const CARDIOLOGY = {
  skive: "cardiology-viborg",
  viborg: "cardiology-viborg",
  silkeborg: "cardiology-silkeborg",
};

/** @type {import("../../spec.js").TieSpec[]} */
export const ties = [
  // Governance: the working group and its tracks, the steering group and where it reports.
  gov(WORKING_GROUP, STEERING, { cite: REPORT, role: "set up by and reports to" }),
  gov("track-ips", WORKING_GROUP, { cite: REPORT, role: "track of" }),
  gov("track-heart", WORKING_GROUP, { cite: REPORT, role: "track of" }),
  gov("midt-secretariat", WORKING_GROUP, { cite: REPORT, role: "secretariat" }),
  gov(STEERING, "sundhedsstyregruppen", { cite: REPORT, role: "reports to" }),
  gov("sundhedsstyregruppen", "sundhedskoordinationsudvalget", { cite: REPORT, role: "reports to" }),
  gov("hem-management", STEERING, { cite: GLOSSARY }),
  gov("hem-psychiatry", STEERING, { cite: GLOSSARY }),
  gov("plo-midtjylland-representatives", STEERING, { cite: GLOSSARY }),
  ...MUNICIPALITIES.flatMap((m) => [
    gov(`${m}-executive`, STEERING, { cite: GLOSSARY }),
    gov(`fact-${m}`, STEERING, { cite: TEAMS, role: "one of the three teams Midtklyngen set up" }),
  ]),

  // Collaboration: the working group's members (their units), the tracks, FACT and IPS.
  collab("skive-health-centre", WORKING_GROUP, { cite: REPORT, role: "chair; head of the health centre" }),
  collab("skive-jobcentre", WORKING_GROUP, {
    cite: REPORT,
    note: "The report lists a social worker from Skive Municipality; placed in the jobcentre here.",
  }),
  collab("silkeborg-sickness-benefit", WORKING_GROUP, { cite: REPORT, role: "head of the unit" }),
  collab("silkeborg-health-centre", WORKING_GROUP, { cite: REPORT, role: "head of the health house" }),
  collab("silkeborg-jobcentre", WORKING_GROUP, { cite: REPORT, role: "head of employment" }),
  collab("viborg-social", WORKING_GROUP, {
    cite: REPORT,
    note: "Viborg took part with a specialist, a deputy head and later the head of social services.",
  }),
  collab("hem-psychiatry", WORKING_GROUP, { cite: REPORT, role: "chief physician" }),
  collab("cardiology-viborg", WORKING_GROUP, { cite: REPORT, role: "chief physician, cardiology at HEM" }),
  collab("hem-hr", WORKING_GROUP, { cite: REPORT, role: "head of HR (former)" }),
  ...["silkeborg-jobcentre", "silkeborg-ips", "skive-jobcentre", "viborg-social", "hem-psychiatry"].map(
    (unit) =>
      collab(unit, "track-ips", {
        cite: REPORT,
        note: "Read from the track's topic (municipal effort and regional psychiatry) and Skive's and Viborg's interest.",
      }),
  ),
  ...[
    "cardiology-viborg",
    "cardiology-silkeborg",
    ...MUNICIPALITIES.flatMap((m) => [`${m}-health-centre`, `${m}-sickness-benefit`]),
  ].map((unit) => collab(unit, "track-heart", { cite: REPORT })),
  ...MUNICIPALITIES.flatMap((m) => [
    collab("hem-psychiatry", `fact-${m}`, { cite: TEAMS, role: "the regional practitioner" }),
    collab(`${m}-social`, `fact-${m}`, { cite: TEAMS, role: "municipal contact persons" }),
    collab("smi-citizen", `fact-${m}`, { cite: TEAMS, role: "takes part in making the plan" }),
  ]),
  collab("ccaf", STEERING, { cite: TEAMS, role: "develops the model with the cluster" }),
  collab("silkeborg-ips", "hem-psychiatry", { cite: MODELS, role: "IPS specialists work within psychiatry" }),
  collab("silkeborg-ips", "ips-trial", { cite: REPORT, role: "trial site" }),

  // Communication. Between cardiology and the sickness-benefit units there is none (see NO_CHANNEL).
  ...MUNICIPALITIES.flatMap((m) => [
    comm(`gp-${m}`, `${m}-sickness-benefit`, "NFS", "medium", sized(m, [900, 1800]), { cite: REPORT }),
    comm(`gp-${m}`, `${m}-jobcentre`, "NFS", "medium", sized(m, [300, 700]), { cite: REPORT }),
    comm(CARDIOLOGY[m], `gp-${m}`, "discharge_letter", "high", sized(m, [600, 1200]), { cite: MEDCOM }),
    comm(`gp-${m}`, CARDIOLOGY[m], "referral", "medium", sized(m, [300, 700]), { cite: MEDCOM }),
    comm(CARDIOLOGY[m], `${m}-health-centre`, "referral", "medium", sized(m, [120, 300]), { cite: REPORT }),
    comm(`${m}-sickness-benefit`, `gp-${m}`, "round_table", "low", sized(m, [20, 60]), {
      cite: REPORT,
      note: "In complicated cases general practice can find it hard to be prepared; the report asks the hospital to join.",
    }),
    comm(`${m}-sickness-benefit`, "heart-patient", "meeting", "medium", sized(m, [60, 150]), {
      cite: REPORT,
    }),
    comm(`${m}-health-centre`, `${m}-sickness-benefit`, "phone", "medium", sized(m, [20, 80])),
    comm(`fact-${m}`, "smi-citizen", "paper_plan", "medium", [30, 70], {
      cite: TEAMS,
      note: "Until the teams get a shared digital plan platform, plans are printed and coordination is on a paper board.",
    }),
    comm(`fact-${m}`, `gp-${m}`, "care_communication", "low", sized(m, [20, 80])),
    comm(`fact-${m}`, "hem-psychiatry-ward", "care_communication", "medium", [10, 40]),
  ]),
  comm("hem-psychiatry", "skive-jobcentre", "care_communication", "low", [10, 40]),
  comm("hem-psychiatry", "viborg-jobcentre", "care_communication", "low", [20, 60]),
  comm("silkeborg-ips", "hem-psychiatry", "meeting", "high", [40, 52], {
    cite: MODELS,
    note: "IPS specialists attend the treatment team's meeting weekly.",
  }),
  comm("silkeborg-jobcentre", "cash-assistance-recipient", "meeting", "medium", [100, 250]),

  // Handoffs: patients per year, waits in days.
  ...MUNICIPALITIES.flatMap((m) => [
    handoff(
      CARDIOLOGY[m],
      `${m}-sickness-benefit`,
      sized(m, [30, 70]),
      { days: [20, 60] },
      {
        cite: REPORT,
        note: NO_CHANNEL,
      },
    ),
    handoff(CARDIOLOGY[m], `${m}-health-centre`, sized(m, [100, 220]), { days: [7, 28] }, { cite: REPORT }),
    handoff(`gp-${m}`, CARDIOLOGY[m], sized(m, [300, 700]), { days: [3, 30] }),
    handoff(`${m}-sickness-benefit`, `${m}-jobcentre`, sized(m, [100, 250]), { days: [14, 60] }),
    handoff("hem-psychiatry", `fact-${m}`, [15, 30], { days: [7, 30] }, { cite: TEAMS }),
    handoff(`fact-${m}`, "hem-psychiatry-ward", [3, 12], { days: [0, 2] }),
  ]),
  handoff("hem-psychiatry", "silkeborg-ips", [30, 70], { days: [7, 21] }, { cite: MODELS }),
  handoff("silkeborg-jobcentre", "silkeborg-ips", [10, 30], { days: [7, 21] }),
];
