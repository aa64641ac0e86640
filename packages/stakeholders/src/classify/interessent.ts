/**
 * The Danish interessentanalyse: a stakeholder's influence on a change (`power`) against how much
 * the change affects it (`affected`), each high or low (see `levels.ts`). Danish practice uses two
 * naming conventions for the four fields; both are offered:
 *
 *                     much affected                 little affected
 *   high influence    (a) ressourcepersoner         (a) grå eminencer
 *                     (b) centrale interessenter    (b) ressourcepersoner
 *   low influence     gidsler                       eksterne interessenter
 *
 * Convention (a), the default, calls the influential and affected *ressourcepersoner* (involve
 * closely) and the influential but unaffected *grå eminencer* (listen, keep satisfied). Convention
 * (b) calls the influential and affected *centrale interessenter* and keeps *ressourcepersoner* for
 * the influential but unaffected, whose knowledge and resources the change can draw on. Both call
 * the affected without influence *gidsler* (hostages: keep informed) and the rest *eksterne
 * interessenter* (minimal effort).
 *
 * A stakeholder has one power attribute, so `power` is read as influence (*indflydelse*). A
 * stakeholder missing `power` or `affected` gets no field (`null`). Defaults: each cut-off is its
 * scale's midpoint, and a value on the cut-off is low.
 *
 * Reference: the four-field interessentanalyse of Danish project management, as taught in Danish
 * project-management guides and used by regions and municipalities.
 */
import type { Stakeholder } from "../schema/stakeholder.js";
import type { ClassInfo } from "./labels.js";
import { type LevelOptions, type Quadrant, quadrant } from "./levels.js";

/** The attributes the interessentanalyse uses: influence (`power`, rows) and `affected` (columns). */
export const INTERESSENT_ATTRIBUTES = ["power", "affected"] as const;

/** The two naming conventions: (a) with *grå eminencer*, (b) with *centrale interessenter*. */
export type InteressentConvention = "a" | "b";

/** The conventions, the default first. */
export const INTERESSENT_CONVENTIONS: readonly InteressentConvention[] = ["a", "b"];

/** A field of the interessentanalyse (in either convention). */
export type InteressentClass =
  | "ressourcepersoner"
  | "graa-eminencer"
  | "gidsler"
  | "eksterne-interessenter"
  | "centrale-interessenter";

const INVOLVE = {
  en: "Influential and affected: involve them closely in shaping and deciding the change; they can carry it.",
  da: "Indflydelsesrige og berørte: inddrag dem tæt i at forme og beslutte forandringen; de kan bære den.",
};

const GIDSLER: ClassInfo<InteressentClass> = {
  id: "gidsler",
  label: { en: "Hostages", da: "Gidsler" },
  handling: {
    en: "Affected but without influence: keep them informed, listen to their concerns and take care of their interests.",
    da: "Berørte uden indflydelse: hold dem informeret, lyt til deres bekymringer og varetag deres interesser.",
  },
};

const EKSTERNE: ClassInfo<InteressentClass> = {
  id: "eksterne-interessenter",
  label: { en: "External stakeholders", da: "Eksterne interessenter" },
  handling: {
    en: "Little influence and little affected: minimal effort; general information is enough.",
    da: "Lille indflydelse og kun lidt berørte: mindst mulig indsats; generel information er nok.",
  },
};

/** Names and recommended handling of the four fields, per convention, by grid cell (influence, affected). */
export const INTERESSENT_CLASSES: Readonly<
  Record<InteressentConvention, Readonly<Record<Quadrant, ClassInfo<InteressentClass>>>>
> = {
  a: {
    "high-high": {
      id: "ressourcepersoner",
      label: { en: "Resource persons", da: "Ressourcepersoner" },
      handling: INVOLVE,
    },
    "high-low": {
      id: "graa-eminencer",
      label: { en: "Grey eminences", da: "Grå eminencer" },
      handling: {
        en: "Influential but hardly affected: listen to them, keep them satisfied and make sure they feel taken seriously.",
        da: "Indflydelsesrige, men næppe berørte: lyt til dem, hold dem tilfredse og sørg for, at de føler sig taget alvorligt.",
      },
    },
    "low-high": GIDSLER,
    "low-low": EKSTERNE,
  },
  b: {
    "high-high": {
      id: "centrale-interessenter",
      label: { en: "Key stakeholders", da: "Centrale interessenter" },
      handling: INVOLVE,
    },
    "high-low": {
      id: "ressourcepersoner",
      label: { en: "Resource persons", da: "Ressourcepersoner" },
      handling: {
        en: "Influential but hardly affected: draw on their knowledge and resources, consult them and keep them satisfied.",
        da: "Indflydelsesrige, men næppe berørte: træk på deres viden og ressourcer, hør dem og hold dem tilfredse.",
      },
    },
    "low-high": GIDSLER,
    "low-low": EKSTERNE,
  },
};

/** Options of {@link interessent}: scales, cut-offs and the naming convention (default `a`). */
export interface InteressentOptions extends LevelOptions {
  convention?: InteressentConvention;
}

/** The name and handling of a field in a convention. */
export function interessentClass(
  id: InteressentClass,
  convention: InteressentConvention = "a",
): ClassInfo<InteressentClass> | undefined {
  return Object.values(INTERESSENT_CLASSES[convention]).find((c) => c.id === id);
}

/**
 * The field of the interessentanalyse for a stakeholder, in the chosen convention, or `null` when
 * its power (influence) or `affected` is missing.
 *
 * @example
 * interessent({ id: "kl", power: 4, affected: 2 }); // "graa-eminencer"
 * interessent({ id: "kl", power: 4, affected: 2 }, { convention: "b" }); // "ressourcepersoner"
 */
export function interessent(
  stakeholder: Stakeholder,
  options: InteressentOptions = {},
): InteressentClass | null {
  const cell = quadrant(stakeholder, INTERESSENT_ATTRIBUTES, options);
  return cell === null ? null : INTERESSENT_CLASSES[options.convention ?? "a"][cell].id;
}
