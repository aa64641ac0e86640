/**
 * `add-channel` and `upgrade-channel`: communication between actors of two sets of kinds.
 *
 * Pairs. With `pairs: "handoffs"` (the default) a pair is two actors with a handoff tie between them,
 * either way round, one of `fromKinds` and the other of `toKinds`: a channel matters where patients
 * cross. With `pairs: "all"` it is every actor of `fromKinds` with every actor of `toKinds` in the same
 * place (`place.ts`: same organisation within a sector, else same cluster, else anywhere). Each
 * unordered pair counts once, in document order.
 *
 * add-channel adds a communication tie on `channel` from the `fromKinds` actor to the `toKinds` actor
 * (undirected unless `directed`), at `quality` mapped onto the network's scale; a pair that already has
 * a tie on that channel is left as it is (`unchanged`).
 *
 * upgrade-channel raises the quality of the pair's communication ties (only those on `channels`, when
 * given): `quality` raises each to at least that value and never lowers it; `qualityDelta` adds to it,
 * within the network's scale. A tie without a quality starts from the scale's midpoint, as gap
 * detection reads it.
 *
 * Complexity: O(m) for handoff pairs, O(|from|·|to|) for all pairs, plus the ties changed.
 */
import type { Actor, Tie } from "@tvaers/model";
import { type Bilingual, formatValue, orList } from "../change.js";
import {
  actorsOfKinds,
  addTie,
  type Draft,
  namesOf,
  pairKey,
  type RuleContext,
  record,
  tiesBetween,
} from "../draft.js";
import { samePlace, toNetworkDelta, toNetworkQuality } from "../place.js";
import type { AddChannelRule, UpgradeChannelRule } from "./schema.js";

type PairRule = Pick<AddChannelRule, "fromKinds" | "toKinds" | "pairs">;

/** The pairs (from-kind actor, to-kind actor) a channel rule works on (see the file comment). */
export function channelPairs(draft: Draft, rule: PairRule): [Actor, Actor][] {
  const is = (actor: Actor | undefined, kinds: readonly string[]) =>
    actor?.kind !== undefined && kinds.includes(actor.kind);
  const pairs = new Map<string, [Actor, Actor]>();
  const offer = (a: Actor, b: Actor) => {
    const key = pairKey(a.id, b.id);
    if (a.id !== b.id && !pairs.has(key)) pairs.set(key, [a, b]);
  };
  if (rule.pairs === "handoffs") {
    for (const tie of draft.doc.ties) {
      if (tie.kind !== "handoff") continue;
      const s = draft.actors.get(tie.source);
      const t = draft.actors.get(tie.target);
      if (s === undefined || t === undefined) continue;
      if (is(s, rule.fromKinds) && is(t, rule.toKinds)) offer(s, t);
      if (is(t, rule.fromKinds) && is(s, rule.toKinds)) offer(t, s);
    }
  } else {
    const to = actorsOfKinds(draft, rule.toKinds);
    for (const a of actorsOfKinds(draft, rule.fromKinds)) {
      for (const b of to) if (samePlace(a, b)) offer(a, b);
    }
  }
  return [...pairs.values()];
}

/** The no-match line of a channel rule, after `head` ("No NFS channel added"). */
function noPairs(
  draft: Draft,
  context: RuleContext<AddChannelRule | UpgradeChannelRule>,
  head: Bilingual,
): void {
  const { rule } = context;
  const handoffs = rule.pairs === "handoffs";
  const between = (locale: "en" | "da") =>
    `${orList(rule.fromKinds, locale)} ${locale === "en" ? "and actors of kind" : "og aktører af typen"} ${orList(rule.toKinds, locale)}`;
  record(draft, context, {
    action: "no-match",
    subject: `${rule.fromKinds.join(",")}|${rule.toKinds.join(",")}`,
    actors: [],
    en: `${head.en}: no ${handoffs ? "handoffs" : "pairs in one place"} between actors of kind ${between("en")} in this network.`,
    da: `${head.da}: ingen ${handoffs ? "overdragelser" : "par samme sted"} mellem aktører af typen ${between("da")} i dette netværk.`,
  });
}

/** Applies an `add-channel` rule to the draft. */
export function applyAddChannel(draft: Draft, context: RuleContext<AddChannelRule>): void {
  const { rule } = context;
  const pairs = channelPairs(draft, rule);
  if (pairs.length === 0) {
    noPairs(draft, context, {
      en: `No ${rule.channel} channel added`,
      da: `Ingen ${rule.channel}-kanal tilføjet`,
    });
    return;
  }
  const quality = toNetworkQuality(rule.quality, draft.doc.qualityScale);
  for (const [a, b] of pairs) {
    if (tiesBetween(draft, a.id, b.id, "communication", rule.channel).length > 0) {
      const [x, y] = [namesOf(draft, a.id), namesOf(draft, b.id)];
      record(draft, context, {
        action: "unchanged",
        subject: pairKey(a.id, b.id).replace("\u0000", "|"),
        actors: [a.id, b.id],
        en: `${x.en} and ${y.en} already have a ${rule.channel} channel.`,
        da: `${x.da} og ${y.da} har allerede en ${rule.channel}-kanal.`,
      });
      continue;
    }
    addTie(draft, context, {
      source: a.id,
      target: b.id,
      kind: "communication",
      channel: rule.channel,
      quality,
      ...(rule.weight !== undefined && { weight: rule.weight }),
      ...(rule.directed !== undefined && { directed: rule.directed }),
    });
  }
}

/** Applies an `upgrade-channel` rule to the draft. */
export function applyUpgradeChannel(draft: Draft, context: RuleContext<UpgradeChannelRule>): void {
  const { rule } = context;
  const scale = draft.doc.qualityScale;
  const midpoint = (scale.min + scale.max) / 2;
  const wanted = (tie: Tie) =>
    rule.channels === undefined || (tie.channel !== undefined && rule.channels.includes(tie.channel));
  const ties = channelPairs(draft, rule).flatMap(([a, b]) =>
    tiesBetween(draft, a.id, b.id, "communication").filter(wanted),
  );
  const channels =
    rule.channels === undefined
      ? { en: "", da: "" }
      : { en: `${orList(rule.channels, "en")} `, da: `${orList(rule.channels, "da")}-` };
  if (ties.length === 0) {
    noPairs(draft, context, {
      en: `No ${channels.en}channel upgraded`,
      da: `Ingen ${channels.da}kanal forbedret`,
    });
    return;
  }
  for (const tie of ties) {
    const before = tie.quality ?? midpoint;
    const after =
      rule.quality !== undefined
        ? Math.max(before, toNetworkQuality(rule.quality, scale))
        : Math.min(scale.max, Math.max(scale.min, before + toNetworkDelta(rule.qualityDelta ?? 0, scale)));
    const [x, y] = [namesOf(draft, tie.source), namesOf(draft, tie.target)];
    const channel = tie.channel ?? "communication";
    const subject = tie.id ?? `${tie.source}|${tie.target}|${channel}`;
    if (after === before && tie.quality !== undefined) {
      record(draft, context, {
        action: "unchanged",
        subject,
        actors: [tie.source, tie.target],
        en: `The ${channel} channel between ${x.en} and ${y.en} is already at quality ${formatValue(before, "en")}.`,
        da: `${channel}-kanalen mellem ${x.da} og ${y.da} har allerede kvalitet ${formatValue(before, "da")}.`,
      });
      continue;
    }
    tie.quality = after;
    record(draft, context, {
      action: "upgrade-tie",
      subject,
      actors: [tie.source, tie.target],
      before,
      after,
      en: `The ${channel} channel between ${x.en} and ${y.en}: quality ${formatValue(before, "en")} → ${formatValue(after, "en")}.`,
      da: `${channel}-kanalen mellem ${x.da} og ${y.da}: kvalitet ${formatValue(before, "da")} → ${formatValue(after, "da")}.`,
    });
  }
}
