/**
 * `remove-actor`: the actors named in `ids`, and every actor of `kinds`, are removed with all their
 * ties (a unit closed or merged away). An id that is not in the network, or a kind no actor has, is a
 * `no-match` line. Organisations, clusters and sectors stay.
 *
 * Complexity: O(n + m).
 */
import type { Tie } from "@tvaers/model";
import { orList } from "../change.js";
import { type Draft, namesOf, pairKey, type RuleContext, record } from "../draft.js";
import type { RemoveActorRule } from "./schema.js";

/** Applies a `remove-actor` rule to the draft. */
export function applyRemoveActor(draft: Draft, context: RuleContext<RemoveActorRule>): void {
  const { rule } = context;
  const ids = rule.ids ?? [];
  const kinds = rule.kinds ?? [];
  for (const id of ids.filter((id) => !draft.actors.has(id))) {
    record(draft, context, {
      action: "no-match",
      subject: id,
      actors: [],
      en: `No actor with id ${id} in this network.`,
      da: `Ingen aktør med id ${id} i dette netværk.`,
    });
  }
  const gone = new Set(
    draft.doc.actors
      .filter((a) => ids.includes(a.id) || (a.kind !== undefined && kinds.includes(a.kind)))
      .map((a) => a.id),
  );
  const unmatched = kinds.filter((kind) => !draft.doc.actors.some((a) => a.kind === kind));
  if (unmatched.length > 0) {
    record(draft, context, {
      action: "no-match",
      subject: unmatched.join(","),
      actors: [],
      en: `No actors of kind ${orList(unmatched, "en")} in this network.`,
      da: `Ingen aktører af typen ${orList(unmatched, "da")} i dette netværk.`,
    });
  }
  if (gone.size === 0) return;
  const removedTies: Tie[] = draft.doc.ties.filter((t) => gone.has(t.source) || gone.has(t.target));
  for (const id of gone) {
    const name = namesOf(draft, id);
    const count = removedTies.filter((t) => t.source === id || t.target === id).length;
    record(draft, context, {
      action: "remove-actor",
      subject: id,
      actors: [id],
      en: `Removed ${name.en} and its ${count} tie${count === 1 ? "" : "s"}.`,
      da: `Fjernede ${name.da} og ${count === 1 ? "dens ene relation" : `dens ${count} relationer`}.`,
    });
  }
  for (const tie of removedTies) {
    const [a, b] = [namesOf(draft, tie.source), namesOf(draft, tie.target)];
    record(draft, context, {
      action: "remove-tie",
      subject: tie.id ?? `${tie.source}|${tie.target}|${tie.kind}`,
      actors: [tie.source, tie.target],
      en: `Removed the ${tie.channel ?? tie.kind} tie between ${a.en} and ${b.en}.`,
      da: `Fjernede ${tie.channel ?? tie.kind}-relationen mellem ${a.da} og ${b.da}.`,
    });
    draft.between.delete(pairKey(tie.source, tie.target));
  }
  keep(draft.doc.actors, (a) => !gone.has(a.id));
  keep(draft.doc.ties, (t) => !gone.has(t.source) && !gone.has(t.target));
  for (const id of gone) draft.actors.delete(id);
}

/** Keeps, in place and in order, the items of `list` that pass `test`. */
function keep<T>(list: T[], test: (item: T) => boolean): void {
  let kept = 0;
  for (const item of list) if (test(item)) list[kept++] = item;
  list.length = kept;
}
