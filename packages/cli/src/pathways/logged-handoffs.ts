import type { NetworkDocument } from "@tvaers/model";
import { type MineHandoffsOptions, type MiningReport, suppressSmallCells } from "@tvaers/pathways";
import type { Output } from "../command.js";
import { mineLogFile } from "./mine.js";
import { reportRejectedRows, reportSuppression } from "./notices.js";

/** A network whose handoff ties were replaced by those mined from a log, with what mining found. */
export interface LoggedHandoffs {
  doc: NetworkDocument;
  report: MiningReport;
  /** Handoff pairs left out by disclosure control. */
  suppressed: number;
}

/**
 * Mines the handoffs of `log` between the actors of `doc` and puts them in place of `doc`'s own
 * handoff ties: one directed handoff tie per pair, weight = the number of handoffs. Every other tie
 * (communication above all) is kept. Pairs that disclosure control suppresses with `k` (fewer than k
 * cases, and those that would let totals reveal them) are left out, and standard error says how many;
 * rejected rows (`skip-and-report`) are listed there too.
 */
export async function withLoggedHandoffs(
  doc: NetworkDocument,
  log: string,
  options: MineHandoffsOptions,
  k: number,
  stderr: Output,
): Promise<LoggedHandoffs> {
  const mined = await mineLogFile(log, { ...options, level: "actor", network: doc }, stderr);
  reportRejectedRows(stderr, "gaps", mined.report);
  const published = suppressSmallCells(mined.handoffs, { k });
  reportSuppression(stderr, "gaps", published, k);
  const shown = new Set(
    published.filter((h) => h.suppressed === undefined).map((h) => JSON.stringify([h.from, h.to])),
  );
  const ties = mined.network.ties.filter(
    (tie) => tie.kind === "handoff" && shown.has(JSON.stringify([tie.source, tie.target])),
  );
  return {
    doc: { ...doc, ties: [...doc.ties.filter((tie) => tie.kind !== "handoff"), ...ties] },
    report: mined.report,
    suppressed: published.length - shown.size,
  };
}
