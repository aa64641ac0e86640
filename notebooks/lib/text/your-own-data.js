/** The texts of the Your own data notebook, in English and Danish. */

/** What tvaers can read, as a list for the drop zone's hint and for "unknown file" problems. */
const READS_EN =
  "a network (actors.csv and ties.csv together, a tvaers .json file, GEXF or GraphML), a stakeholder file (.json or .csv) or an event log (.csv with case_id and timestamp, .xes, .jsonl)";
const READS_DA =
  "et netværk (actors.csv og ties.csv sammen, en tvaers-.json-fil, GEXF eller GraphML), en interessentfil (.json eller .csv) eller en hændelseslog (.csv med case_id og timestamp, .xes, .jsonl)";

export const TEXT = {
  en: {
    title: "Your own data",
    intro:
      "Bring your own data and run the analyses of the other notebooks on it: a collaboration network, a stakeholder analysis or an event log of patient pathways. The page recognises what you give it, checks it, lists every problem it finds with the file, line and field, and then analyses it.",
    privacy:
      "Nothing leaves your computer. Your files are read by this page, inside your browser; nothing is uploaded or sent anywhere, and the page works without an internet connection. Closing the page forgets them.",
    dropLabel: "Drop your files here, or click to choose them",
    dropHint: `You can give ${READS_EN}. Choose several files at once for a CSV network.`,
    dropClear: "Remove the files (show the example again)",
    example: "Until you give a file, this example is shown",
    exampleKinds: { network: "network", stakeholders: "stakeholders", log: "event log" },
    exampleNote: (file) =>
      `*Showing the example file ${file}. Drop your own files above to analyse them instead.*`,
    unknown: (format, header) =>
      format === "several"
        ? "several files were given, but only the files of a CSV network (actors.csv, ties.csv, …) can be read together; give other files one at a time"
        : format === "csv" && header
          ? `tvaers does not recognise this CSV file (its columns: ${header.join(", ")}); it reads ${READS_EN}`
          : `tvaers cannot read "${format}" files; it reads ${READS_EN}`,
    found: {
      network: "a network",
      stakeholders: "a stakeholder analysis",
      log: "an event log",
      unknown: "a file tvaers does not recognise",
    },
    formats: {
      "csv-bundle": "CSV files",
      json: "JSON",
      gexf: "GEXF",
      graphml: "GraphML",
      csv: "CSV",
      xes: "XES",
      jsonl: "JSON Lines",
      ndjson: "JSON Lines",
    },
    detected: (what, format, names) => `**${names}**: ${what}${format ? ` (${format})` : ""}.`,
    problemsHeading: "Problems found",
    problemsText:
      "Each row says in which file, on which line (or where in a JSON file) and in which field tvaers found a problem, and what is wrong. Fix them in your file and give it again; the table downloads as CSV to work through.",
    skippedText:
      "The rows listed below could not be read and were left out; the rest of the log was analysed.",
    // Network
    summaryHeading: "The network at a glance",
    summary: (actors, ties, share) =>
      `${actors} actors and ${ties} ties; ${share} of the ties join two different sectors.`,
    sectorsCaption: "Actors per sector",
    sector: "Sector",
    actorsColumn: "Actors",
    networkHeading: "The network",
    networkText:
      "Each dot is an actor, coloured by sector and sized by its number of contacts. Point at one to see what it is; switch tie kinds off to see only some. The network downloads as GEXF (Gephi) or GraphML.",
    contacts: "contacts",
    mixingHeading: "How the sectors mix",
    mixingText:
      "The share of all possible ties between two sectors that exist. Dark cells off the diagonal show where collaboration crosses sectors.",
    eiHeading: "Across or within sectors",
    eiText: (index, expected, p) =>
      `The E-I index of the whole network is **${index}** (−1: every tie stays within a sector; +1: every tie crosses one). Random ties between the same actors would give about ${expected}${p}.`,
    eiSignificant: " — the difference is unlikely to be chance (p < 0.05)",
    eiNotSignificant: " — the difference could be chance",
    eiClusters: "Per cluster:",
    brokersHeading: "Brokers",
    brokersText:
      "Who connects others: for each actor, how many pairs of other actors it links, by role (Gould & Fernandez) — coordinator within one sector, gatekeeper and representative at a sector's border, liaison between two other sectors. A z-score of 2 or more means clearly more than chance.",
    // Stakeholders
    stakeholdersHeading: "The stakeholders",
    stakeholdersText:
      "Each stakeholder classified three ways (see the Stakeholder analysis notebook for what the classes mean and how to handle them). A dash means a rating it needs is missing.",
    classesCaption: "Classes per stakeholder",
    stakeholder: "Stakeholder",
    mendelowColumn: "Power–interest",
    interessentColumn: "Interessentanalyse",
    salienceColumn: "Salience",
    bourneColumn: "Stakeholder Circle index",
    missing: "–",
    power: "Power",
    interest: "Interest",
    // Log
    logHeading: "Handoffs in the event log",
    logSummary: (events, cases, rejected) =>
      `${events} events of ${cases} patient pathways read${rejected > 0 ? `; ${rejected} rows could not be read and were left out` : ""}.`,
    handoffsText:
      "A handoff is a patient moving from one actor to the next in their pathway. The busiest pairs come first; waits are from one event to the next. Pairs with fewer than 5 patients are hidden (and any pair that would reveal them), so that no small count can identify a patient.",
    handoffsCaption: "Handoffs between actors",
    from: "From",
    to: "To",
    handoffs: "Handoffs",
    patients: "Patients",
    median: "Median wait",
    across: "Across sectors",
    yes: "yes",
    no: "no",
    unknownSector: "unknown",
    gapsHeading: "Communication gaps",
    gapsText:
      "Where patients are handed over, is there a working channel for the information that should go with them? The channels come from the network chosen here (the one that shares most actors with the log is chosen first). Severity is the number of patients crossing, discounted by how good their channel is.",
    channels: "Channels from",
    noChannels: "(none: the log only)",
    noChannelsNote:
      "Without a network, no handoff has a known channel, so every pair counts as a gap. Choose a network with the same actors to see the real gaps.",
    leftOut: (suppressed, unknown) =>
      `${[
        suppressed > 0 ? `${suppressed} pairs with fewer than 5 patients are left out` : "",
        unknown > 0 ? `${unknown} pairs have an actor the chosen network does not have` : "",
      ]
        .filter(Boolean)
        .join("; ")}.`,
    gapsCaption: "Handoff pairs by gap severity",
    volume: "Patients",
    channel: "Channel",
    statuses: { direct: "direct", relayed: "through others", none: "none" },
    quality: "Channel quality (0–1)",
    severity: "Severity",
    flagged: "Gap",
    dataHeading: "About this page",
    dataText:
      "Files are read with the same readers as the tvaers command line (@tvaers/model, @tvaers/stakeholders, @tvaers/pathways), in your browser. The problem messages come from those readers and are in English. Everything on this page is computed on your computer; nothing is sent anywhere.",
  },
  da: {
    title: "Dine egne data",
    intro:
      "Brug dine egne data, og kør de andre notesbøgers analyser på dem: et samarbejdsnetværk, en interessentanalyse eller en hændelseslog over patientforløb. Siden genkender, hvad du giver den, kontrollerer det, viser alle problemer, den finder, med fil, linje og felt, og analyserer det derefter.",
    privacy:
      "Intet forlader din computer. Dine filer læses af denne side, i din browser; intet uploades eller sendes nogen steder hen, og siden virker uden internetforbindelse. Når du lukker siden, er filerne glemt.",
    dropLabel: "Slip dine filer her, eller klik for at vælge dem",
    dropHint: `Du kan give ${READS_DA}. Vælg flere filer på én gang for et netværk i CSV.`,
    dropClear: "Fjern filerne (vis eksemplet igen)",
    example: "Indtil du giver en fil, vises dette eksempel",
    exampleKinds: { network: "netværk", stakeholders: "interessenter", log: "hændelseslog" },
    exampleNote: (file) =>
      `*Viser eksempelfilen ${file}. Slip dine egne filer ovenfor for at analysere dem i stedet.*`,
    unknown: (format, header) =>
      format === "several"
        ? "der blev givet flere filer, men kun filerne i et netværk i CSV (actors.csv, ties.csv, …) kan læses sammen; giv andre filer én ad gangen"
        : format === "csv" && header
          ? `tvaers genkender ikke denne CSV-fil (dens kolonner: ${header.join(", ")}); den læser ${READS_DA}`
          : `tvaers kan ikke læse "${format}"-filer; den læser ${READS_DA}`,
    found: {
      network: "et netværk",
      stakeholders: "en interessentanalyse",
      log: "en hændelseslog",
      unknown: "en fil, tvaers ikke genkender",
    },
    formats: {
      "csv-bundle": "CSV-filer",
      json: "JSON",
      gexf: "GEXF",
      graphml: "GraphML",
      csv: "CSV",
      xes: "XES",
      jsonl: "JSON Lines",
      ndjson: "JSON Lines",
    },
    detected: (what, format, names) => `**${names}**: ${what}${format ? ` (${format})` : ""}.`,
    problemsHeading: "Fundne problemer",
    problemsText:
      "Hver række siger, i hvilken fil, på hvilken linje (eller hvor i en JSON-fil) og i hvilket felt tvaers fandt et problem, og hvad der er galt. Ret dem i din fil, og giv den igen; tabellen kan hentes som CSV at arbejde ud fra.",
    skippedText: "Rækkerne nedenfor kunne ikke læses og blev udeladt; resten af loggen blev analyseret.",
    summaryHeading: "Netværket i overblik",
    summary: (actors, ties, share) =>
      `${actors} aktører og ${ties} relationer; ${share} af relationerne forbinder to forskellige sektorer.`,
    sectorsCaption: "Aktører pr. sektor",
    sector: "Sektor",
    actorsColumn: "Aktører",
    networkHeading: "Netværket",
    networkText:
      "Hver prik er en aktør, farvet efter sektor og med en størrelse efter antal kontakter. Peg på en for at se, hvad den er; slå relationstyper fra for kun at se nogle. Netværket kan hentes som GEXF (Gephi) eller GraphML.",
    contacts: "kontakter",
    mixingHeading: "Hvordan sektorerne blandes",
    mixingText:
      "Andelen af alle mulige relationer mellem to sektorer, der findes. Mørke celler uden for diagonalen viser, hvor samarbejdet går på tværs af sektorer.",
    eiHeading: "På tværs af eller inden for sektorer",
    eiText: (index, expected, p) =>
      `Hele netværkets E-I-indeks er **${index}** (−1: alle relationer bliver inden for en sektor; +1: alle går på tværs). Tilfældige relationer mellem de samme aktører ville give omkring ${expected}${p}.`,
    eiSignificant: " — forskellen er næppe tilfældig (p < 0,05)",
    eiNotSignificant: " — forskellen kan være tilfældig",
    eiClusters: "Pr. klynge:",
    brokersHeading: "Brobyggere",
    brokersText:
      "Hvem der forbinder andre: for hver aktør, hvor mange par af andre aktører den forbinder, efter rolle (Gould & Fernandez) — koordinator inden for én sektor, portvogter og repræsentant ved en sektors grænse, forbindelsesled mellem to andre sektorer. En z-score på 2 eller mere betyder klart mere end tilfældigt.",
    stakeholdersHeading: "Interessenterne",
    stakeholdersText:
      "Hver interessent klassificeret på tre måder (se notesbogen Interessentanalyse for, hvad klasserne betyder, og hvordan de håndteres). En tankestreg betyder, at en nødvendig vurdering mangler.",
    classesCaption: "Klasser pr. interessent",
    stakeholder: "Interessent",
    mendelowColumn: "Magt–interesse",
    interessentColumn: "Interessentanalyse",
    salienceColumn: "Betydning",
    bourneColumn: "Stakeholder Circle-indeks",
    missing: "–",
    power: "Magt",
    interest: "Interesse",
    logHeading: "Overdragelser i hændelsesloggen",
    logSummary: (events, cases, rejected) =>
      `${events} hændelser i ${cases} patientforløb læst${rejected > 0 ? `; ${rejected} rækker kunne ikke læses og blev udeladt` : ""}.`,
    handoffsText:
      "En overdragelse er en patient, der går fra én aktør til den næste i sit forløb. De travleste par kommer først; ventetiden er fra én hændelse til den næste. Par med færre end 5 patienter skjules (og ethvert par, der ville afsløre dem), så intet lille tal kan identificere en patient.",
    handoffsCaption: "Overdragelser mellem aktører",
    from: "Fra",
    to: "Til",
    handoffs: "Overdragelser",
    patients: "Patienter",
    median: "Median ventetid",
    across: "På tværs af sektorer",
    yes: "ja",
    no: "nej",
    unknownSector: "ukendt",
    gapsHeading: "Kommunikationshuller",
    gapsText:
      "Hvor patienter overdrages, er der så en velfungerende kanal for de oplysninger, der skal følge med? Kanalerne kommer fra det netværk, der vælges her (det, der deler flest aktører med loggen, vælges først). Alvoren er antallet af patienter, der går over, nedskrevet efter hvor god deres kanal er.",
    channels: "Kanaler fra",
    noChannels: "(intet: kun loggen)",
    noChannelsNote:
      "Uden et netværk har ingen overdragelse en kendt kanal, så alle par tæller som huller. Vælg et netværk med de samme aktører for at se de reelle huller.",
    leftOut: (suppressed, unknown) =>
      `${[
        suppressed > 0 ? `${suppressed} par med færre end 5 patienter er udeladt` : "",
        unknown > 0 ? `${unknown} par har en aktør, som det valgte netværk ikke har` : "",
      ]
        .filter(Boolean)
        .join("; ")}.`,
    gapsCaption: "Overdragelsespar efter alvor",
    volume: "Patienter",
    channel: "Kanal",
    statuses: { direct: "direkte", relayed: "gennem andre", none: "ingen" },
    quality: "Kanalkvalitet (0–1)",
    severity: "Alvor",
    flagged: "Hul",
    dataHeading: "Om denne side",
    dataText:
      "Filerne læses med de samme læsere som tvaers-kommandolinjen (@tvaers/model, @tvaers/stakeholders, @tvaers/pathways), i din browser. Problembeskrivelserne kommer fra disse læsere og er på engelsk. Alt på denne side beregnes på din computer; intet sendes nogen steder hen.",
  },
};
