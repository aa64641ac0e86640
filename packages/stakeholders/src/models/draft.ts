/**
 * The working copy a model's rules change: a deep copy of the network with indexes for the rules, fresh
 * deterministic ids, provenance on what is added, and the change log.
 *
 * Ids of what a model adds are derived from the model and rule, never random, so the same model on the
 * same network gives the same network:
 *   actor  `<model id>/<rule id or kind>` for one per network, `…@<cluster or organisation id>` per place;
 *   tie    `<kind>:<source>><target>` and `:<channel>` for a communication tie (the example data's form).
 * An id already taken gets `#2`, `#3`, … .
 *
 * Added actors and ties carry `attributes.provenance: "model"`, the model's id, the rule's index,
 * the rule's `source` and its `valueProvenance` (default `"illustrative"`).
 */
import type { Actor, AttributeValue, NetworkDocument, Tie } from "@tvaers/model";
import { type Locale, labelText } from "@tvaers/model";
import type { Bilingual, Change } from "./change.js";
import type { ModelDocument } from "./document.js";
import type { Rule } from "./rules/schema.js";

/** A network being changed by a model, with its change log. */
export interface Draft {
  readonly doc: NetworkDocument;
  readonly model: ModelDocument;
  readonly actors: Map<string, Actor>;
  readonly changes: Change[];
  readonly ids: Set<string>;
  /** The ties between each unordered pair of actors (see {@link pairKey}). */
  readonly between: Map<string, Tie[]>;
}

/** The key of an unordered pair of actors. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function index(between: Map<string, Tie[]>, tie: Tie): void {
  const key = pairKey(tie.source, tie.target);
  const list = between.get(key);
  if (list === undefined) between.set(key, [tie]);
  else list.push(tie);
}

/** The rule being applied: its index and content. */
export interface RuleContext<R extends Rule = Rule> {
  index: number;
  rule: R;
}

/** Starts a draft from a deep copy of `doc`. */
export function createDraft(doc: NetworkDocument, model: ModelDocument): Draft {
  const copy = structuredClone(doc);
  const ids = new Set<string>([...copy.actors.map((a) => a.id), ...copy.ties.flatMap((t) => t.id ?? [])]);
  const between = new Map<string, Tie[]>();
  for (const tie of copy.ties) index(between, tie);
  return { doc: copy, model, actors: new Map(copy.actors.map((a) => [a.id, a])), changes: [], ids, between };
}

/** `base`, or `base#2`, `base#3`, … — the first not yet taken; marks it taken. */
export function freshId(draft: Draft, base: string): string {
  let id = base;
  for (let n = 2; draft.ids.has(id); n++) id = `${base}#${n}`;
  draft.ids.add(id);
  return id;
}

/** The provenance attributes of what a rule adds. */
export function provenance(
  { index, rule }: RuleContext,
  model: ModelDocument,
): Record<string, AttributeValue> {
  return {
    provenance: "model",
    model: model.id,
    rule: index,
    ...(rule.source !== undefined && { source: rule.source }),
    valueProvenance: rule.valueProvenance ?? "illustrative",
  };
}

/** An actor's name in a language, falling back to its id. */
export function nameOf(draft: Draft, id: string, locale: Locale): string {
  const actor = draft.actors.get(id);
  return actor === undefined ? id : labelText(actor.label, locale) || id;
}

/** Both names of an actor. */
export function namesOf(draft: Draft, id: string): Bilingual {
  return { en: nameOf(draft, id, "en"), da: nameOf(draft, id, "da") };
}

/** Appends a line to the change log. */
export function record(
  draft: Draft,
  { index, rule }: RuleContext,
  change: Omit<Change, "rule" | "type">,
): void {
  draft.changes.push({ rule: index, type: rule.type, ...change });
}

/** Adds an actor (its sector too, when the network lacks it) and logs it. */
export function addActor(draft: Draft, context: RuleContext, actor: Actor): void {
  if (!draft.doc.sectors.some((s) => s.id === actor.sector)) {
    draft.doc.sectors.push({ id: actor.sector, label: actor.sector });
    record(draft, context, {
      action: "add-sector",
      subject: actor.sector,
      actors: [],
      en: `Added the sector ${actor.sector}, which the network did not list.`,
      da: `Tilføjede sektoren ${actor.sector}, som netværket ikke havde.`,
    });
  }
  draft.doc.actors.push(actor);
  draft.actors.set(actor.id, actor);
  const name = namesOf(draft, actor.id);
  record(draft, context, {
    action: "add-actor",
    subject: actor.id,
    actors: [actor.id],
    en: `Added ${name.en} (${actor.kind}).`,
    da: `Tilføjede ${name.da} (${actor.kind}).`,
  });
}

/** What {@link addTie} needs: a tie without id, weight and direction, which are filled in. */
export type NewTie = Omit<Tie, "id" | "weight" | "directed"> & { weight?: number; directed?: boolean };

/** Adds a tie with a fresh id and the rule's provenance, and logs it. Returns the tie. */
export function addTie(draft: Draft, context: RuleContext, tie: NewTie): Tie {
  const base = `${tie.kind}:${tie.source}>${tie.target}${tie.channel === undefined ? "" : `:${tie.channel}`}`;
  const added: Tie = {
    id: freshId(draft, base),
    ...tie,
    weight: tie.weight ?? 1,
    directed: tie.directed ?? false,
    attributes: { ...tie.attributes, ...provenance(context, draft.model) },
  };
  draft.doc.ties.push(added);
  index(draft.between, added);
  const a = namesOf(draft, tie.source);
  const b = namesOf(draft, tie.target);
  const quality = tie.quality;
  const text: Bilingual =
    tie.kind === "communication"
      ? {
          en: `New ${tie.channel ?? "communication"} channel between ${a.en} and ${b.en}${quality === undefined ? "" : ` (quality ${quality})`}.`,
          da: `Ny ${tie.channel ?? "kommunikations"}-kanal mellem ${a.da} og ${b.da}${quality === undefined ? "" : ` (kvalitet ${String(quality).replace(".", ",")})`}.`,
        }
      : {
          en: `New ${tie.kind} tie between ${a.en} and ${b.en}.`,
          da: `Ny ${tie.kind}-relation mellem ${a.da} og ${b.da}.`,
        };
  record(draft, context, {
    action: "add-tie",
    subject: added.id!,
    actors: [tie.source, tie.target],
    ...text,
  });
  return added;
}

/** The ties of `kind` (and, when given, `channel`) between `a` and `b`, either way round. */
export function tiesBetween(draft: Draft, a: string, b: string, kind: Tie["kind"], channel?: string): Tie[] {
  const ties = draft.between.get(pairKey(a, b)) ?? [];
  return ties.filter((t) => t.kind === kind && (channel === undefined || t.channel === channel));
}

/** The actors of any of `kinds`, in document order. */
export function actorsOfKinds(draft: Draft, kinds: readonly string[]): Actor[] {
  return draft.doc.actors.filter((a) => a.kind !== undefined && kinds.includes(a.kind));
}
