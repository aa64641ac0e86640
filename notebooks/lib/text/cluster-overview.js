/** The texts of the Cluster overview notebook, in English and Danish. */
export const TEXT = {
  en: {
    title: "Cluster overview",
    intro:
      "Who works with whom across the sectors of a health cluster: hospitals and psychiatry (region), municipal services, general practice and citizens. Choose one of the example networks or all clusters together.",
    choose: "Network",
    all: "All clusters (examples, Denmark skeleton and a synthetic national network)",
    denmark: "Denmark: the 22 health clusters (skeleton)",
    summary: (actors, ties, clusters) =>
      `${actors} actors, ${ties} ties, ${clusters} ${clusters === 1 ? "cluster" : "clusters"}.`,
    allNote:
      "**About “all clusters”.** It merges the four example networks, the skeleton of all 22 health clusters and a **synthetic national network**: municipal units, general practices and hospital wards generated with a fixed seed for every municipality and acute hospital. The synthetic part is illustrative only — no actor, tie or number in it comes from a source — and every one of its actors says “(synthetic)” in its name.",
    networkHeading: "The network",
    networkText:
      "Each dot is an actor (a unit or role, never a person), coloured by sector; its size is its number of contacts. Point at an actor to see what it is; search for one by name; switch tie kinds off to see, for example, only handoffs. Actors of the same cluster start out together.",
    contacts: "contacts",
    contactsHeader: "Contacts",
    mixingHeading: "How the sectors mix",
    mixingText:
      "The share of all possible ties between two sectors that exist (density). A dark cell on the diagonal means a sector mostly talks to itself; dark cells off the diagonal show where collaboration crosses sectors.",
    eiHeading: "Across or within sectors, per cluster",
    eiText:
      "The E-I index of each cluster's own ties: +1 if every tie joins two sectors, −1 if every tie stays inside one. The black tick is what random ties between the same actors would give; a bar well to the right of its tick means more collaboration across sectors than chance. A star marks a difference unlikely to be chance (permutation test, p < 0.05).",
    centralHeading: "The most central actors",
    centralText:
      "The actors with the most contacts (distinct actors they are tied to), and how much of their own collaboration crosses a sector boundary (their E-I index: +1 all their ties go to other sectors, −1 none do). Betweenness is the share of shortest routes between other actors that pass through the actor: a high value marks a broker that much collaboration depends on.",
    actor: "Actor",
    sector: "Sector",
    cluster: "Cluster",
    actorEi: "E-I of own ties",
    betweenness: "Betweenness",
    noCluster: "(no cluster)",
    dataHeading: "About the data",
    dataText:
      "The example networks are written from Danish source documents on cross-sector collaboration; volumes, waits and qualities are illustrative (see data/README.md). Everything on this page is computed in your browser; nothing is sent anywhere.",
  },
  da: {
    title: "Klyngeoverblik",
    intro:
      "Hvem der arbejder sammen med hvem på tværs af sektorerne i en sundhedsklynge: hospitaler og psykiatri (region), kommunale tilbud, almen praksis og borgere. Vælg et af eksempelnetværkene eller alle klynger samlet.",
    choose: "Netværk",
    all: "Alle klynger (eksempler, Danmarksskelet og et syntetisk nationalt netværk)",
    denmark: "Danmark: de 22 sundhedsklynger (skelet)",
    summary: (actors, ties, clusters) =>
      `${actors} aktører, ${ties} relationer, ${clusters} ${clusters === 1 ? "klynge" : "klynger"}.`,
    allNote:
      "**Om “alle klynger”.** Her samles de fire eksempelnetværk, skelettet af alle 22 sundhedsklynger og et **syntetisk nationalt netværk**: kommunale enheder, lægepraksisser og hospitalsafdelinger dannet med et fast frø for hver kommune og hvert akuthospital. Den syntetiske del er kun til illustration — ingen aktør, relation eller tal i den stammer fra en kilde — og hver af dens aktører har “(syntetisk)” i navnet.",
    networkHeading: "Netværket",
    networkText:
      "Hver prik er en aktør (en enhed eller rolle, aldrig en person), farvet efter sektor; størrelsen er antallet af kontakter. Peg på en aktør for at se, hvad den er; søg efter en ved navn; slå relationstyper fra for for eksempel kun at se overdragelser. Aktører i samme klynge starter samlet.",
    contacts: "kontakter",
    contactsHeader: "Kontakter",
    mixingHeading: "Hvordan sektorerne blandes",
    mixingText:
      "Andelen af alle mulige relationer mellem to sektorer, der findes (tæthed). En mørk celle på diagonalen betyder, at en sektor mest taler med sig selv; mørke celler uden for diagonalen viser, hvor samarbejdet går på tværs af sektorer.",
    eiHeading: "På tværs af eller inden for sektorer, pr. klynge",
    eiText:
      "E-I-indekset for hver klynges egne relationer: +1 hvis alle relationer forbinder to sektorer, −1 hvis alle bliver inden for én. Den sorte streg er, hvad tilfældige relationer mellem de samme aktører ville give; en søjle et godt stykke til højre for stregen betyder mere samarbejde på tværs af sektorer end ved tilfældighed. En stjerne markerer en forskel, der næppe er tilfældig (permutationstest, p < 0,05).",
    centralHeading: "De mest centrale aktører",
    centralText:
      "Aktørerne med flest kontakter (forskellige aktører, de har relationer til), og hvor meget af deres eget samarbejde der går på tværs af en sektorgrænse (deres E-I-indeks: +1 alle deres relationer går til andre sektorer, −1 ingen gør). Betweenness er andelen af de korteste veje mellem andre aktører, der går gennem aktøren: en høj værdi markerer en brobygger, som meget samarbejde afhænger af.",
    actor: "Aktør",
    sector: "Sektor",
    cluster: "Klynge",
    actorEi: "E-I for egne relationer",
    betweenness: "Betweenness",
    noCluster: "(ingen klynge)",
    dataHeading: "Om data",
    dataText:
      "Eksempelnetværkene er skrevet ud fra danske kildedokumenter om tværsektorielt samarbejde; mængder, ventetider og kvaliteter er illustrative (se data/README.md). Alt på denne side beregnes i din browser; intet sendes nogen steder hen.",
  },
};
