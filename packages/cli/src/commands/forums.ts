import { readFile } from "node:fs/promises";
import {
  attendance,
  boundarySpanners,
  checkRepresentation,
  patientPresence,
  projectSynergy,
  type Shortfall,
} from "@tvaers/analysis";
import { type NetworkDocument, parseNetwork, readMembershipsCsv } from "@tvaers/model";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { type CsvCell, formatCsv } from "../format/csv.js";
import { formatTable } from "../format/table.js";
import { readNetwork } from "../read-network.js";

const PARTS = ["forums", "attendance", "spanners", "synergy"] as const;

const shortfallText = (s: Shortfall) =>
  `${s.key}: ${s.actual} of ${s.required}${s.basis === "share" ? " (share)" : ""}`;

/** The rows of one part of the report, with its header. */
function part(doc: NetworkDocument, name: string): { header: string[]; rows: CsvCell[][] } {
  if (name === "attendance") {
    return {
      header: ["forum", "meetings", "sector", "present", "apologies", "regularly absent"],
      rows: attendance(doc).flatMap((f) =>
        Object.entries(f.bySector).map(([sector, c]) => [
          f.forum,
          f.meetings.length,
          sector,
          c.present,
          c.apologies,
          f.regularlyAbsent.some((x) => x.sector === sector) ? "yes" : "no",
        ]),
      ),
    };
  }
  if (name === "spanners") {
    return {
      header: ["participant", "sector", "forums", "sectors met", "forum list"],
      rows: boundarySpanners(doc).map((s) => [
        s.participant,
        s.sector ?? "",
        s.forums.length,
        s.sectorsMet.join(", "),
        s.forums.join(", "),
      ]),
    };
  }
  if (name === "synergy") {
    return {
      header: ["project", "project", "shared members", "shared target groups", "shared actors"],
      rows: projectSynergy(doc).map((s) => [
        s.a,
        s.b,
        s.members.join(", "),
        s.targetGroups.join(", "),
        s.actors.join(", "),
      ]),
    };
  }
  const patients = new Map(patientPresence(doc).map((p) => [p.forum, p]));
  const kinds = new Map((doc.forums ?? []).map((f) => [f.id, f.kind]));
  return {
    header: ["forum", "kind", "counted from", "seats", "by sector", "shortfalls", "patients"],
    rows: checkRepresentation(doc).map((c) => {
      const p = patients.get(c.forum);
      const met = p?.meetings.filter((m) => m.present).length ?? 0;
      return [
        c.forum,
        kinds.get(c.forum) ?? "",
        c.basis === "meeting" ? `meeting ${c.date}` : c.basis,
        c.seats,
        Object.entries(c.bySector)
          .map(([s, n]) => `${s} ${n}`)
          .join(", "),
        c.shortfalls.length === 0 ? "none" : c.shortfalls.map(shortfallText).join("; "),
        `${p?.member === true ? "member" : "not a member"}; present at ${met} of ${p?.meetings.length ?? 0} meetings`,
      ];
    }),
  };
}

/** `tvaers forums <network>`: forum composition against rules, attendance, boundary spanners, synergy. */
export const forums: Command = {
  name: "forums",
  summary: "check forums' composition against rules, attendance and boundary spanners",
  description:
    "Reads a network document with forums, memberships and representation rules (and, with --minutes,\n" +
    "a minutes CSV: one row per person-role per meeting) and reports each forum's seats by sector\n" +
    "against its rules with the shortfalls, whether patients and relatives sit in it, attendance and\n" +
    "apologies by sector, the boundary spanners who sit in several forums across sectors, and projects\n" +
    "that share members, target groups or actors. JSON gives everything; CSV and table give one --part.",
  arguments: ["<network>"],
  options: {
    minutes: { type: "string", description: "a minutes CSV whose rows are added to the memberships" },
    part: { type: "string", choices: PARTS, description: "what CSV and table output show" },
    format: { type: "string", choices: ["table", "json", "csv"], description: "output format" },
  },
  examples: [
    "tvaers forums data/forums/klynge-vest-forums.json",
    "tvaers forums data/forums/klynge-vest-forums.json --part attendance --format csv",
    "tvaers forums data/networks/klynge-vest.json --format json",
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    let doc = await readNetwork(file);
    if (typeof options.minutes === "string") {
      const rows = readMembershipsCsv(await readFile(options.minutes), { file: options.minutes });
      doc = parseNetwork({ ...doc, memberships: [...(doc.memberships ?? []), ...rows] }, { file });
    }
    if (options.format === "json") {
      const report = {
        network: doc.name,
        file,
        representation: checkRepresentation(doc),
        patientPresence: patientPresence(doc),
        attendance: attendance(doc),
        boundarySpanners: boundarySpanners(doc),
        synergy: projectSynergy(doc),
      };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return EXIT.ok;
    }
    if ((doc.forums ?? []).length === 0 && options.format !== "csv") {
      io.stdout.write(`${doc.name} (${file}) has no forums; see data/forums/ for documents with forums\n`);
      return EXIT.ok;
    }
    const { header, rows } = part(doc, typeof options.part === "string" ? options.part : "forums");
    if (options.format === "csv") io.stdout.write(formatCsv(header, rows));
    else
      io.stdout.write(
        `${formatTable(
          rows.map((r) => r.map((c) => c ?? "")),
          { header },
        )}\n`,
      );
    return EXIT.ok;
  },
};
