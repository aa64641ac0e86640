/**
 * Whether patients and relatives (or their representatives) sit in each forum and came to each of its
 * meetings. The Klynge Vest minutes (12th meeting) keep patient and citizen involvement as a standing
 * item and require patient and relative representatives at the political and administrative levels.
 * A seat is a patient seat when its sector or kind is one of the given ones.
 */
import type { NetworkDocument } from "@tvaers/model";
import { seatsOf } from "../two-mode/seats.js";

/** Which sectors and kinds stand for patients and relatives. */
export interface PatientPresenceOptions {
  /** Default `citizen`, `patient-organisation`. */
  sectors?: readonly string[];
  /** Default `patient`, `relative`, `patient-representative`, `patient-organisation`. */
  kinds?: readonly string[];
}

/** Patient and relative presence in one forum. */
export interface PatientPresence {
  forum: string;
  /** A standing membership holds a patient seat. */
  member: boolean;
  /** Each meeting, by date: whether a patient seat was present. */
  meetings: { date: string; present: boolean }[];
}

/** Patient and relative presence in every forum, meetings sorted by date. */
export function patientPresence(
  doc: NetworkDocument,
  options: PatientPresenceOptions = {},
): PatientPresence[] {
  const sectors = options.sectors ?? ["citizen", "patient-organisation"];
  const kinds = options.kinds ?? ["patient", "relative", "patient-representative", "patient-organisation"];
  const seats = seatsOf(doc);
  const isPatient = (s: (typeof seats)[number]) =>
    (s.sector !== undefined && sectors.includes(s.sector)) ||
    (s.kind !== undefined && kinds.includes(s.kind));
  return (doc.forums ?? []).map((forum) => {
    const own = seats.filter((s) => s.membership.forum === forum.id);
    const dates = [
      ...new Set(own.map((s) => s.membership.date).filter((d): d is string => d !== undefined)),
    ].sort();
    return {
      forum: forum.id,
      member: own.some((s) => s.membership.date === undefined && isPatient(s)),
      meetings: dates.map((date) => ({
        date,
        present: own.some(
          (s) => s.membership.date === date && s.membership.status !== "apologies" && isPatient(s),
        ),
      })),
    };
  });
}
