// The sectors every example file draws from, with the same ids and labels everywhere.

/** @typedef {{ en: string, da: string }} Label */

/** Sector id → label and description. A file lists only the sectors its actors use. */
export const SECTORS = Object.freeze({
  region: {
    label: { en: "Region (hospitals and psychiatry)", da: "Region (hospitaler og psykiatri)" },
    description:
      "Regional hospitals and psychiatry. Cluster forums also sit here: an actor needs one sector, and their cross-sector make-up shows in their governance ties.",
  },
  municipality: {
    label: { en: "Municipality", da: "Kommune" },
    description: "Municipal health, care, social and employment services.",
  },
  "general-practice": {
    label: { en: "General practice", da: "Almen praksis" },
    description: "Self-employed GPs under contract with the region, and their organisation (PLO).",
  },
  citizen: {
    label: { en: "Citizens (patients and relatives)", da: "Borgere (patienter og pårørende)" },
    description: "Patients, citizens in a case, relatives, and their representatives.",
  },
  national: {
    label: { en: "National bodies", da: "Nationale aktører" },
    description: "Parliament, national authorities, KL, Danish Regions, professional organisations.",
  },
  "patient-organisation": {
    label: { en: "Patient organisations", da: "Patientforeninger" },
    description: "Associations of patients and relatives.",
  },
  research: {
    label: { en: "Research", da: "Forskning" },
    description: "Researchers and research projects.",
  },
});

/**
 * The `sectors` section of a network document for the given ids, in the order given.
 *
 * @param {string[]} ids
 * @returns {{ id: string, label: Label, description: string }[]}
 */
export function sectorsFor(ids) {
  return ids.map((id) => {
    const sector = SECTORS[/** @type {keyof typeof SECTORS} */ (id)];
    if (sector === undefined) throw new Error(`unknown sector "${id}"`);
    return { id, ...sector };
  });
}
