/** Texts every notebook shares, in English and Danish. */

/** The language switch's choices: shown name → locale. */
export const LANGUAGES = new Map([
  ["English", "en"],
  ["Dansk", "da"],
]);

/** The notebooks, in order; `file` is missing for those not written yet. */
export const NOTEBOOKS = [
  {
    file: "cluster-overview.html",
    en: [
      "Cluster overview",
      "Choose a cluster or all: the network, how sectors mix, E-I per cluster, the most central actors.",
    ],
    da: [
      "Klyngeoverblik",
      "Vælg en klynge eller alle: netværket, hvordan sektorerne blandes, E-I pr. klynge, de mest centrale aktører.",
    ],
  },
  {
    file: "handoffs-and-gaps.html",
    en: [
      "Handoffs and gaps",
      "Where patients are handed over between sectors, and where no working channel carries the handover.",
    ],
    da: [
      "Overdragelser og huller",
      "Hvor patienter overdrages mellem sektorer, og hvor ingen velfungerende kanal bærer overdragelsen.",
    ],
  },
  {
    file: "brokers-and-bottlenecks.html",
    en: [
      "Brokers and bottlenecks",
      "Who holds collaboration together, and where it depends on a few actors.",
    ],
    da: [
      "Brobyggere og flaskehalse",
      "Hvem der holder samarbejdet sammen, og hvor det afhænger af få aktører.",
    ],
  },
  {
    file: "stakeholder-analysis.html",
    en: ["Stakeholder analysis", "Power, interest and salience of the parties to a change."],
    da: ["Interessentanalyse", "Magt, interesse og betydning for parterne i en forandring."],
  },
  {
    file: "model-relevance.html",
    en: ["Model relevance", "Which collaboration model fits a cluster, and how robust that ranking is."],
    da: [
      "Modellernes relevans",
      "Hvilken samarbejdsmodel der passer til en klynge, og hvor robust rangeringen er.",
    ],
  },
  {
    file: "your-own-data.html",
    en: [
      "Your own data",
      "Bring your own network (CSV, GEXF, GraphML), stakeholder file or event log; it stays in your browser.",
    ],
    da: [
      "Dine egne data",
      "Brug dit eget netværk (CSV, GEXF, GraphML), din interessentfil eller hændelseslog; det bliver i din browser.",
    ],
  },
  {
    file: "forums-and-representation.html",
    en: [
      "Forums and representation",
      "Who sits in the forums, whether each meets its rules for sectors, patients and relatives, and who attends.",
    ],
    da: [
      "Fora og repræsentation",
      "Hvem der sidder i foraene, om hvert opfylder sine regler for sektorer, patienter og pårørende, og hvem der møder op.",
    ],
  },
];

/** Shared phrases. */
export const COMMON = {
  en: { language: "Language", comingSoon: "coming soon", home: "All notebooks" },
  da: { language: "Sprog", comingSoon: "kommer snart", home: "Alle notesbøger" },
};
