/** The texts of the Brokers and bottlenecks notebook, in English and Danish. */

/** `n` with the singular or plural word. */
const count = (n, one, many, format) => `${format(n)} ${n === 1 ? one : many}`;

/** Every text of the notebook by language (`en`, `da`); functions take numbers and a number formatter. */
export const TEXT = {
  en: {
    title: "Brokers and bottlenecks",
    intro:
      "Who holds collaboration across sectors together, and where it hangs on a single actor or a single link. Choose an example network and the kinds of ties that count as working together.",
    choose: "Network",
    kinds: "Ties that count",
    kindsText:
      "Governance ties (who sits on which board, who reports to whom) are left out at the start: they say who decides, not who works with whom. Tick them to include them.",
    summary: (actors, ties, f) =>
      `${count(actors, "actor", "actors", f)} and ${count(ties, "tie", "ties", f)} of the chosen kinds.`,
    rolesHeading: "Brokers: who connects those who are not connected",
    rolesText: `A **broker** sits between two others who have no tie of their own, so that patients or information pass from one through the broker to the other. Gould and Fernandez name five kinds of broker by the sectors of the three:

- **Coordinator**: all three in one sector (a hospital unit passing on between two other hospital units).
- **Itinerant**: the two others share a sector, the broker comes from outside it (a general practitioner between two municipal services).
- **Representative**: the broker shares the sender's sector and passes on into another sector (a hospital ward speaking for the hospital towards the municipality).
- **Gatekeeper**: the broker shares the receiver's sector and lets others in (a municipal assessment unit taking in patients from the hospital for the municipality).
- **Liaison**: all three in different sectors (a patient or relative carrying information between the hospital and the municipality).

The bars count the pairs each actor brokers; the numbers on the right compare each role's count with what ties drawn at random, as many as there are, would give, in standard deviations (z-scores). A z-score of 2 or more is marked: the actor brokers in that role clearly more than chance. Liaisons and itinerants are the ones cross-sector collaboration relies on.`,
    rolesNumbers: "Every actor's brokered pairs, role by role",
    actor: "Actor",
    sector: "Sector",
    total: "All roles",
    holesHeading: "Structural holes: room to broker, and dependence",
    holesText: `**Burt's constraint** says how much an actor's contacts are tied to each other and to the same people. An actor whose contacts all know each other has a high constraint (near 1 and above): whatever it hears, they hear too, and it has no room to broker. An actor whose contacts are otherwise apart has a low constraint: it spans *structural holes*, can bring together what others keep apart — and much depends on it. **Effective size** is the number of contacts minus their overlap: how many contacts the actor really has that do not already know each other. **Hierarchy** says whether the constraint comes from one contact (near 1) or is spread over all (near 0). The table lists the least constrained actors first; actors without contacts come last.`,
    holesTable: "Constraint, effective size and hierarchy per actor",
    contacts: "Contacts",
    constraint: "Constraint",
    effectiveSize: "Effective size",
    hierarchy: "Hierarchy",
    cutHeading: "Bottlenecks: actors and links that hold the network together alone",
    cutText:
      "An **articulation point** is an actor whose loss splits the network into parts that no longer reach each other by any route. A **bridge between sectors** is a single link between actors of two sectors that is the only route between the parts it joins. Both are marked on the network in red: the actors stand out and the bridges are drawn as red ties. An actor's size is its share of the shortest routes between actors of different sectors that pass through it.",
    cutSummary: (points, bridges, f) =>
      `${count(points, "actor holds", "actors hold", f)} the network together alone; ${count(bridges, "link between sectors is a bridge", "links between sectors are bridges", f)}.`,
    betweenShare: "share of routes between sectors",
    cutTable: "Articulation points and bridges between sectors",
    kind: "Kind",
    articulationPoint: "articulation point",
    bridge: "bridge between sectors",
    where: "Actor or link",
    sectors: "Sector(s)",
    cutNone: "No actor and no link between sectors holds the network together alone.",
    whatIfHeading: "What is lost if an actor goes",
    whatIfText:
      "Pick an actor to see which pairs of other actors in different sectors can reach each other today, through any chain of ties, but could not once the actor is gone — say the post stands empty or the forum is dissolved. The actor and the actors it would leave cut off from the rest are marked, with the actor's own ties in red, and the table counts the lost pairs by sector. Actors are listed with the most loss first. Pairs are counted in each direction (from A to B and from B to A), since handoffs run one way.",
    pick: "Actor",
    whatIf: (name, share, lost, connected, affected, f, pct) =>
      lost === 0
        ? `If ${name} leaves, every pair of other actors in different sectors that can reach each other today still can.`
        : `If ${name} leaves, ${pct(share)} of the between-sector pairs lose their connection: ${f(lost)} of the ${f(connected)} pairs of other actors in different sectors that can reach each other today, involving ${count(affected, "actor", "actors", f)}.`,
    cutOff: (names) => `Cut off from the rest of the network (marked): ${names.join("; ")}.`,
    noneCutOff: (name) =>
      `No actor is cut off entirely: the pairs are lost because some ties run one way only, through ${name}.`,
    lostTable: "Pairs that lose their connection, by sector",
    fromSector: "From sector",
    toSector: "To sector",
    pairsLost: "Pairs that lose their connection",
    removalLoss: "pairs lost if it goes",
    dataHeading: "About the data",
    dataText:
      "The example networks are written from Danish source documents on cross-sector collaboration; ties and their kinds come from the sources, volumes and qualities are illustrative (see data/README.md). Brokerage follows Gould & Fernandez (1989), constraint Burt (1992); every measure is computed in your browser and nothing is sent anywhere.",
  },
  da: {
    title: "Brobyggere og flaskehalse",
    intro:
      "Hvem der holder samarbejdet på tværs af sektorer sammen, og hvor det hænger på en enkelt aktør eller en enkelt forbindelse. Vælg et eksempelnetværk og de typer relationer, der tæller som samarbejde.",
    choose: "Netværk",
    kinds: "Relationer, der tæller",
    kindsText:
      "Styringsrelationer (hvem der sidder i hvilken bestyrelse, hvem der rapporterer til hvem) er udeladt fra start: de siger, hvem der beslutter, ikke hvem der arbejder sammen. Sæt flueben for at tage dem med.",
    summary: (actors, ties, f) =>
      `${count(actors, "aktør", "aktører", f)} og ${count(ties, "relation", "relationer", f)} af de valgte typer.`,
    rolesHeading: "Brobyggere: hvem forbinder dem, der ikke er forbundet",
    rolesText: `En **brobygger** står mellem to andre, der ikke selv har en relation, så patienter eller oplysninger går fra den ene gennem brobyggeren til den anden. Gould og Fernandez skelner mellem fem slags brobyggere efter de tres sektorer:

- **Koordinator**: alle tre i samme sektor (en hospitalsenhed, der bringer videre mellem to andre hospitalsenheder).
- **Omrejsende**: de to andre er i samme sektor, brobyggeren kommer udefra (en praktiserende læge mellem to kommunale tilbud).
- **Repræsentant**: brobyggeren er i afsenderens sektor og bringer videre ind i en anden sektor (en hospitalsafdeling, der taler hospitalets sag over for kommunen).
- **Portvagt**: brobyggeren er i modtagerens sektor og lukker andre ind (et kommunalt afklaringstilbud, der tager imod patienter fra hospitalet på kommunens vegne).
- **Forbindelsesled**: alle tre i hver sin sektor (en patient eller pårørende, der bærer oplysninger mellem hospital og kommune).

Søjlerne tæller de par, hver aktør bygger bro imellem; tallene til højre sammenligner hver rolles antal med, hvad lige så mange tilfældigt trukne relationer ville give, målt i standardafvigelser (z-score). En z-score på 2 eller mere er markeret: aktøren bygger klart mere bro i den rolle end tilfældigt. Forbindelsesled og omrejsende er dem, samarbejdet på tværs af sektorer hviler på.`,
    rolesNumbers: "Alle aktørers par, rolle for rolle",
    actor: "Aktør",
    sector: "Sektor",
    total: "Alle roller",
    holesHeading: "Strukturelle huller: plads til at bygge bro, og afhængighed",
    holesText: `**Burts constraint** (begrænsning) siger, hvor meget en aktørs kontakter er forbundet med hinanden og med de samme andre. En aktør, hvis kontakter alle kender hinanden, har en høj begrænsning (omkring 1 og derover): hvad den hører, hører de også, og den har ikke plads til at bygge bro. En aktør, hvis kontakter ellers ikke har med hinanden at gøre, har en lav begrænsning: den spænder over *strukturelle huller*, kan samle det, andre holder adskilt — og meget afhænger af den. **Effektiv størrelse** er antallet af kontakter minus deres overlap: hvor mange kontakter aktøren reelt har, som ikke allerede kender hinanden. **Hierarki** siger, om begrænsningen kommer fra én kontakt (nær 1) eller er spredt over alle (nær 0). Tabellen viser de mindst begrænsede aktører først; aktører uden kontakter kommer sidst.`,
    holesTable: "Begrænsning, effektiv størrelse og hierarki pr. aktør",
    contacts: "Kontakter",
    constraint: "Begrænsning",
    effectiveSize: "Effektiv størrelse",
    hierarchy: "Hierarki",
    cutHeading: "Flaskehalse: aktører og forbindelser, der alene holder netværket sammen",
    cutText:
      "Et **artikulationspunkt** er en aktør, hvis bortfald deler netværket i dele, der ikke længere når hinanden ad nogen vej. En **bro mellem sektorer** er en enkelt forbindelse mellem aktører i to sektorer, som er den eneste vej mellem de dele, den forbinder. Begge er markeret med rødt på netværket: aktørerne træder frem, og broerne er tegnet som røde relationer. En aktørs størrelse er dens andel af de korteste veje mellem aktører i forskellige sektorer, der går gennem den.",
    cutSummary: (points, bridges, f) =>
      `${count(points, "aktør holder", "aktører holder", f)} alene netværket sammen; ${count(bridges, "forbindelse mellem sektorer er en bro", "forbindelser mellem sektorer er broer", f)}.`,
    betweenShare: "andel af veje mellem sektorer",
    cutTable: "Artikulationspunkter og broer mellem sektorer",
    kind: "Type",
    articulationPoint: "artikulationspunkt",
    bridge: "bro mellem sektorer",
    where: "Aktør eller forbindelse",
    sectors: "Sektor(er)",
    cutNone: "Ingen aktør og ingen forbindelse mellem sektorer holder alene netværket sammen.",
    whatIfHeading: "Hvad der går tabt, hvis en aktør forsvinder",
    whatIfText:
      "Vælg en aktør for at se, hvilke par af andre aktører i forskellige sektorer der i dag kan nå hinanden gennem en kæde af relationer, men ikke kunne det, hvis aktøren forsvandt — fx hvis stillingen står tom, eller forummet nedlægges. Aktøren og de aktører, den ville efterlade afskåret fra resten, er markeret, med aktørens egne relationer i rødt, og tabellen tæller de tabte par pr. sektor. Aktørerne står med det største tab først. Par tælles i hver retning (fra A til B og fra B til A), da overdragelser går én vej.",
    pick: "Aktør",
    whatIf: (name, share, lost, connected, affected, f, pct) =>
      lost === 0
        ? `Hvis ${name} forsvinder, kan alle par af andre aktører i forskellige sektorer, der i dag kan nå hinanden, stadig gøre det.`
        : `Hvis ${name} forsvinder, mister ${pct(share)} af parrene på tværs af sektorer deres forbindelse: ${f(lost)} af de ${f(connected)} par af andre aktører i forskellige sektorer, der i dag kan nå hinanden, og ${count(affected, "aktør", "aktører", f)} berøres.`,
    cutOff: (names) => `Afskåret fra resten af netværket (markeret): ${names.join("; ")}.`,
    noneCutOff: (name) =>
      `Ingen aktør afskæres helt: parrene mistes, fordi nogle relationer kun går én vej, gennem ${name}.`,
    lostTable: "Par, der mister deres forbindelse, pr. sektor",
    fromSector: "Fra sektor",
    toSector: "Til sektor",
    pairsLost: "Par, der mister forbindelsen",
    removalLoss: "par tabt, hvis den forsvinder",
    dataHeading: "Om data",
    dataText:
      "Eksempelnetværkene er skrevet ud fra danske kildedokumenter om tværsektorielt samarbejde; relationerne og deres typer stammer fra kilderne, mængder og kvaliteter er illustrative (se data/README.md). Brobygning følger Gould & Fernandez (1989), begrænsning Burt (1992); alle mål beregnes i din browser, og intet sendes nogen steder hen.",
  },
};
