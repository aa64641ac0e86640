/**
 * Applying a collaboration model to a network: the rules run in order on a copy of the network (each
 * sees what the ones before it changed), and the result is validated as a network document again.
 *
 *   applyModel(network, model) → { network, changes }
 *
 * `network` is a valid `tvaers.network/v1` document (`parseNetwork` accepts it) with the model's
 * actors and ties added under deterministic ids (`draft.ts`); the input is not changed. `changes` is
 * the change log in English and Danish (`change.ts`): what each rule added, upgraded, scaled or removed,
 * and, as a line rather than an error, what it looked for and did not find.
 *
 * What each rule does: `rules/add-actor.ts`, `rules/channels.ts`, `rules/form-team.ts`,
 * `rules/scale-waits.ts`, `rules/remove-actor.ts`; where new actors go: `place.ts`.
 *
 * Complexity: the sum of the rules', plus O(n + m) to copy and validate.
 */
import { type NetworkDocument, parseNetwork } from "@tvaers/model";
import type { Change } from "./change.js";
import type { ModelDocument } from "./document.js";
import { createDraft, type Draft } from "./draft.js";
import { applyAddActor } from "./rules/add-actor.js";
import { applyAddChannel, applyUpgradeChannel } from "./rules/channels.js";
import { applyFormTeam } from "./rules/form-team.js";
import { applyRemoveActor } from "./rules/remove-actor.js";
import { applyScaleWaits } from "./rules/scale-waits.js";
import type { Rule } from "./rules/schema.js";

/** The result of {@link applyModel}. */
export interface AppliedModel {
  /** The changed network, valid under `parseNetwork`. */
  network: NetworkDocument;
  /** The change log, in rule order. */
  changes: Change[];
}

/** Runs one rule on the draft. */
function applyRule(draft: Draft, index: number, rule: Rule): void {
  switch (rule.type) {
    case "add-actor":
      applyAddActor(draft, { index, rule });
      break;
    case "add-channel":
      applyAddChannel(draft, { index, rule });
      break;
    case "upgrade-channel":
      applyUpgradeChannel(draft, { index, rule });
      break;
    case "form-team":
      applyFormTeam(draft, { index, rule });
      break;
    case "scale-waits":
      applyScaleWaits(draft, { index, rule });
      break;
    case "remove-actor":
      applyRemoveActor(draft, { index, rule });
      break;
  }
}

/**
 * Applies a collaboration model's rules, in order, to a copy of a validated network and returns the
 * changed network with a change log in English and Danish. A rule that matches nothing adds a line to
 * the log; it is not an error.
 *
 * @example
 * const { network, changes } = applyModel(parseNetwork(json), parseModel(modelJson));
 * changes.map((c) => c.en); // ["Added MS liaison consultant, Morsø Kommune (consultant).", …]
 */
export function applyModel(network: NetworkDocument, model: ModelDocument): AppliedModel {
  const draft = createDraft(network, model);
  model.rules.forEach((rule, index) => {
    applyRule(draft, index, rule);
  });
  return { network: parseNetwork(draft.doc), changes: draft.changes };
}
