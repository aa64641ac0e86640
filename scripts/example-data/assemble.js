// Turns a hand-written network structure into a tvaers.network/v1 document, drawing every number the
// sources do not give from a seeded stream and marking it illustrative.
import { CHANNELS } from "./channels.js";
import { drawInteger, drawQuality, drawVolume } from "./draw.js";
import { KINDS } from "./kinds.js";
import { streamFor } from "./prng.js";
import { clusterEntry, municipalityOrganisation, regionOrganisation } from "./reference.js";
import { sectorsFor } from "./sectors.js";

/** @typedef {import("./spec.js").NetworkSpec} NetworkSpec */
/** @typedef {import("./spec.js").ActorSpec} ActorSpec */
/** @typedef {import("./spec.js").TieSpec} TieSpec */
/** @typedef {import("./reference.js").Reference} Reference */

/**
 * Provenance attributes: `provenance` is "source" (with `source`, the file) when a source says the
 * actor or tie exists, else "illustrative".
 *
 * @param {string | undefined} cite
 */
function provenance(cite) {
  return cite === undefined ? { provenance: "illustrative" } : { provenance: "source", source: cite };
}

/**
 * @param {ActorSpec} spec
 */
function buildActor(spec) {
  if (!(spec.kind in KINDS)) throw new Error(`actor "${spec.id}": unknown kind "${spec.kind}"`);
  /** @type {Record<string, unknown>} */
  const attributes = { ...provenance(spec.cite) };
  if (spec.note !== undefined) attributes.note = spec.note;
  Object.assign(attributes, spec.about);
  if (spec.facts !== undefined) {
    Object.assign(attributes, spec.facts.values, { valueProvenance: "source", valueSource: spec.facts.cite });
  }
  return {
    id: spec.id,
    label: spec.label,
    sector: spec.sector,
    ...(spec.organisation !== undefined && { organisation: spec.organisation }),
    ...(spec.cluster !== undefined && { cluster: spec.cluster }),
    kind: spec.kind,
    attributes,
  };
}

/**
 * A tie's id: kind, ends and (for communication) channel, e.g. `handoff:cardiology-viborg>skive-sickness-benefit`.
 *
 * @param {TieSpec} spec
 */
function tieId(spec) {
  const base = `${spec.kind}:${spec.from}>${spec.to}`;
  return spec.channel === undefined ? base : `${base}:${spec.channel}`;
}

/**
 * @param {TieSpec} spec
 * @param {number} seed
 */
function buildTie(spec, seed) {
  const id = tieId(spec);
  const random = streamFor(seed, id);
  /** @type {Record<string, unknown>} */
  const tie = { id, source: spec.from, target: spec.to, kind: spec.kind };
  /** @type {Record<string, unknown>} */
  const attributes = { ...provenance(spec.cite) };
  if (spec.role !== undefined) attributes.role = spec.role;
  if (spec.note !== undefined) attributes.note = spec.note;
  let drawn = false;
  if (spec.volume !== undefined) {
    tie.weight = drawVolume(random, spec.volume);
    drawn = true;
  }
  if (spec.kind === "communication") {
    const channel = spec.channel === undefined ? undefined : CHANNELS[spec.channel];
    if (channel === undefined || spec.quality === undefined) {
      throw new Error(`tie "${id}": a communication tie needs a known channel and a quality level`);
    }
    if (channel.directed) tie.directed = true;
    tie.channel = spec.channel;
    tie.quality = drawQuality(random, spec.quality);
    drawn = true;
  }
  if (spec.wait !== undefined) {
    if ("days" in spec.wait) attributes.waitDays = drawInteger(random, spec.wait.days);
    else attributes.waitHours = drawInteger(random, spec.wait.hours);
    drawn = true;
  }
  if (drawn) attributes.valueProvenance = "illustrative";
  tie.attributes = attributes;
  return tie;
}

/**
 * Builds the network document (as written to the file: defaults left out) for a structure.
 *
 * @param {NetworkSpec} spec
 * @param {Reference} ref the Danish reference data, for clusters, regions and municipalities
 * @param {number} seed
 * @returns {Record<string, unknown>}
 */
export function assemble(spec, ref, seed) {
  return {
    format: "tvaers.network/v1",
    name: spec.name,
    description: spec.description,
    sources: spec.sources,
    sectors: sectorsFor(spec.sectors),
    clusters: spec.clusters.map((id) => clusterEntry(ref, id)),
    organisations: [
      ...spec.regions.map((code) => regionOrganisation(ref, code)),
      ...spec.municipalities.map((code) => municipalityOrganisation(ref, code)),
      ...spec.organisations,
    ],
    actors: spec.actors.map(buildActor),
    ties: spec.ties.map((t) => buildTie(t, seed)),
  };
}
