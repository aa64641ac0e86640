/**
 * `scale-waits`: the waits of handoffs from actors of `fromKinds` to actors of `toKinds` multiplied by
 * `factor` (0.8: a fifth shorter). A handoff's wait is a numeric attribute of the handoff tie, by
 * default `waitDays` or `waitHours` (the example data's; `attributes` names others); each one present
 * is scaled in its own unit. Direction as written: a handoff counts from its source to its target, and
 * an undirected handoff both ways.
 *
 * A matching handoff without any of the attributes is an `unchanged` line; no matching handoff at all
 * is a `no-match` line.
 *
 * Complexity: O(m) for m ties.
 */
import { formatValue, orList } from "../change.js";
import { type Draft, namesOf, type RuleContext, record } from "../draft.js";
import type { ScaleWaitsRule } from "./schema.js";

const UNITS: Record<string, { en: string; da: string }> = {
  waitDays: { en: "days", da: "dage" },
  waitHours: { en: "hours", da: "timer" },
};

/** Applies a `scale-waits` rule to the draft. */
export function applyScaleWaits(draft: Draft, context: RuleContext<ScaleWaitsRule>): void {
  const { rule } = context;
  const is = (id: string, kinds: readonly string[]) => {
    const kind = draft.actors.get(id)?.kind;
    return kind !== undefined && kinds.includes(kind);
  };
  let matched = 0;
  for (const tie of draft.doc.ties) {
    if (tie.kind !== "handoff") continue;
    const along = is(tie.source, rule.fromKinds) && is(tie.target, rule.toKinds);
    const back = !tie.directed && is(tie.target, rule.fromKinds) && is(tie.source, rule.toKinds);
    if (!along && !back) continue;
    matched += 1;
    const [a, b] = [namesOf(draft, tie.source), namesOf(draft, tie.target)];
    const subject = tie.id ?? `${tie.source}|${tie.target}|handoff`;
    const attributes = tie.attributes ?? {};
    const waits = rule.attributes.filter((name) => typeof attributes[name] === "number");
    if (waits.length === 0) {
      record(draft, context, {
        action: "unchanged",
        subject,
        actors: [tie.source, tie.target],
        en: `The handoff from ${a.en} to ${b.en} records no wait (${rule.attributes.join(", ")}).`,
        da: `Overdragelsen fra ${a.da} til ${b.da} har ingen ventetid (${rule.attributes.join(", ")}).`,
      });
      continue;
    }
    for (const name of waits) {
      const before = attributes[name] as number;
      const after = before * rule.factor;
      attributes[name] = after;
      const unit = UNITS[name] ?? { en: `(${name})`, da: `(${name})` };
      record(draft, context, {
        action: "scale-wait",
        subject,
        actors: [tie.source, tie.target],
        before,
        after,
        factor: rule.factor,
        en: `Wait from ${a.en} to ${b.en}: ${formatValue(before, "en")} → ${formatValue(after, "en")} ${unit.en}.`,
        da: `Ventetid fra ${a.da} til ${b.da}: ${formatValue(before, "da")} → ${formatValue(after, "da")} ${unit.da}.`,
      });
    }
  }
  if (matched === 0) {
    record(draft, context, {
      action: "no-match",
      subject: `${rule.fromKinds.join(",")}|${rule.toKinds.join(",")}`,
      actors: [],
      en: `No waits scaled: no handoffs from actors of kind ${orList(rule.fromKinds, "en")} to actors of kind ${orList(rule.toKinds, "en")} in this network.`,
      da: `Ingen ventetider ændret: ingen overdragelser fra aktører af typen ${orList(rule.fromKinds, "da")} til aktører af typen ${orList(rule.toKinds, "da")} i dette netværk.`,
    });
  }
}
