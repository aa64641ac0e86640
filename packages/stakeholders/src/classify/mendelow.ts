/**
 * Mendelow's power–interest grid: a stakeholder's power over a change against its interest in it,
 * each high or low (see `levels.ts`), gives one of four strategies:
 *
 * | power \ interest | high           | low            |
 * |------------------|----------------|----------------|
 * | high             | manage closely | keep satisfied |
 * | low              | keep informed  | monitor        |
 *
 * Uses `power` and `interest`; a stakeholder missing either gets no quadrant (`null`). Defaults: the
 * cut-off of each is its scale's midpoint, and a value on the cut-off is low.
 *
 * Reference: Mendelow, A. L. (1981). Environmental scanning — the impact of the stakeholder concept.
 * Proceedings of the 2nd International Conference on Information Systems, 407–418; the four strategy
 * names as popularised by Johnson & Scholes, Exploring Corporate Strategy.
 */
import type { Stakeholder } from "../schema/stakeholder.js";
import type { ClassInfo } from "./labels.js";
import { type LevelOptions, type Quadrant, quadrant } from "./levels.js";

/** The attributes Mendelow's grid uses: power (rows) and interest (columns). */
export const MENDELOW_ATTRIBUTES = ["power", "interest"] as const;

/** A quadrant of Mendelow's grid. */
export type MendelowClass = "manage-closely" | "keep-satisfied" | "keep-informed" | "monitor";

const BY_QUADRANT: Record<Quadrant, MendelowClass> = {
  "high-high": "manage-closely",
  "high-low": "keep-satisfied",
  "low-high": "keep-informed",
  "low-low": "monitor",
};

/** Names and recommended handling of Mendelow's quadrants. */
export const MENDELOW_CLASSES: Readonly<Record<MendelowClass, ClassInfo<MendelowClass>>> = {
  "manage-closely": {
    id: "manage-closely",
    label: { en: "Manage closely", da: "Håndtér tæt" },
    handling: {
      en: "Key players: involve them in decisions, meet them regularly and build the model with them.",
      da: "Nøglespillere: inddrag dem i beslutningerne, mød dem jævnligt og udvikl modellen sammen med dem.",
    },
  },
  "keep-satisfied": {
    id: "keep-satisfied",
    label: { en: "Keep satisfied", da: "Hold tilfreds" },
    handling: {
      en: "They can stop the change but care little about it: consult them on what matters to them and avoid surprises.",
      da: "De kan standse forandringen, men interesserer sig kun lidt for den: hør dem om det, der betyder noget for dem, og undgå overraskelser.",
    },
  },
  "keep-informed": {
    id: "keep-informed",
    label: { en: "Keep informed", da: "Hold informeret" },
    handling: {
      en: "They care but have little power: inform them regularly and use their knowledge and feedback.",
      da: "De er engagerede, men har kun lidt magt: informér dem løbende og brug deres viden og tilbagemeldinger.",
    },
  },
  monitor: {
    id: "monitor",
    label: { en: "Monitor", da: "Overvåg" },
    handling: {
      en: "Minimum effort: general information, and watch for changes in their power or interest.",
      da: "Mindst mulig indsats: generel information, og hold øje med ændringer i deres magt eller interesse.",
    },
  },
};

/**
 * The quadrant of Mendelow's power–interest grid for a stakeholder, or `null` when its power or
 * interest is missing.
 *
 * @example
 * mendelow({ id: "kl", power: 4, interest: 2 }); // "keep-satisfied"
 */
export function mendelow(stakeholder: Stakeholder, options: LevelOptions = {}): MendelowClass | null {
  const cell = quadrant(stakeholder, MENDELOW_ATTRIBUTES, options);
  return cell === null ? null : BY_QUADRANT[cell];
}
