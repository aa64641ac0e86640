/**
 * What a class of a stakeholder classification says to a planner: its name in English and Danish,
 * and the handling it recommends, in both languages. Every class of every classification has one.
 */

/** A text in English and Danish. */
export interface Bilingual {
  en: string;
  da: string;
}

/** A class of a classification: its id, its name and its recommended handling. */
export interface ClassInfo<Id extends string = string> {
  id: Id;
  label: Bilingual;
  handling: Bilingual;
}
