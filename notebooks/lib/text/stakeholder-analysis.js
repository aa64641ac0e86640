/** The texts of the Stakeholder analysis notebook, in English and Danish. */
export const TEXT = {
  en: {
    title: "Stakeholder analysis",
    intro:
      "Who has a stake in a change to cross-sector collaboration, how much power and interest they have, and how to handle each of them. Start from one of the example analyses or your own file, change any rating in the table, and every chart and recommendation below follows as you type.",
    choose: "Stakeholder analysis",
    ownFile: "Or use your own file (.json or .csv)",
    ownFileHint:
      "A tvaers stakeholder file, or a spreadsheet saved as CSV with one row per stakeholder (columns id, label, power, interest, affected, legitimacy, urgency, attitude, proximity). It is read in your browser; nothing is sent anywhere.",
    clearFile: "Use the examples again",
    seedLabel: (file, name) => `${name} (${file})`,
    problemsHeading: "The file could not be used",
    problemsText:
      "tvaers found these problems in the file. Fix them (the line or place says where) and choose the file again.",
    illustrative:
      "**About the example values.** Who the stakeholders are comes from the source documents; every rating in the examples is illustrative — written by hand to be plausible, not measured or agreed with the parties. Do not read the classifications as findings about anyone.",
    editHeading: "The ratings",
    editText:
      "Each stakeholder is rated on the scale shown under each heading (1 low … 5 high; attitude −2 against … +2 for). Type a new value, use the arrows, or empty a box for “not assessed”. A value off its scale is marked in orange and not used.",
    editCaption: "Ratings (edit to try other judgements)",
    stakeholder: "Stakeholder",
    reset: "Restore the file's values",
    offScale: (min, max) => `must be between ${min} and ${max}`,
    attributes: {
      power: "Power",
      interest: "Interest",
      affected: "Affected",
      legitimacy: "Legitimacy",
      urgency: "Urgency",
      attitude: "Attitude",
      proximity: "Proximity",
    },
    gridHeading: "Power and interest (Mendelow)",
    gridText:
      "Mendelow's grid sets each stakeholder's power over the change against its interest in it. High power and high interest: manage closely; high power, low interest: keep satisfied; low power, high interest: keep informed; the rest: monitor. A rating counts as high when it is above the middle of its scale (above 3 on 1–5). Colour shows attitude: orange against, grey neutral, green for.",
    interessentHeading: "Interessentanalyse",
    interessentText:
      "The Danish interessentanalyse sets influence (power) against how much the change affects each stakeholder. Danish practice names the four fields in two ways; choose the one your organisation uses.",
    convention: "Naming of the fields",
    conventions: [
      ["a: ressourcepersoner, grå eminencer, gidsler, eksterne", "a"],
      ["b: centrale interessenter, ressourcepersoner, gidsler, eksterne", "b"],
    ],
    influence: "Influence",
    affected: "Affected",
    salienceHeading: "Salience: who claims attention",
    salienceText:
      "Mitchell, Agle & Wood ask which of three attributes a stakeholder has: power to impose its will, a legitimate claim, and an urgent claim. The more attributes, the more attention it claims: definitive stakeholders (all three) come first; dependent ones (legitimate and urgent, but without power) need someone to speak for them.",
    classesHeading: "Every stakeholder's classes",
    classesText:
      "The three classifications side by side, and Bourne's Stakeholder Circle index (0–1; power, proximity and urgency weighted 4 : 2 : 5), which orders stakeholders by how much attention they need. A dash means a rating it needs is missing.",
    classesCaption: "Classes per stakeholder",
    mendelowColumn: "Power–interest",
    interessentColumn: "Interessentanalyse",
    salienceColumn: "Salience",
    bourneColumn: "Stakeholder Circle index",
    handlingHeading: "What to do with them",
    handlingText: "The recommended handling of each class, with the stakeholders in it.",
    handlingMendelow: "Power and interest",
    handlingInteressent: "Interessentanalyse",
    handlingSalience: "Salience",
    missing: "–",
    warnings: (n) =>
      `${n} ${n === 1 ? "classification was" : "classifications were"} left out because a rating is missing.`,
    powerHeading: "Stated power and network power",
    powerText:
      "Stated power is what the ratings say. Network power is read from the positions of the actors a stakeholder is linked to in a collaboration network (Prell, Hubacek & Reed 2009): how many contacts they have, how many routes between others pass through them, and how many pairs from different sectors they connect, each as the share of actors they outrank, put on the power scale. A large difference is worth a conversation: either the network misses where the power lies (formal authority, money), or the rating overlooks who holds collaboration together.",
    network: "Network the actor links point to",
    noNetwork: "(none)",
    useBlended: "Use the blend of stated and network power in the charts above",
    blendedNote:
      "The charts above use the blend of stated and network power (half each) for stakeholders with links.",
    noLinks:
      "None of these stakeholders is linked to actors of the chosen network, so there is no network power to compare.",
    powerCaption: "Stated against network power, biggest disagreements first",
    statedColumn: "Stated power",
    networkColumn: "Network power",
    blendedColumn: "Blend",
    differenceColumn: "Network − stated",
    actorsColumn: "Linked actors found",
    topDisagreement: (name, stated, network, more) =>
      `The biggest disagreement is **${name}**: stated power ${stated}, network power ${network} — the network gives ${more ? "more" : "less"} power than stated.`,
    missingActors: (n) =>
      `${n} linked ${n === 1 ? "actor is" : "actors are"} not in the chosen network and do not count.`,
    dataHeading: "About this page",
    dataText:
      "Classifications follow @tvaers/stakeholders: Mendelow (1981), the Danish interessentanalyse, Mitchell, Agle & Wood (1997) and Bourne's Stakeholder Circle; network power after Prell, Hubacek & Reed (2009). Everything is computed in your browser; nothing is sent anywhere. Every chart downloads as SVG or PNG and every table as CSV.",
  },
  da: {
    title: "Interessentanalyse",
    intro:
      "Hvem der har en interesse i en ændring af samarbejdet på tværs af sektorer, hvor meget magt og interesse de har, og hvordan hver af dem bør håndteres. Start med en af eksempelanalyserne eller din egen fil, ret en vurdering i tabellen, og alle diagrammer og anbefalinger nedenfor følger med, mens du skriver.",
    choose: "Interessentanalyse",
    ownFile: "Eller brug din egen fil (.json eller .csv)",
    ownFileHint:
      "En tvaers-interessentfil eller et regneark gemt som CSV med én række pr. interessent (kolonnerne id, label, power, interest, affected, legitimacy, urgency, attitude, proximity). Den læses i din browser; intet sendes nogen steder hen.",
    clearFile: "Brug eksemplerne igen",
    seedLabel: (file, name) => `${name} (${file})`,
    problemsHeading: "Filen kunne ikke bruges",
    problemsText:
      "tvaers fandt disse problemer i filen. Ret dem (linjen eller stedet siger hvor), og vælg filen igen.",
    illustrative:
      "**Om eksempelværdierne.** Hvem interessenterne er, stammer fra kildedokumenterne; alle vurderinger i eksemplerne er illustrative — skrevet i hånden, så de er plausible, ikke målt eller aftalt med parterne. Læs ikke klassifikationerne som fund om nogen.",
    editHeading: "Vurderingerne",
    editText:
      "Hver interessent vurderes på skalaen under hver overskrift (1 lav … 5 høj; holdning −2 imod … +2 for). Skriv en ny værdi, brug pilene, eller tøm et felt for “ikke vurderet”. En værdi uden for skalaen markeres med orange og bruges ikke.",
    editCaption: "Vurderinger (ret dem for at prøve andre vurderinger)",
    stakeholder: "Interessent",
    reset: "Gendan filens værdier",
    offScale: (min, max) => `skal være mellem ${min} og ${max}`,
    attributes: {
      power: "Magt",
      interest: "Interesse",
      affected: "Berørt",
      legitimacy: "Legitimitet",
      urgency: "Hast",
      attitude: "Holdning",
      proximity: "Nærhed",
    },
    gridHeading: "Magt og interesse (Mendelow)",
    gridText:
      "Mendelows skema sætter hver interessents magt over forandringen op mod dens interesse i den. Høj magt og høj interesse: håndtér tæt; høj magt, lav interesse: hold tilfreds; lav magt, høj interesse: hold informeret; resten: overvåg. En vurdering tæller som høj, når den ligger over midten af sin skala (over 3 på 1–5). Farven viser holdning: orange imod, grå neutral, grøn for.",
    interessentHeading: "Interessentanalyse",
    interessentText:
      "Den danske interessentanalyse sætter indflydelse (magt) op mod, hvor meget forandringen berører hver interessent. I dansk praksis navngives de fire felter på to måder; vælg den, jeres organisation bruger.",
    convention: "Navne på felterne",
    conventions: [
      ["a: ressourcepersoner, grå eminencer, gidsler, eksterne", "a"],
      ["b: centrale interessenter, ressourcepersoner, gidsler, eksterne", "b"],
    ],
    influence: "Indflydelse",
    affected: "Berørt",
    salienceHeading: "Betydning: hvem der kræver opmærksomhed",
    salienceText:
      "Mitchell, Agle & Wood spørger, hvilke af tre egenskaber en interessent har: magt til at gennemtvinge sin vilje, et legitimt krav og et presserende krav. Jo flere egenskaber, jo mere opmærksomhed kræver den: afgørende interessenter (alle tre) kommer først; afhængige (legitime og presserende krav, men uden magt) har brug for nogen, der taler deres sag.",
    classesHeading: "Hver interessents klasser",
    classesText:
      "De tre klassifikationer side om side og Bournes Stakeholder Circle-indeks (0–1; magt, nærhed og hast vægtet 4 : 2 : 5), som ordner interessenterne efter, hvor meget opmærksomhed de kræver. En tankestreg betyder, at en nødvendig vurdering mangler.",
    classesCaption: "Klasser pr. interessent",
    mendelowColumn: "Magt–interesse",
    interessentColumn: "Interessentanalyse",
    salienceColumn: "Betydning",
    bourneColumn: "Stakeholder Circle-indeks",
    handlingHeading: "Hvad der skal gøres med dem",
    handlingText: "Den anbefalede håndtering af hver klasse med de interessenter, der hører til den.",
    handlingMendelow: "Magt og interesse",
    handlingInteressent: "Interessentanalyse",
    handlingSalience: "Betydning",
    missing: "–",
    warnings: (n) =>
      `${n} ${n === 1 ? "klassifikation blev" : "klassifikationer blev"} udeladt, fordi en vurdering mangler.`,
    powerHeading: "Angivet magt og magt i netværket",
    powerText:
      "Angivet magt er det, vurderingerne siger. Magt i netværket aflæses af positionerne for de aktører, en interessent er knyttet til i et samarbejdsnetværk (Prell, Hubacek & Reed 2009): hvor mange kontakter de har, hvor mange veje mellem andre der går gennem dem, og hvor mange par fra forskellige sektorer de forbinder, hver som den andel af aktørerne, de ligger over, omregnet til magtskalaen. En stor forskel er værd at tale om: enten ser netværket ikke, hvor magten ligger (formel myndighed, penge), eller også overser vurderingen, hvem der holder samarbejdet sammen.",
    network: "Netværk, aktørerne henviser til",
    noNetwork: "(intet)",
    useBlended: "Brug en blanding af angivet magt og magt i netværket i diagrammerne ovenfor",
    blendedNote:
      "Diagrammerne ovenfor bruger blandingen af angivet magt og magt i netværket (halvt af hver) for interessenter med tilknyttede aktører.",
    noLinks:
      "Ingen af disse interessenter er knyttet til aktører i det valgte netværk, så der er ingen magt i netværket at sammenligne med.",
    powerCaption: "Angivet magt mod magt i netværket, største uenighed først",
    statedColumn: "Angivet magt",
    networkColumn: "Magt i netværket",
    blendedColumn: "Blanding",
    differenceColumn: "Netværk − angivet",
    actorsColumn: "Tilknyttede aktører fundet",
    topDisagreement: (name, stated, network, more) =>
      `Den største uenighed gælder **${name}**: angivet magt ${stated}, magt i netværket ${network} — netværket giver ${more ? "mere" : "mindre"} magt end angivet.`,
    missingActors: (n) =>
      `${n} ${n === 1 ? "tilknyttet aktør findes" : "tilknyttede aktører findes"} ikke i det valgte netværk og tæller ikke med.`,
    dataHeading: "Om denne side",
    dataText:
      "Klassifikationerne følger @tvaers/stakeholders: Mendelow (1981), den danske interessentanalyse, Mitchell, Agle & Wood (1997) og Bournes Stakeholder Circle; magt i netværket efter Prell, Hubacek & Reed (2009). Alt beregnes i din browser; intet sendes nogen steder hen. Alle diagrammer kan hentes som SVG eller PNG og alle tabeller som CSV.",
  },
};
