// The communication channels used as `channel` on communication ties. MedCom messages use the edge
// names suggested in the domain notes (medcom_messages.md); the GP ↔ jobcentre platform keeps the
// name the sources give it (NFS).

/**
 * @typedef {object} Channel
 * @property {{ en: string, da: string }} label
 * @property {string} [medcom] the MedCom message code, where there is one
 * @property {boolean} directed whether messages run one way (sender → receiver)
 */

/** @type {Readonly<Record<string, Channel>>} */
export const CHANNELS = Object.freeze({
  hospital_notification: {
    label: { en: "Hospital notification (admission and discharge advice)", da: "Sygehusadvis" },
    medcom: "XDIS20",
    directed: true,
  },
  admission_report: {
    label: { en: "Admission report", da: "Indlæggelsesrapport" },
    medcom: "XDIS16",
    directed: true,
  },
  discharge_report: {
    label: { en: "Discharge report", da: "Udskrivningsrapport" },
    medcom: "XDIS18",
    directed: true,
  },
  rehab_plan: {
    label: { en: "Rehabilitation plan", da: "Genoptræningsplan" },
    directed: true,
  },
  discharge_letter: { label: { en: "Discharge letter", da: "Epikrise" }, medcom: "XDIS01", directed: true },
  referral: { label: { en: "Referral", da: "Henvisning" }, medcom: "XREF01 / XREF15", directed: true },
  care_communication: {
    label: { en: "Care-communication message", da: "Korrespondancemeddelelse" },
    medcom: "XDIS91",
    directed: false,
  },
  NFS: {
    label: {
      en: "LÆ certificates through the GP–jobcentre platform (the sources' NFS; MedCom DDB)",
      da: "LÆ-attester via NetForvaltningen (NFS; MedCom DDB)",
    },
    medcom: "DDB",
    directed: false,
  },
  round_table: { label: { en: "Round-table meeting", da: "Rundbordssamtale" }, directed: false },
  meeting: { label: { en: "Meeting or consultation in person", da: "Møde eller samtale" }, directed: false },
  phone: { label: { en: "Phone", da: "Telefon" }, directed: false },
  video: { label: { en: "Video conversation", da: "Videosamtale" }, directed: false },
  paper_plan: {
    label: { en: "Printed plans and a paper board on the wall", da: "Print af planer og papir på væggen" },
    directed: false,
  },
  case_schema: { label: { en: "Shared case schema", da: "Sagsskema" }, directed: false },
});
