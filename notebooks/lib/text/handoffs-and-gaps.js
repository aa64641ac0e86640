/** The texts of the Handoffs and gaps notebook, in English and Danish. */

/** `n` with the singular or plural word. */
const count = (n, one, many, format) => `${format(n)} ${n === 1 ? one : many}`;

/** The non-empty parts joined into one sentence. */
const sentence = (...parts) => `${parts.filter((part) => part !== "").join("; ")}.`;

/** Every text of the notebook by language (`en`, `da`); functions take numbers and a number formatter. */
export const TEXT = {
  en: {
    title: "Handoffs and gaps",
    intro:
      "Where patients pass from one sector to another, how long they wait at each handoff, and where no good channel carries the information that should go with them. Choose an example network with its example event log, or use an event log of your own: it is read in your browser and sent nowhere.",
    choose: "Network",
    dropLabel: "Your own event log (optional)",
    dropHint:
      "Drop a CSV, XES or JSON Lines file here, or click to choose one. Columns: case_id, timestamp, actor, and if you have them activity, sector, organisation, cluster. Actors are matched to the chosen network by id or name. Without a file, the network's example log is used.",
    dropClear: "Use the example log instead",
    level: "Count handoffs between",
    levels: new Map([
      ["sectors", "sector"],
      ["organisations", "organisation"],
      ["clusters", "cluster"],
      ["actors", "actor"],
    ]),
    k: "Hide pairs with fewer patients than",
    kText:
      "**Disclosure control.** Pathways are health data about people. A pair of senders and receivers seen in fewer patients than the number below is hidden, and so are a few more pairs that would let someone work it out from the totals. 5 is a common threshold for Danish health data; 0 shows everything and is only for data that stays with you.",
    readSummary: (events, cases, file, rejected, f) =>
      `${count(events, "event", "events", f)} in ${count(cases, "pathway", "pathways", f)} read from **${file}**.` +
      (rejected > 0
        ? ` ${count(rejected, "row", "rows", f)} could not be read and ${rejected === 1 ? "was" : "were"} skipped; see the problems below.`
        : ""),
    unresolved: (n, f) =>
      `${count(n, "actor", "actors", f)} of the log ${n === 1 ? "is" : "are"} not in the chosen network: ${n === 1 ? "it has" : "they have"} no sector here and ${n === 1 ? "is" : "are"} left out of the gaps.`,
    exampleNote:
      "The example logs are generated from the example networks: no patient, case or time in them is real.",
    problemsHeading: "Problems in the log",
    problemsText:
      "Each row says where a problem is and what is wrong, so that the file can be fixed in one go. The messages are in English.",
    notListed: (n, f) => `${count(n, "more problem was", "more problems were", f)} found but not listed.`,
    unreadable:
      "The log could not be read. Fix the problems above and drop the file again; the charts follow as soon as it can be read.",
    waiting: "Nothing to show until the log can be read.",
    sankeyHeading: "Who hands patients to whom",
    sankeyText:
      "Senders on the left, receivers on the right. Each band is one pair; the thicker the band, the more handoffs. A band has the colour of the sender's sector. A handoff is two events in a row of one pathway at different actors (or organisations, sectors or clusters, as chosen above); a follow-up at the same place is no handoff.",
    suppressionOff: "Disclosure control is off: every pair is shown, however few patients it has.",
    suppressionNone: (k) => `No pair has fewer than ${k} patients; nothing is hidden.`,
    suppressionSome: (primary, secondary, k, f) =>
      `${count(primary, "pair has", "pairs have", f)} fewer than ${k} patients and ${primary === 1 ? "is" : "are"} hidden; ${count(secondary, "more is", "more are", f)} hidden so that totals cannot reveal them.`,
    waitsHeading: "How long patients wait at each handoff",
    waitsText:
      "The wait is the time from the event at the sender to the next event, at the receiver. The dark bar is the median: half of the patients waited less. The light bar runs on to the 90th percentile: nine in ten waited less, so a long light bar means that some patients wait much longer than most. The chart shows the pairs with the most handoffs; the table has every pair.",
    waitsChartTitle: (n) => `Waiting time at handoffs: the ${n} busiest pairs`,
    from: "From",
    to: "To",
    handoffs: "Handoffs",
    patients: "Patients",
    median: "Median wait (hours)",
    p90: "90th percentile (hours)",
    across: "Across sectors",
    yes: "yes",
    no: "no",
    unknownSector: "unknown",
    hidden: "hidden",
    waitsTable: "Waits per pair",
    unknown: "Unknown",
    mixed: "Several sectors",
    gapsHeading: "Where information does not follow the patient",
    gapsText:
      "For every pair of actors that hand patients over in the log, tvaers looks in the network for the communication channel that should carry the information: **direct** (a communication tie between the two), **relayed** (only through an intermediary, named under “via”) or **none**. Channel quality is on the network's 1–5 scale; a tie without a quality counts as 3 and is marked *. A direct channel below 3.5 is weak. **Severity** is the number of handoffs times how far the channel falls short of perfect, so a busy pair with no channel comes first. The network below shows the communication and handoff ties; the red arrows are the most severe gaps, and their actors stand out.",
    gapsMarked: "Gaps marked on the network",
    gapsNone: "Every handoff pair has a good direct channel: there are no gaps to mark.",
    gapsLeftOut: (suppressed, unknown, f) =>
      sentence(
        suppressed > 0
          ? `${count(suppressed, "pair is", "pairs are", f)} left out by disclosure control`
          : "",
        unknown > 0
          ? `${count(unknown, "pair is", "pairs are", f)} left out because an actor is not in the network`
          : "",
      ),
    gapsTable: "Handoff pairs ranked by the severity of their gap",
    rank: "Rank",
    sectors: "Sectors",
    channel: "Channel",
    via: "Via",
    quality: "Channel quality (1–5)",
    severity: "Severity",
    status: { direct: "direct", weak: "direct but weak", relayed: "relayed", none: "none" },
    pathwayHeading: "One pathway, step by step",
    pathwayText:
      "The events of one pathway across actors over time, one lane per actor. Pathways are numbered by when they start; the log's own case ids are never shown. A heavy line is a handoff to another sector, a thin line a handoff within a sector, a dotted line a follow-up at the same actor. Point at a dot or a line for the time and the wait.",
    pathwayPick: "Pathway number",
    pathwaySummary: (i, n, events, actors, sectors, duration, across, f) =>
      `Pathway ${f(i)} of ${f(n)}: ${count(events, "event", "events", f)} at ${count(actors, "actor", "actors", f)} in ${count(sectors, "sector", "sectors", f)} over ${duration}; ${count(across, "handoff", "handoffs", f)} across sectors.`,
    privacy:
      "In a real log, one pathway is one patient's data: keep this picture to yourself, and share the tables above instead (they hide small groups).",
    noPathways: "The log has no pathways to show.",
    dataHeading: "About the data",
    dataText:
      "The example networks are written from Danish source documents on cross-sector collaboration; the example logs are generated from them (see data/logs/README.md). Everything on this page is computed in your browser; a log you drop here is read in the page and sent nowhere.",
  },
  da: {
    title: "Overdragelser og huller",
    intro:
      "Hvor patienter går fra én sektor til en anden, hvor længe de venter ved hver overdragelse, og hvor ingen god kanal bærer de oplysninger, der skal følge med dem. Vælg et eksempelnetværk med dets eksempellog, eller brug din egen hændelseslog: den læses i din browser og sendes ingen steder hen.",
    choose: "Netværk",
    dropLabel: "Din egen hændelseslog (valgfri)",
    dropHint:
      "Slip en CSV-, XES- eller JSON Lines-fil her, eller klik for at vælge en. Kolonner: case_id, timestamp, actor og, hvis du har dem, activity, sector, organisation, cluster. Aktørerne matches med det valgte netværk på id eller navn. Uden en fil bruges netværkets eksempellog.",
    dropClear: "Brug eksempelloggen i stedet",
    level: "Tæl overdragelser mellem",
    levels: new Map([
      ["sektorer", "sector"],
      ["organisationer", "organisation"],
      ["klynger", "cluster"],
      ["aktører", "actor"],
    ]),
    k: "Skjul par med færre patienter end",
    kText:
      "**Diskretion.** Forløb er helbredsoplysninger om personer. Et par af afsender og modtager, der ses hos færre patienter end tallet nedenfor, skjules, og det gør også nogle få andre par, som ellers kunne regnes ud fra totalerne. 5 er en almindelig grænse for danske sundhedsdata; 0 viser alt og er kun til data, der bliver hos dig.",
    readSummary: (events, cases, file, rejected, f) =>
      `${count(events, "hændelse", "hændelser", f)} i ${count(cases, "forløb", "forløb", f)} læst fra **${file}**.` +
      (rejected > 0
        ? ` ${count(rejected, "række", "rækker", f)} kunne ikke læses og blev sprunget over; se problemerne nedenfor.`
        : ""),
    unresolved: (n, f) =>
      `${count(n, "aktør", "aktører", f)} i loggen findes ikke i det valgte netværk: ${n === 1 ? "den" : "de"} har ingen sektor her og er udeladt af hullerne.`,
    exampleNote:
      "Eksempelloggene er dannet ud fra eksempelnetværkene: ingen patient, intet forløb og intet tidspunkt i dem er virkeligt.",
    problemsHeading: "Problemer i loggen",
    problemsText:
      "Hver række siger, hvor et problem er, og hvad der er galt, så filen kan rettes på én gang. Meddelelserne er på engelsk.",
    notListed: (n, f) => `${count(n, "problem mere", "problemer mere", f)} blev fundet, men ikke vist.`,
    unreadable:
      "Loggen kunne ikke læses. Ret problemerne ovenfor, og slip filen igen; graferne kommer, så snart den kan læses.",
    waiting: "Intet at vise, før loggen kan læses.",
    sankeyHeading: "Hvem overdrager patienter til hvem",
    sankeyText:
      "Afsendere til venstre, modtagere til højre. Hvert bånd er ét par; jo tykkere båndet er, jo flere overdragelser. Et bånd har farven fra afsenderens sektor. En overdragelse er to hændelser i træk i ét forløb hos forskellige aktører (eller organisationer, sektorer eller klynger, som valgt ovenfor); en opfølgning samme sted er ikke en overdragelse.",
    suppressionOff: "Diskretion er slået fra: alle par vises, uanset hvor få patienter de har.",
    suppressionNone: (k) => `Intet par har færre end ${k} patienter; intet er skjult.`,
    suppressionSome: (primary, secondary, k, f) =>
      `${count(primary, "par", "par", f)} har færre end ${k} patienter og er skjult; ${f(secondary)} mere er skjult, så totalerne ikke kan afsløre dem.`,
    waitsHeading: "Hvor længe patienterne venter ved hver overdragelse",
    waitsText:
      "Ventetiden er tiden fra hændelsen hos afsenderen til den næste hændelse, hos modtageren. Den mørke søjle er medianen: halvdelen af patienterne ventede kortere. Den lyse søjle fortsætter til 90 %-fraktilen: ni ud af ti ventede kortere, så en lang lys søjle betyder, at nogle patienter venter meget længere end de fleste. Grafen viser parrene med flest overdragelser; tabellen har alle par.",
    waitsChartTitle: (n) => `Ventetid ved overdragelser: de ${n} travleste par`,
    from: "Fra",
    to: "Til",
    handoffs: "Overdragelser",
    patients: "Patienter",
    median: "Median ventetid (timer)",
    p90: "90 %-fraktil (timer)",
    across: "På tværs af sektorer",
    yes: "ja",
    no: "nej",
    unknownSector: "ukendt",
    hidden: "skjult",
    waitsTable: "Ventetider pr. par",
    unknown: "Ukendt",
    mixed: "Flere sektorer",
    gapsHeading: "Hvor oplysningerne ikke følger patienten",
    gapsText:
      "For hvert par af aktører, der overdrager patienter i loggen, leder tvaers i netværket efter den kommunikationskanal, der skal bære oplysningerne: **direkte** (en kommunikationsrelation mellem de to), **via andre** (kun gennem et mellemled, nævnt under “via”) eller **ingen**. Kanalens kvalitet er på netværkets skala 1–5; en relation uden kvalitet tæller som 3 og er markeret med *. En direkte kanal under 3,5 er svag. **Alvor** er antallet af overdragelser gange det, kanalen mangler i at være perfekt, så et travlt par uden kanal kommer først. Netværket nedenfor viser kommunikations- og overdragelsesrelationerne; de røde pile er de alvorligste huller, og deres aktører træder frem.",
    gapsMarked: "Huller markeret på netværket",
    gapsNone: "Alle overdragelsespar har en god direkte kanal: der er ingen huller at markere.",
    gapsLeftOut: (suppressed, unknown, f) =>
      sentence(
        suppressed > 0 ? `${count(suppressed, "par", "par", f)} er udeladt af hensyn til diskretion` : "",
        unknown > 0
          ? `${count(unknown, "par", "par", f)} er udeladt, fordi en aktør ikke er i netværket`
          : "",
      ),
    gapsTable: "Overdragelsespar ordnet efter, hvor alvorligt deres hul er",
    rank: "Plads",
    sectors: "Sektorer",
    channel: "Kanal",
    via: "Via",
    quality: "Kanalens kvalitet (1–5)",
    severity: "Alvor",
    status: { direct: "direkte", weak: "direkte, men svag", relayed: "via andre", none: "ingen" },
    pathwayHeading: "Ét forløb, skridt for skridt",
    pathwayText:
      "Hændelserne i ét forløb hos aktørerne over tid, én bane pr. aktør. Forløbene er nummereret efter, hvornår de begynder; loggens egne forløbs-id'er vises aldrig. En tyk linje er en overdragelse til en anden sektor, en tynd linje en overdragelse inden for en sektor, en prikket linje en opfølgning hos samme aktør. Peg på en prik eller en linje for tidspunkt og ventetid.",
    pathwayPick: "Forløb nummer",
    pathwaySummary: (i, n, events, actors, sectors, duration, across, f) =>
      `Forløb ${f(i)} af ${f(n)}: ${count(events, "hændelse", "hændelser", f)} hos ${count(actors, "aktør", "aktører", f)} i ${count(sectors, "sektor", "sektorer", f)} over ${duration}; ${count(across, "overdragelse", "overdragelser", f)} på tværs af sektorer.`,
    privacy:
      "I en rigtig log er ét forløb én patients data: behold billedet for dig selv, og del i stedet tabellerne ovenfor (de skjuler små grupper).",
    noPathways: "Loggen har ingen forløb at vise.",
    dataHeading: "Om data",
    dataText:
      "Eksempelnetværkene er skrevet ud fra danske kildedokumenter om tværsektorielt samarbejde; eksempelloggene er dannet ud fra dem (se data/logs/README.md). Alt på denne side beregnes i din browser; en log, du slipper her, læses på siden og sendes ingen steder hen.",
  },
};
