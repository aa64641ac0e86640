import { formatLocale } from "d3";
import type { Locale } from "./labels.js";

const LOCALES = {
  en: formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["", ""], minus: "−" }),
  da: formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["", " kr."], minus: "−" }),
};

/**
 * Formats a number for `locale` with a d3-format specifier (`".2f"`, `",d"`, `".0%"`): Danish uses a
 * decimal comma and a thousands point. `NaN` becomes "–".
 */
export function formatNumber(value: number, specifier: string, locale: Locale = "en"): string {
  return Number.isNaN(value) ? "–" : LOCALES[locale].format(specifier)(value);
}
