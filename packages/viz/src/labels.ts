/**
 * The words the views show, in English and Danish. Every view takes a `locale` option ("en" by
 * default) and looks its fixed texts up here; names from the data (sectors, clusters, actors) come
 * from the data's own `{ en, da }` labels.
 */
import { type Label, type Locale, labelText } from "@tvaers/model";

export type { Locale } from "@tvaers/model";

const LABELS = {
  // Network view
  search: { en: "Find an actor", da: "Find en aktør" },
  searchPlaceholder: { en: "Name of a unit or role", da: "Navn på en enhed eller rolle" },
  notFound: { en: "No actor by that name", da: "Ingen aktør med det navn" },
  tieKinds: { en: "Ties shown", da: "Viste relationer" },
  legend: { en: "Sectors", da: "Sektorer" },
  sizeBy: { en: "Size", da: "Størrelse" },
  sector: { en: "Sector", da: "Sektor" },
  organisation: { en: "Organisation", da: "Organisation" },
  cluster: { en: "Cluster", da: "Klynge" },
  kind: { en: "Kind", da: "Type" },
  ties: { en: "Ties", da: "Relationer" },
  networkLabel: {
    en: "Network of actors, coloured by sector",
    da: "Netværk af aktører, farvet efter sektor",
  },
  layoutRunning: { en: "Arranging the network …", da: "Netværket arrangeres …" },
  // Tie kinds
  communication: { en: "Communication", da: "Kommunikation" },
  handoff: { en: "Handoff", da: "Overdragelse" },
  collaboration: { en: "Collaboration", da: "Samarbejde" },
  governance: { en: "Governance", da: "Styring" },
  // Mixing heatmap
  mixingTitle: { en: "Ties between sectors", da: "Relationer mellem sektorer" },
  mixingFrom: { en: "From sector", da: "Fra sektor" },
  mixingTo: { en: "To sector", da: "Til sektor" },
  density: { en: "Density (share of possible ties present)", da: "Tæthed (andel af mulige relationer)" },
  tieCount: { en: "Number of ties", da: "Antal relationer" },
  weightSum: { en: "Summed weight", da: "Samlet vægt" },
  notPossible: { en: "not possible", da: "ikke mulig" },
  // E-I by cluster
  eiTitle: { en: "E-I index by cluster", da: "E-I-indeks pr. klynge" },
  eiAxis: {
    en: "E-I index: −1 all ties within sectors, +1 all across",
    da: "E-I-indeks: −1 alle relationer inden for sektorer, +1 alle på tværs",
  },
  eiExpected: { en: "expected by chance", da: "forventet ved tilfældighed" },
  noTies: { en: "no ties", da: "ingen relationer" },
  // Export
  downloadSvg: { en: "SVG", da: "SVG" },
  downloadPng: { en: "PNG", da: "PNG" },
  downloadCsv: { en: "CSV", da: "CSV" },
  downloadGexf: { en: "GEXF", da: "GEXF" },
  downloadGraphml: { en: "GraphML", da: "GraphML" },
  download: { en: "Download", da: "Hent" },
  // Power–interest grid (Mendelow)
  gridTitle: { en: "Power and interest", da: "Magt og interesse" },
  gridPower: { en: "Power", da: "Magt" },
  gridInterest: { en: "Interest", da: "Interesse" },
  manageClosely: { en: "Manage closely", da: "Håndtér tæt" },
  keepSatisfied: { en: "Keep satisfied", da: "Hold tilfreds" },
  keepInformed: { en: "Keep informed", da: "Hold informeret" },
  gridMonitor: { en: "Monitor", da: "Overvåg" },
  onLineIsLow: {
    en: "A value on a dividing line counts as low; such dots are drawn just below or left of it.",
    da: "En værdi på en skillelinje tæller som lav; sådanne prikker tegnes lige under eller til venstre for den.",
  },
  gridAttitude: { en: "Attitude", da: "Holdning" },
  gridAgainst: { en: "against", da: "imod" },
  gridFor: { en: "for", da: "for" },
  notPlaced: { en: "not placed", da: "ikke placeret" },
  notPlacedWhy: {
    en: "Not placed: a rating the grid needs is missing.",
    da: "Ikke placeret: en vurdering, som skemaet bruger, mangler.",
  },
  // Salience diagram (Mitchell, Agle & Wood)
  salienceTitle: { en: "Salience: power, legitimacy, urgency", da: "Betydning: magt, legitimitet, hast" },
  salienceDescription: {
    en: "Each stakeholder sits in the region of the attributes it has",
    da: "Hver interessent står i feltet for de egenskaber, den har",
  },
  salienceLegitimacy: { en: "Legitimacy", da: "Legitimitet" },
  salienceUrgency: { en: "Urgency", da: "Hast" },
  dormant: { en: "Dormant", da: "Hvilende" },
  discretionary: { en: "Discretionary", da: "Skønsmæssig" },
  demanding: { en: "Demanding", da: "Krævende" },
  dominant: { en: "Dominant", da: "Dominerende" },
  dangerous: { en: "Dangerous", da: "Farlig" },
  dependent: { en: "Dependent", da: "Afhængig" },
  definitive: { en: "Definitive", da: "Afgørende" },
  nonStakeholder: { en: "Non-stakeholder", da: "Ikke-interessent" },
  notClassified: { en: "no class", da: "ingen klasse" },
  notClassifiedWhy: {
    en: "No class: power, legitimacy or urgency is missing.",
    da: "Ingen klasse: magt, legitimitet eller hast mangler.",
  },
  // Score waterfall
  waterfallTitle: { en: "How the score is made up", da: "Hvordan scoren er sammensat" },
  waterfallDescription: {
    en: "From the neutral score, each stakeholder's criterion moves the score up or down",
    da: "Fra den neutrale score flytter hver interessents kriterium scoren op eller ned",
  },
  waterfallNeutral: { en: "Neutral score", da: "Neutral score" },
  waterfallScore: { en: "Score", da: "Score" },
  waterfallOther: { en: "Other", da: "Øvrige" },
  // Rank acceptability
  acceptabilityTitle: {
    en: "How often each model takes each rank",
    da: "Hvor ofte hver model får hver plads",
  },
  acceptabilityAxis: {
    en: "Share of the random draws of weights and impacts",
    da: "Andel af de tilfældige træk af vægte og virkninger",
  },
  acceptabilityRank: { en: "Rank", da: "Plads" },
  acceptabilityExpected: { en: "expected rank", da: "forventet plads" },
  // Tornado
  tornadoTitle: { en: "What the score depends on most", da: "Hvad scoren afhænger mest af" },
  tornadoDescription: {
    en: "The score when one input at a time is lowered or raised",
    da: "Scoren, når ét input ad gangen sænkes eller hæves",
  },
  inputLowered: { en: "input lowered", da: "input sænket" },
  inputRaised: { en: "input raised", da: "input hævet" },
  tornadoBase: { en: "score as stated", da: "score som angivet" },
  tornadoNotShown: { en: "narrower inputs not shown", da: "smallere input ikke vist" },
  // Problem table
  problemsTitle: { en: "Problems found", da: "Fundne problemer" },
  noProblems: { en: "No problems found.", da: "Ingen problemer fundet." },
  problemFile: { en: "File", da: "Fil" },
  problemWhere: { en: "Line or place", da: "Linje eller sted" },
  problemField: { en: "Field", da: "Felt" },
  problemMessage: { en: "What is wrong", da: "Hvad er galt" },
  problemLine: { en: "line", da: "linje" },
  // Handoff Sankey
  sankeyTitle: {
    en: "Handoffs: who hands patients to whom",
    da: "Overdragelser: hvem overdrager patienter til hvem",
  },
  sankeyFrom: { en: "Hands over", da: "Overdrager" },
  sankeyTo: { en: "Receives", da: "Modtager" },
  handoffsUnit: { en: "handoffs", da: "overdragelser" },
  hiddenPair: {
    en: "pair is hidden by disclosure control (too few patients)",
    da: "par er skjult af hensyn til diskretion (for få patienter)",
  },
  hiddenPairs: {
    en: "pairs are hidden by disclosure control (too few patients)",
    da: "par er skjult af hensyn til diskretion (for få patienter)",
  },
  noHandoffs: { en: "No handoffs to show", da: "Ingen overdragelser at vise" },
  // Handoff waits
  waitsTitle: { en: "Waiting time at each handoff", da: "Ventetid ved hver overdragelse" },
  waitMedian: { en: "median (half waited less)", da: "median (halvdelen ventede kortere)" },
  waitP90: {
    en: "90th percentile (nine in ten waited less)",
    da: "90 %-fraktil (ni ud af ti ventede kortere)",
  },
  waitAxisHours: { en: "Wait in hours", da: "Ventetid i timer" },
  waitAxisDays: { en: "Wait in days", da: "Ventetid i dage" },
  hoursShort: { en: "h", da: "t" },
  daysShort: { en: "d", da: "d" },
  // Pathway timeline
  timelineTitle: { en: "One pathway over time", da: "Ét forløb over tid" },
  timelineDescription: {
    en: "The events of one pathway, one lane per actor, in time order",
    da: "Hændelserne i ét forløb, én bane pr. aktør, i tidsorden",
  },
  stepAcross: { en: "handoff across sectors", da: "overdragelse på tværs af sektorer" },
  stepWithin: { en: "handoff within a sector", da: "overdragelse inden for en sektor" },
  stepSame: { en: "follow-up at the same actor", da: "opfølgning hos samme aktør" },
  // Brokerage roles
  brokerageTitle: { en: "Brokerage roles per actor", da: "Brobyggerroller pr. aktør" },
  brokerageAxis: {
    en: "Pairs of other actors, not tied to each other, that this actor connects",
    da: "Par af andre aktører uden indbyrdes relation, som denne aktør forbinder",
  },
  brokerageZ: {
    en: "z-score: 2 or more is clearly above chance",
    da: "z-score: 2 eller mere er klart over tilfældighed",
  },
  coordinator: { en: "Coordinator", da: "Koordinator" },
  itinerant: { en: "Itinerant", da: "Omrejsende" },
  representative: { en: "Representative", da: "Repræsentant" },
  gatekeeper: { en: "Gatekeeper", da: "Portvagt" },
  liaison: { en: "Liaison", da: "Forbindelsesled" },
  noBrokers: {
    en: "No actor connects two others who are not tied",
    da: "Ingen aktør forbinder to andre, der ikke har en relation",
  },
} as const satisfies Record<string, { en: string; da: string }>;

/** The key of a fixed text. */
export type LabelKey = keyof typeof LABELS;

/** The fixed text `key` in `locale`. */
export function t(key: LabelKey, locale: Locale = "en"): string {
  return LABELS[key][locale];
}

/** The text of a tie kind (`communication`, `handoff`, …) in `locale`; unknown kinds as they are. */
export function tieKindText(kind: string, locale: Locale = "en"): string {
  return kind in LABELS ? t(kind as LabelKey, locale) : kind;
}

/** Something with an id and a label: a sector, cluster or organisation of a network document. */
export interface Labelled {
  id: string;
  label?: Label;
}

/**
 * Looks up the display text of a catalogue's ids (a document's `sectors`, `clusters` or
 * `organisations`) in `locale`; ids it does not know are shown as they are.
 */
export function catalogueText(
  items: readonly Labelled[] | undefined,
  locale: Locale = "en",
): (id: string) => string {
  const texts = new Map<string, string>();
  for (const item of items ?? []) texts.set(item.id, labelText(item.label, locale) || item.id);
  return (id) => texts.get(id) ?? id;
}
