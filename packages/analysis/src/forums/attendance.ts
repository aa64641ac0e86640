/**
 * Attendance over meetings from minutes rows (a row with a date; status `present` or `apologies`,
 * a row without status counts as present). Apologies are counted by organisation (the membership's,
 * else the actor's, else the participant) and by sector. A sector is absent from a meeting when it has
 * rows there but none present; it is regularly absent from a forum when it is absent from at least
 * `share` (default one half) of the forum's meetings where it has rows, over at least `minMeetings`
 * (default 2) such meetings. The Klynge Vest minutes (12th meeting) list the apologies by role and
 * organisation this way.
 */
import type { NetworkDocument } from "@tvaers/model";
import { keyed } from "../graph/keyed.js";
import { seatsOf } from "../two-mode/seats.js";

/** Present rows and apologies of one organisation or sector. */
export interface AttendanceCount {
  present: number;
  apologies: number;
}

/** Attendance in one forum. */
export interface ForumAttendance {
  forum: string;
  meetings: string[];
  byOrganisation: Record<string, AttendanceCount>;
  bySector: Record<string, AttendanceCount>;
  /** Sectors regularly absent, with the meetings they missed. */
  regularlyAbsent: { sector: string; absent: string[]; meetings: number }[];
}

/** Options for {@link attendance}. */
export interface AttendanceOptions {
  share?: number;
  minMeetings?: number;
}

function add(map: Map<string, AttendanceCount>, key: string, present: boolean): void {
  const c = map.get(key) ?? { present: 0, apologies: 0 };
  if (present) c.present++;
  else c.apologies++;
  map.set(key, c);
}

const sorted = <V>(map: Map<string, V>) => keyed([...map].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** Attendance, apologies and regularly absent sectors in every forum that has dated rows. */
export function attendance(doc: NetworkDocument, options: AttendanceOptions = {}): ForumAttendance[] {
  const share = options.share ?? 0.5;
  const minMeetings = options.minMeetings ?? 2;
  const actorOrg = new Map(doc.actors.map((a) => [a.id, a.organisation]));
  const seats = seatsOf(doc).filter((s) => s.membership.date !== undefined);
  const out: ForumAttendance[] = [];
  for (const forum of doc.forums ?? []) {
    const own = seats.filter((s) => s.membership.forum === forum.id);
    if (own.length === 0) continue;
    const byOrganisation = new Map<string, AttendanceCount>();
    const bySector = new Map<string, AttendanceCount>();
    const perMeeting = new Map<string, Map<string, boolean>>();
    for (const s of own) {
      const m = s.membership;
      const present = m.status !== "apologies";
      const org =
        m.organisation ?? (m.actor === undefined ? undefined : actorOrg.get(m.actor)) ?? s.participant;
      add(byOrganisation, org, present);
      if (s.sector === undefined) continue;
      add(bySector, s.sector, present);
      const meeting = perMeeting.get(s.sector) ?? new Map<string, boolean>();
      meeting.set(m.date as string, (meeting.get(m.date as string) ?? false) || present);
      perMeeting.set(s.sector, meeting);
    }
    const regularlyAbsent = [...perMeeting]
      .map(([sector, meetings]) => ({
        sector,
        absent: [...meetings]
          .filter(([, present]) => !present)
          .map(([date]) => date)
          .sort(),
        meetings: meetings.size,
      }))
      .filter((x) => x.meetings >= minMeetings && x.absent.length >= share * x.meetings)
      .sort((a, b) => (a.sector < b.sector ? -1 : 1));
    out.push({
      forum: forum.id,
      meetings: [...new Set(own.map((s) => s.membership.date as string))].sort(),
      byOrganisation: sorted(byOrganisation),
      bySector: sorted(bySector),
      regularlyAbsent,
    });
  }
  return out;
}
