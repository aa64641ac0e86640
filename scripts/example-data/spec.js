// The vocabulary the hand-written network structures are written in: actors, and ties that say who
// works with whom. Ranges, not numbers: the generator (assemble.js) draws the numbers.

/** @typedef {{ en: string, da: string }} Label */
/** @typedef {import("./draw.js").QualityLevel} QualityLevel */

/**
 * An actor as written by hand. With `cite` its existence comes from that source file; without, it is
 * illustrative (a unit that surely exists but that no source names).
 *
 * @typedef {object} ActorSpec
 * @property {string} id
 * @property {Label} label
 * @property {string} sector
 * @property {string} kind
 * @property {string} [organisation]
 * @property {string} [cluster]
 * @property {string} [cite] the source file the actor comes from
 * @property {string} [note] why, or how the source was read
 * @property {Record<string, string | string[]>} [about] further facts as text
 * @property {{ cite: string, values: Record<string, number> }} [facts] numbers stated in a source
 */

/**
 * A tie as written by hand. `volume` is a range of patients (handoff) or contacts (communication) per
 * year; `wait` a range of days or hours; `quality` a level. The generator draws the numbers.
 *
 * @typedef {object} TieSpec
 * @property {"communication" | "handoff" | "collaboration" | "governance"} kind
 * @property {string} from
 * @property {string} to
 * @property {string} [channel]
 * @property {QualityLevel} [quality]
 * @property {[number, number]} [volume]
 * @property {{ days: [number, number] } | { hours: [number, number] }} [wait]
 * @property {string} [cite] the source file the tie's existence comes from
 * @property {string} [role] the part `from` plays toward `to`
 * @property {string} [note]
 */

/**
 * A network as written by hand.
 *
 * @typedef {object} NetworkSpec
 * @property {string} file the output file name in data/networks/
 * @property {string} name
 * @property {string} description
 * @property {{ title: string, note: string }[]} sources
 * @property {string[]} sectors sector ids (see sectors.js)
 * @property {string[]} clusters cluster ids from health_clusters.csv
 * @property {string[]} regions region codes whose organisations the network uses
 * @property {string[]} municipalities kommunekoder whose organisations the network uses
 * @property {{ id: string, label: Label, sector: string, cluster?: string, description?: string }[]} organisations further organisations
 * @property {ActorSpec[]} actors
 * @property {TieSpec[]} ties
 */

/** @typedef {Pick<TieSpec, "cite" | "note">} TieOptions */

/**
 * An actor.
 *
 * @param {string} id
 * @param {string} en English label
 * @param {string} da Danish label
 * @param {Omit<ActorSpec, "id" | "label">} props sector, kind, organisation, cluster, cite, …
 * @returns {ActorSpec}
 */
export function actor(id, en, da, props) {
  return { id, label: { en, da }, ...props };
}

/**
 * A communication tie over `channel` (see channels.js) with a quality level and a range of contacts per year.
 *
 * @param {string} from
 * @param {string} to
 * @param {string} channel
 * @param {QualityLevel} quality
 * @param {[number, number]} volume contacts (messages, calls, meetings) per year
 * @param {TieOptions} [options]
 * @returns {TieSpec}
 */
export function comm(from, to, channel, quality, volume, options = {}) {
  return { kind: "communication", from, to, channel, quality, volume, ...options };
}

/**
 * A handoff: patients moving from `from`'s responsibility to `to`'s, with a range of patients per year
 * and of waiting time (from the end of `from`'s part to the start of `to`'s).
 *
 * @param {string} from
 * @param {string} to
 * @param {[number, number]} volume patients per year
 * @param {{ days: [number, number] } | { hours: [number, number] }} wait
 * @param {TieOptions} [options]
 * @returns {TieSpec}
 */
export function handoff(from, to, volume, wait, options = {}) {
  return { kind: "handoff", from, to, volume, wait, ...options };
}

/**
 * A collaboration tie: the two work together (a team, a working group, an agreement). No numbers.
 *
 * @param {string} from
 * @param {string} to
 * @param {TieOptions & { role?: string }} [options]
 * @returns {TieSpec}
 */
export function collab(from, to, options = {}) {
  return { kind: "collaboration", from, to, ...options };
}

/**
 * A governance tie from a member or subordinate body to the body it sits in or answers to. No numbers.
 *
 * @param {string} from the member, or the body that reports
 * @param {string} to the forum or body
 * @param {TieOptions & { role?: string }} [options]
 * @returns {TieSpec}
 */
export function gov(from, to, options = {}) {
  return { kind: "governance", from, to, role: "member", ...options };
}
