/**
 * `form-team`: in each organisation of `sector` (or each cluster, `per`), the actors of `memberKinds`
 * in that place (`place.ts`) become a team, when there are at least `minMembers` of them:
 *
 *   - a collaboration tie between every two members that have none (`collaboration`, default on);
 *   - a communication tie on the meeting channel between every two members that have none on it
 *     (`meeting`: channel `weekly-meeting`, quality 4 on the 1–5 scale, weight 52 meetings a year —
 *     Midtklyngen's FACT teams meet for one hour once a week, source 002);
 *   - with `team`, an actor for the team itself (`<model>/<rule id or kind>@<place>`) with a
 *     collaboration tie to each member.
 *
 * Every member meets every other, so handoffs between members get a direct channel: a team closes
 * the gaps among its members, which a hub alone (a relay) would only narrow.
 *
 * Teams per organisation follow Midtklyngen's choice of one cross-sector team per municipality
 * (source 002); per cluster gives one team for a whole health cluster.
 *
 * Complexity: O(P·n + P·k²) for P places, n actors and k members per team.
 */
import type { Actor } from "@tvaers/model";
import { orList } from "../change.js";
import {
  actorsOfKinds,
  addActor,
  addTie,
  type Draft,
  freshId,
  nameOf,
  provenance,
  type RuleContext,
  record,
  tiesBetween,
} from "../draft.js";
import { inPlace, labelInPlace, placesOf, toNetworkQuality } from "../place.js";
import type { FormTeamRule } from "./schema.js";

/** Applies a `form-team` rule to the draft. */
export function applyFormTeam(draft: Draft, context: RuleContext<FormTeamRule>): void {
  const { rule } = context;
  const candidates = actorsOfKinds(draft, rule.memberKinds);
  let teams = 0;
  for (const place of placesOf(draft.doc, rule.per, rule.sector)) {
    const members = candidates.filter((actor) => inPlace(place, actor));
    if (members.length < rule.minMembers) continue;
    teams += 1;
    const names = (locale: "en" | "da") => members.map((m) => nameOf(draft, m.id, locale)).join("; ");
    record(draft, context, {
      action: "form-team",
      subject: place.key,
      actors: members.map((m) => m.id),
      en: `A team of ${members.length} forms in ${place.label.en}: ${names("en")}.`,
      da: `Et team på ${members.length} dannes i ${place.label.da}: ${names("da")}.`,
    });
    if (rule.team !== undefined) {
      const team: Actor = {
        id: freshId(draft, `${draft.model.id}/${rule.id ?? rule.team.kind}@${place.key}`),
        label: labelInPlace(rule.team.label, place),
        sector: rule.sector,
        ...(place.organisation !== undefined && { organisation: place.organisation }),
        ...(place.cluster !== undefined && { cluster: place.cluster }),
        kind: rule.team.kind,
        attributes: provenance(context, draft.model),
      };
      addActor(draft, context, team);
      for (const member of members)
        addTie(draft, context, { source: team.id, target: member.id, kind: "collaboration" });
    }
    linkMembers(draft, context, members);
  }
  if (teams === 0) {
    const per =
      rule.per === "cluster"
        ? { en: "cluster", da: "klynge" }
        : { en: `organisation of sector ${rule.sector}`, da: `organisation i sektoren ${rule.sector}` };
    record(draft, context, {
      action: "no-match",
      subject: rule.memberKinds.join(","),
      actors: [],
      en: `No team formed: no ${per.en} has ${rule.minMembers} or more actors of kind ${orList(rule.memberKinds, "en")} in this network.`,
      da: `Intet team dannet: ingen ${per.da} har ${rule.minMembers} eller flere aktører af typen ${orList(rule.memberKinds, "da")} i dette netværk.`,
    });
  }
}

/** Collaboration and meeting ties between every two members that lack them. */
function linkMembers(draft: Draft, context: RuleContext<FormTeamRule>, members: readonly Actor[]): void {
  const { rule } = context;
  const { meeting } = rule;
  const quality = toNetworkQuality(meeting.quality, draft.doc.qualityScale);
  members.forEach((a, i) => {
    for (const b of members.slice(i + 1)) {
      if (rule.collaboration && tiesBetween(draft, a.id, b.id, "collaboration").length === 0) {
        addTie(draft, context, { source: a.id, target: b.id, kind: "collaboration" });
      }
      if (tiesBetween(draft, a.id, b.id, "communication", meeting.channel).length === 0) {
        addTie(draft, context, {
          source: a.id,
          target: b.id,
          kind: "communication",
          channel: meeting.channel,
          quality,
          weight: meeting.perYear,
        });
      }
    }
  });
}
