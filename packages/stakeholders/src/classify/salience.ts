/**
 * Stakeholder salience (Mitchell, Agle & Wood 1997): how much attention a stakeholder claims,
 * from which of three attributes it has — power to impose its will, legitimacy of its claim, and
 * urgency of the claim. An attribute is present when its rating is strictly above its cut-off (by
 * default the scale's midpoint; see `levels.ts`). The combination names one of eight classes:
 *
 * | power | legitimacy | urgency | class                        |
 * |-------|------------|---------|------------------------------|
 * | ✓     |            |         | dormant         (latent)     |
 * |       | ✓          |         | discretionary   (latent)     |
 * |       |            | ✓       | demanding       (latent)     |
 * | ✓     | ✓          |         | dominant        (expectant)  |
 * | ✓     |            | ✓       | dangerous       (expectant)  |
 * |       | ✓          | ✓       | dependent       (expectant)  |
 * | ✓     | ✓          | ✓       | definitive                   |
 * |       |            |         | non-stakeholder              |
 *
 * A stakeholder missing any of the three ratings gets no class (`null`): an attribute not assessed
 * is not the same as an attribute absent.
 *
 * Reference: Mitchell, R. K., Agle, B. R., & Wood, D. J. (1997). Toward a theory of stakeholder
 * identification and salience: defining the principle of who and what really counts. Academy of
 * Management Review 22(4), 853–886.
 */
import { ratingOf, type Stakeholder } from "../schema/stakeholder.js";
import type { ClassInfo } from "./labels.js";
import { isHigh, type LevelOptions } from "./levels.js";

/** The attributes of salience: power, legitimacy, urgency. */
export const SALIENCE_ATTRIBUTES = ["power", "legitimacy", "urgency"] as const;

/** A salience class of Mitchell, Agle & Wood. */
export type SalienceClass =
  | "dormant"
  | "discretionary"
  | "demanding"
  | "dominant"
  | "dangerous"
  | "dependent"
  | "definitive"
  | "non-stakeholder";

/** The class by which attributes are present, keyed `P`, `L`, `U` in that order (`PU`: power and urgency). */
const BY_ATTRIBUTES: Record<string, SalienceClass> = {
  "": "non-stakeholder",
  P: "dormant",
  L: "discretionary",
  U: "demanding",
  PL: "dominant",
  PU: "dangerous",
  LU: "dependent",
  PLU: "definitive",
};

const info = (id: SalienceClass, en: string, da: string, handlingEn: string, handlingDa: string) => ({
  id,
  label: { en, da },
  handling: { en: handlingEn, da: handlingDa },
});

/** Names and recommended handling of the eight salience classes. */
export const SALIENCE_CLASSES: Readonly<Record<SalienceClass, ClassInfo<SalienceClass>>> = {
  dormant: info(
    "dormant",
    "Dormant",
    "Hvilende",
    "Power but no legitimate or urgent claim yet: monitor them, as a claim would make them salient at once.",
    "Magt, men endnu intet legitimt eller presserende krav: hold øje med dem, for et krav gør dem straks vigtige.",
  ),
  discretionary: info(
    "discretionary",
    "Discretionary",
    "Skønsmæssig",
    "A legitimate claim without power or urgency: no pressure to act; involve them by choice and keep them informed.",
    "Et legitimt krav uden magt eller hast: intet pres for at handle; inddrag dem efter eget valg og hold dem informeret.",
  ),
  demanding: info(
    "demanding",
    "Demanding",
    "Krævende",
    "An urgent claim without power or legitimacy: acknowledge it and monitor, without giving it priority.",
    "Et presserende krav uden magt eller legitimitet: anerkend det og hold øje, uden at give det forrang.",
  ),
  dominant: info(
    "dominant",
    "Dominant",
    "Dominerende",
    "Power and a legitimate claim: their expectations matter; consult them and keep them satisfied.",
    "Magt og et legitimt krav: deres forventninger betyder noget; hør dem og hold dem tilfredse.",
  ),
  dangerous: info(
    "dangerous",
    "Dangerous",
    "Farlig",
    "Power and urgency without legitimacy: they may force their will; take their claim seriously and handle it with care.",
    "Magt og hast uden legitimitet: de kan gennemtvinge deres vilje; tag deres krav alvorligt og håndtér det varsomt.",
  ),
  dependent: info(
    "dependent",
    "Dependent",
    "Afhængig",
    "A legitimate, urgent claim without power: they depend on others to be heard; give them a voice and an advocate.",
    "Et legitimt og presserende krav uden magt: de er afhængige af andre for at blive hørt; giv dem en stemme og en fortaler.",
  ),
  definitive: info(
    "definitive",
    "Definitive",
    "Afgørende",
    "Power, legitimacy and urgency: first priority; respond at once and involve them in decisions.",
    "Magt, legitimitet og hast: første prioritet; reagér straks og inddrag dem i beslutningerne.",
  ),
  "non-stakeholder": info(
    "non-stakeholder",
    "Non-stakeholder",
    "Ikke-interessent",
    "None of the three attributes: no action, but check again as the change develops.",
    "Ingen af de tre egenskaber: ingen handling, men vurdér igen, efterhånden som forandringen udvikler sig.",
  ),
};

/**
 * The salience class of a stakeholder, or `null` when its power, legitimacy or urgency is missing.
 *
 * @example
 * salience({ id: "patients", power: 2, legitimacy: 5, urgency: 4 }); // "dependent"
 */
export function salience(stakeholder: Stakeholder, options: LevelOptions = {}): SalienceClass | null {
  let key = "";
  for (const [attribute, letter] of [
    ["power", "P"],
    ["legitimacy", "L"],
    ["urgency", "U"],
  ] as const) {
    const value = ratingOf(stakeholder, attribute);
    if (value === undefined) return null;
    if (isHigh(value, attribute, options)) key += letter;
  }
  return BY_ATTRIBUTES[key]!;
}
