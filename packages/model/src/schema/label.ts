import { z } from "zod";

/**
 * A human-readable name: a plain string, or the same name in English and Danish.
 * Either language may be missing from the object form, but not both.
 */
export const LabelSchema = z.union([
  z.string().min(1, "must not be empty"),
  z
    .strictObject({ en: z.string().min(1).optional(), da: z.string().min(1).optional() })
    .refine((l) => l.en !== undefined || l.da !== undefined, "needs an English (en) or Danish (da) text"),
]);

/** A label: a string, or `{ en, da }`. */
export type Label = z.infer<typeof LabelSchema>;

/** The locales tvaers speaks. */
export type Locale = "en" | "da";

/** The text of a label in a locale, falling back to the other language. */
export function labelText(label: Label | undefined, locale: Locale = "en"): string {
  if (label === undefined) return "";
  if (typeof label === "string") return label;
  return (locale === "da" ? (label.da ?? label.en) : (label.en ?? label.da)) ?? "";
}
