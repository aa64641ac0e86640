/**
 * The sector palette: one fixed colour per tvaers sector id, the same in every view and notebook.
 * The colours are Okabe & Ito's palette for colour-vision deficiencies (Okabe & Ito 2008, "Color
 * Universal Design"), chosen so that the four main sectors (region, municipality, general practice,
 * citizens) stay apart for people with any common form of colour blindness.
 */

/** The fixed colour of each known sector. */
export const SECTOR_COLOURS: Readonly<Record<string, string>> = Object.freeze({
  region: "#0072B2",
  municipality: "#009E73",
  "general-practice": "#E69F00",
  citizen: "#CC79A7",
  national: "#56B4E9",
  "patient-organisation": "#D55E00",
  research: "#6B5B00",
});

/** Colours for sectors that are not in {@link SECTOR_COLOURS}, handed out in order of first use. */
const SPARE_COLOURS = ["#000000", "#8C564B", "#7F7F7F", "#9467BD", "#17BECF"];

/** The colour of anything whose sector is unknown. */
export const UNKNOWN_COLOUR = "#B0B0B0";

/**
 * A colour function for a set of sectors: known sectors get their fixed colour, others a spare
 * colour in the order given (so the same list gives the same colours), and anything else grey.
 */
export function sectorColours(sectors: readonly string[] = []): (sector: string | undefined) => string {
  const extra = new Map<string, string>();
  for (const sector of sectors) {
    if (SECTOR_COLOURS[sector] === undefined && !extra.has(sector)) {
      extra.set(sector, SPARE_COLOURS[extra.size % SPARE_COLOURS.length]!);
    }
  }
  return (sector) =>
    sector === undefined ? UNKNOWN_COLOUR : (SECTOR_COLOURS[sector] ?? extra.get(sector) ?? UNKNOWN_COLOUR);
}
