// The hand-built networks of the communicationGaps tests (gaps-*.test.ts): the actors, the helpers that
// write handoff and communication ties, and the main network whose expected gaps the tests work out in
// their comments (quality scale 1–5 unless said: q = (quality − 1) / 4).
import { type NetworkDocumentInput, parseNetwork, type TieInput } from "@tvaers/model";
import type { Gap } from "../src/index.js";

export const sectors = ["region", "municipality", "general-practice", "citizen"].map((id) => ({
  id,
  label: id,
}));

/** A ward, a GP, a sickness-benefit unit, a health centre (cluster K1), a job centre (K2), x (no cluster), a patient. */
export function network(ties: TieInput[], extra: Partial<NetworkDocumentInput> = {}) {
  return parseNetwork({
    format: "tvaers.network/v1",
    name: "test",
    sectors,
    clusters: [
      { id: "K1", label: "K1" },
      { id: "K2", label: "K2" },
    ],
    actors: [
      { id: "ward", label: "ward", sector: "region", cluster: "K1" },
      { id: "gp", label: "gp", sector: "general-practice", cluster: "K1" },
      { id: "sb", label: "sb", sector: "municipality", cluster: "K1" },
      { id: "hc", label: "hc", sector: "municipality", cluster: "K1" },
      { id: "jc", label: "jc", sector: "municipality", cluster: "K2" },
      { id: "x", label: "x", sector: "municipality" },
      { id: "p", label: "p", sector: "citizen", cluster: "K1" },
    ],
    ties,
    ...extra,
  });
}

export const handoff = (source: string, target: string, weight: number): TieInput => ({
  source,
  target,
  kind: "handoff",
  weight,
});
export const talk = (
  source: string,
  target: string,
  quality?: number,
  extra: Partial<TieInput> = {},
): TieInput => ({
  source,
  target,
  kind: "communication",
  ...(quality !== undefined && { quality }),
  ...extra,
});

/** The main hand-built network. */
export const care = () =>
  network([
    handoff("ward", "sb", 6),
    handoff("ward", "sb", 4), // summed: volume 10
    handoff("ward", "hc", 20),
    handoff("sb", "jc", 5),
    handoff("hc", "x", 2),
    handoff("gp", "ward", 8),
    talk("ward", "hc", 2, { directed: true, channel: "referral" }),
    talk("ward", "hc", 4, { channel: "phone" }), // best of the two: 4
    talk("hc", "x", 2, { channel: "e-mail" }),
    talk("ward", "gp", 5, { directed: true, channel: "discharge_letter" }),
    talk("gp", "sb", 3, { channel: "NFS" }),
    talk("hc", "sb", 4.5, { channel: "meeting" }),
    talk("gp", "p", 4),
    talk("p", "jc"), // no quality: the midpoint, 3
  ]);

export const byPair = (gaps: Gap[]) => new Map(gaps.map((g) => [`${g.from}→${g.to}`, g]));
