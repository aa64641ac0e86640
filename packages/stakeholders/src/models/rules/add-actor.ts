/**
 * `add-actor`: a new actor of a kind, once per network, cluster or organisation of its sector (`per`),
 * tied to every actor of `linkTo.kinds` in its place (`place.ts`), with a communication tie on
 * `channel` at `quality` and/or a collaboration tie (`ties`). The MS liaison consultant is one per
 * municipality, tied to the municipality's own services and to the GPs, MS hospitals, patients and
 * relatives of its cluster.
 *
 * An actor is added only in a place where it has someone to link to; a place without is a `no-match`
 * line. The new actor's id is `<model>/<rule id or kind>` (`@<place>` per cluster or organisation), its
 * label the rule's label followed by the place's name.
 *
 * Complexity: O(P·n) for P places and n actors, plus the ties added.
 */
import type { Actor } from "@tvaers/model";
import { orList } from "../change.js";
import {
  actorsOfKinds,
  addActor,
  addTie,
  type Draft,
  freshId,
  provenance,
  type RuleContext,
  record,
} from "../draft.js";
import { inPlace, labelInPlace, placesOf, toNetworkQuality } from "../place.js";
import type { AddActorRule } from "./schema.js";

/** Applies an `add-actor` rule to the draft. */
export function applyAddActor(draft: Draft, context: RuleContext<AddActorRule>): void {
  const { rule } = context;
  const targets = actorsOfKinds(draft, rule.linkTo.kinds);
  const scale = draft.doc.qualityScale;
  let added = 0;
  for (const place of placesOf(draft.doc, rule.per, rule.sector)) {
    const links = targets.filter((actor) => inPlace(place, actor));
    if (links.length === 0) continue;
    const base = `${draft.model.id}/${rule.id ?? rule.kind}`;
    const actor: Actor = {
      id: freshId(draft, place.key === "network" ? base : `${base}@${place.key}`),
      label: labelInPlace(rule.label, place),
      sector: rule.sector,
      ...(place.organisation !== undefined && { organisation: place.organisation }),
      ...(place.cluster !== undefined && { cluster: place.cluster }),
      kind: rule.kind,
      attributes: provenance(context, draft.model),
    };
    addActor(draft, context, actor);
    added += 1;
    for (const target of links) {
      for (const kind of rule.ties) {
        addTie(draft, context, {
          source: actor.id,
          target: target.id,
          kind,
          ...(kind === "communication" && rule.channel !== undefined && { channel: rule.channel }),
          ...(kind === "communication" &&
            rule.quality !== undefined && { quality: toNetworkQuality(rule.quality, scale) }),
          ...(rule.weight !== undefined && { weight: rule.weight }),
        });
      }
    }
  }
  if (added === 0) {
    const where = rule.per === "network" ? "" : ` (one per ${rule.per} of sector ${rule.sector})`;
    const hvor =
      rule.per === "network"
        ? ""
        : ` (én pr. ${rule.per === "cluster" ? "klynge" : "organisation"} i sektoren ${rule.sector})`;
    record(draft, context, {
      action: "no-match",
      subject: rule.linkTo.kinds.join(","),
      actors: [],
      en: `No ${rule.kind} added: no actors of kind ${orList(rule.linkTo.kinds, "en")} to link to${where} in this network.`,
      da: `Ingen ${rule.kind} tilføjet: ingen aktører af typen ${orList(rule.linkTo.kinds, "da")} at forbinde til${hvor} i dette netværk.`,
    });
  }
}
