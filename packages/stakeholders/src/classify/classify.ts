/**
 * Every classification of every stakeholder at once: Mendelow's power–interest quadrant, the
 * Danish interessentanalyse field, Mitchell, Agle & Wood's salience class and Bourne's Stakeholder
 * Circle index (each defined in its own file). A stakeholder missing a rating a classification needs
 * gets `null` for that classification and a warning saying which rating is missing; the other
 * classifications are still made. Scales come from the options, else from the document, else the
 * defaults; cut-offs default to each scale's midpoint, and a value on a cut-off counts as low.
 */
import type { Label } from "@tvaers/model";
import type { StakeholderDocument } from "../schema/document.js";
import { resolveScales, type Scales, type ScalesInput, type StakeholderAttribute } from "../schema/scales.js";
import type { Stakeholder } from "../schema/stakeholder.js";
import { BOURNE_ATTRIBUTES, type BourneWeights, bourne } from "./bourne.js";
import {
  INTERESSENT_ATTRIBUTES,
  type InteressentClass,
  type InteressentConvention,
  interessent,
} from "./interessent.js";
import { type LevelOptions, missingRatings, type Thresholds } from "./levels.js";
import { MENDELOW_ATTRIBUTES, type MendelowClass, mendelow } from "./mendelow.js";
import { SALIENCE_ATTRIBUTES, type SalienceClass, salience } from "./salience.js";

/** The classifications {@link classify} makes. */
export const CLASSIFICATIONS = ["mendelow", "interessent", "salience", "bourne"] as const;

/** One of {@link CLASSIFICATIONS}. */
export type ClassificationName = (typeof CLASSIFICATIONS)[number];

const NEEDS: Record<ClassificationName, readonly StakeholderAttribute[]> = {
  mendelow: MENDELOW_ATTRIBUTES,
  interessent: INTERESSENT_ATTRIBUTES,
  salience: SALIENCE_ATTRIBUTES,
  bourne: BOURNE_ATTRIBUTES,
};

const TITLES: Record<ClassificationName, string> = {
  mendelow: "Mendelow quadrant",
  interessent: "interessentanalyse field",
  salience: "salience class",
  bourne: "Stakeholder Circle index",
};

/** Options of {@link classify}. */
export interface ClassifyOptions {
  /** Scales of some attributes; default: the document's `scales`, else 1–5 (attitude −2…+2). */
  scales?: ScalesInput;
  /** Cut-offs of the grids and of salience, per attribute; default: each scale's midpoint. */
  thresholds?: Thresholds;
  /** Cut-offs of salience only, over `thresholds` (when an attribute is "present" is stricter or looser). */
  salienceThresholds?: Thresholds;
  /** The interessentanalyse's naming convention; default `a` (see `interessent.ts`). */
  convention?: InteressentConvention;
  /** Weights of the Stakeholder Circle index; default power 4, proximity 2, urgency 5. */
  bourneWeights?: BourneWeights;
}

/** The classifications of one stakeholder; `null` where a needed rating is missing. */
export interface StakeholderClassification {
  id: string;
  label?: Label;
  mendelow: MendelowClass | null;
  interessent: InteressentClass | null;
  salience: SalienceClass | null;
  /** The Stakeholder Circle index, 0–1. */
  bourne: number | null;
}

/** A classification left out for a stakeholder, and why. */
export interface ClassificationWarning {
  stakeholder: string;
  classification: ClassificationName;
  missing: StakeholderAttribute[];
  message: string;
}

/** The result of {@link classify}. */
export interface Classification {
  stakeholders: StakeholderClassification[];
  warnings: ClassificationWarning[];
  /** The interessentanalyse convention used. */
  convention: InteressentConvention;
  /** The scales used. */
  scales: Scales;
}

/** `power`, `power and urgency`, `power, legitimacy and urgency`. */
const listed = (names: readonly string[]) =>
  names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

const isDocument = (input: StakeholderDocument | readonly Stakeholder[]): input is StakeholderDocument =>
  !Array.isArray(input);

/**
 * Classifies every stakeholder (see the file comment). Takes a document (whose scales are used) or
 * a list of stakeholders.
 *
 * @example
 * const { stakeholders, warnings } = classify(doc, { convention: "b" });
 * stakeholders[0]; // { id: "kl", mendelow: "keep-satisfied", interessent: "ressourcepersoner", … }
 */
export function classify(
  input: StakeholderDocument | readonly Stakeholder[],
  options: ClassifyOptions = {},
): Classification {
  const list = isDocument(input) ? input.stakeholders : input;
  const scales = options.scales ?? (isDocument(input) ? input.scales : undefined) ?? {};
  const convention = options.convention ?? "a";
  const levels: LevelOptions = { scales, ...(options.thresholds && { thresholds: options.thresholds }) };
  const salienceLevels: LevelOptions = {
    scales,
    thresholds: { ...options.thresholds, ...options.salienceThresholds },
  };
  const warnings: ClassificationWarning[] = [];
  const stakeholders = list.map((stakeholder): StakeholderClassification => {
    for (const name of CLASSIFICATIONS) {
      const missing = missingRatings(stakeholder, NEEDS[name]);
      if (missing.length > 0) {
        warnings.push({
          stakeholder: stakeholder.id,
          classification: name,
          missing,
          message: `stakeholder "${stakeholder.id}" has no ${TITLES[name]}: ${listed(missing)} ${missing.length === 1 ? "is" : "are"} missing`,
        });
      }
    }
    return {
      id: stakeholder.id,
      ...(stakeholder.label !== undefined && { label: stakeholder.label }),
      mendelow: mendelow(stakeholder, levels),
      interessent: interessent(stakeholder, { ...levels, convention }),
      salience: salience(stakeholder, salienceLevels),
      bourne: bourne(stakeholder, {
        scales,
        ...(options.bourneWeights && { weights: options.bourneWeights }),
      }),
    };
  });
  return { stakeholders, warnings, convention, scales: resolveScales(scales) };
}
