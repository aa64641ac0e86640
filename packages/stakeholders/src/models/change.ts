/**
 * The change log of a collaboration model applied to a network: one entry per thing a rule did or could
 * not do, in English and Danish, with the actors it touches (so stakeholder impacts can be traced to
 * the changes behind them).
 *
 *   add-sector    the network did not list the sector of a new actor
 *   add-actor     a new actor (a consultant, a team, a forum)
 *   add-tie       a new communication or collaboration tie
 *   form-team     a team formed in a place, naming its members (its ties follow as add-tie)
 *   upgrade-tie   a channel's quality raised (`before` → `after`, on the network's scale)
 *   scale-wait    a handoff's wait multiplied (`before` → `after`, in the tie's own unit; `factor`)
 *   remove-actor  an actor removed (its ties follow as `remove-tie`)
 *   remove-tie    a tie removed with its actor
 *   unchanged     the rule found what it looked for, but it was already so (a channel already there)
 *   no-match      the rule found nothing to change ("No actors of kind jobcentre in this network.")
 *
 * A rule that matches nothing is a line here, never an error: a model written for kinds meets
 * networks that lack some of them.
 */
import type { Locale } from "@tvaers/model";
import type { Rule } from "./rules/schema.js";

/** What a change did. */
export type ChangeAction =
  | "add-sector"
  | "add-actor"
  | "add-tie"
  | "form-team"
  | "upgrade-tie"
  | "scale-wait"
  | "remove-actor"
  | "remove-tie"
  | "unchanged"
  | "no-match";

/** One line of the change log. */
export interface Change {
  /** 0-based index of the rule in the model. */
  rule: number;
  /** The rule's type. */
  type: Rule["type"];
  action: ChangeAction;
  /** What changed: an actor or tie id, or (for `no-match`) the kinds or ids the rule looked for. */
  subject: string;
  /** The actors the change touches (both ends of a tie; empty for `no-match`). */
  actors: string[];
  /** The change in English. */
  en: string;
  /** The change in Danish. */
  da: string;
  /** A quality (upgrade-tie) or wait (scale-wait) before the change. */
  before?: number;
  /** … and after it. */
  after?: number;
  /** The factor a wait was multiplied by (scale-wait). */
  factor?: number;
}

/** A text in both languages. */
export type Bilingual = Record<Locale, string>;

/** A number for a change text: at most two decimals, with a decimal comma in Danish. */
export function formatValue(value: number, locale: Locale): string {
  const text = String(Math.round(value * 100) / 100);
  return locale === "da" ? text.replace(".", ",") : text;
}

/** A list of names joined with "or" / "eller" (kinds a rule looks for). */
export function orList(items: readonly string[], locale: Locale): string {
  const word = locale === "da" ? "eller" : "or";
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}

/** The change log as text lines in one language, each prefixed with its rule number (1-based). */
export function formatChanges(changes: readonly Change[], locale: Locale = "en"): string[] {
  return changes.map((change) => `${change.rule + 1}. ${change[locale]}`);
}
