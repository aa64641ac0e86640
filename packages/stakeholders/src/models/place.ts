/**
 * Where a model's new actors and teams go, and which actors count as "in the same place", so that a rule
 * written on kinds finds the right partners in any cluster.
 *
 * A place has a sector and, optionally, an organisation and a cluster. An actor is in a place when
 *
 *   - it is in the place's own sector and both have an organisation: the organisations are the same
 *     (a municipal consultant works with its own municipality's jobcentre, not the neighbour's);
 *   - otherwise, when both have a cluster: the clusters are the same;
 *   - otherwise (either has no cluster: a region-wide unit, the patient role): yes.
 *
 * Places of a rule (`per`):
 *   network       one place: the rule's sector, no organisation, no cluster — every actor is in it;
 *   cluster       one per cluster of the network, in document order;
 *   organisation  one per organisation of the rule's sector, in document order, with the
 *                 organisation's cluster (or, when it names none, the one cluster all its actors share).
 *
 * A place is used only if it holds an actor to link to or a member; so a model applied to a network
 * without such actors changes nothing there and says so in its change log.
 *
 * Qualities: models are written on the 1–5 scale; `toNetworkQuality` maps a model quality linearly onto
 * the network's `qualityScale`, `toNetworkDelta` a quality difference.
 */
import type { Actor, Label, NetworkDocument, Scale } from "@tvaers/model";
import { labelText } from "@tvaers/model";
import { MODEL_QUALITY_SCALE, type Per } from "./rules/schema.js";

/** A place for new actors: a sector and, optionally, an organisation and a cluster. */
export interface Place {
  /** What the place is named after: `"network"`, a cluster id or an organisation id. */
  key: string;
  sector: string;
  organisation?: string;
  cluster?: string;
  /** The place's name in English and Danish (empty for the whole network). */
  label: { en: string; da: string };
}

/** Whether `actor` is in `place` (see the file comment). */
export function inPlace(place: Omit<Place, "key" | "label">, actor: Actor): boolean {
  if (place.organisation !== undefined && actor.sector === place.sector && actor.organisation !== undefined) {
    return actor.organisation === place.organisation;
  }
  if (place.cluster !== undefined && actor.cluster !== undefined) return actor.cluster === place.cluster;
  return true;
}

/** Whether two actors are in one place, seen from either of them (used for pairs of actors). */
export function samePlace(a: Actor, b: Actor): boolean {
  const place = { sector: a.sector, organisation: a.organisation, cluster: a.cluster };
  return inPlace(place, b);
}

const bilingual = (label: Label) => ({ en: labelText(label, "en"), da: labelText(label, "da") });

/** The places of a rule that puts its actors once per `per` in `sector` (see the file comment). */
export function placesOf(doc: NetworkDocument, per: Per, sector: string): Place[] {
  if (per === "network") return [{ key: "network", sector, label: { en: "", da: "" } }];
  if (per === "cluster") {
    return doc.clusters.map((c) => ({ key: c.id, sector, cluster: c.id, label: bilingual(c.label) }));
  }
  return doc.organisations
    .filter((o) => o.sector === sector)
    .map((o) => {
      const cluster = o.cluster ?? sharedCluster(doc.actors.filter((a) => a.organisation === o.id));
      return {
        key: o.id,
        sector,
        organisation: o.id,
        ...(cluster !== undefined && { cluster }),
        label: bilingual(o.label),
      };
    });
}

/** The one cluster every actor given has, or `undefined` when they have none or several. */
function sharedCluster(actors: readonly Actor[]): string | undefined {
  const clusters = new Set(actors.map((a) => a.cluster));
  const [only] = clusters;
  return clusters.size === 1 ? only : undefined;
}

/** A new actor's label in a place: the rule's label, then the place's name (alone for the whole network). */
export function labelInPlace(label: Label, place: Place): Label {
  const en = labelText(label, "en");
  const da = labelText(label, "da");
  return place.key === "network"
    ? { en, da }
    : { en: `${en}, ${place.label.en}`, da: `${da}, ${place.label.da}` };
}

/** A quality on the model scale (1–5) mapped linearly onto the network's scale. */
export function toNetworkQuality(quality: number, scale: Scale): number {
  const share = (quality - MODEL_QUALITY_SCALE.min) / (MODEL_QUALITY_SCALE.max - MODEL_QUALITY_SCALE.min);
  return scale.min + share * (scale.max - scale.min);
}

/** A quality difference on the model scale mapped onto the network's scale. */
export function toNetworkDelta(delta: number, scale: Scale): number {
  return (delta * (scale.max - scale.min)) / (MODEL_QUALITY_SCALE.max - MODEL_QUALITY_SCALE.min);
}
