// The actor kinds used across the example files. A kind says what sort of actor it is, independent of
// place, so a collaboration model written for kinds applies to any cluster.

/** Actor kind → label. Every actor in the example data uses one of these. */
export const KINDS = Object.freeze({
  "hospital-ward": { en: "Hospital ward or department", da: "Hospitalsafdeling" },
  psychiatry: { en: "Psychiatry unit", da: "Psykiatrisk enhed" },
  gp: { en: "General practitioners", da: "Praktiserende læger" },
  "gp-organisation": { en: "GP organisation", da: "Lægeorganisation (PLO)" },
  jobcentre: { en: "Jobcentre", da: "Jobcenter" },
  "sickness-benefit-unit": { en: "Sickness-benefit unit", da: "Sygedagpengeafdeling" },
  "health-centre": {
    en: "Municipal health centre or rehabilitation",
    da: "Sundhedscenter eller genoptræning",
  },
  "social-services": { en: "Social services", da: "Socialområdet" },
  "addiction-treatment": { en: "Addiction treatment", da: "Misbrugsbehandling" },
  "home-care": { en: "Home care and home nursing", da: "Hjemmepleje og hjemmesygepleje" },
  "assessment-centre": { en: "Municipal assessment offer", da: "Kommunalt afklaringstilbud" },
  "residential-care": { en: "Residential care places", da: "Omsorgs- og botilbud" },
  consultant: { en: "Consultant or specialist role", da: "Konsulent" },
  patient: { en: "Patient", da: "Patient" },
  citizen: { en: "Citizen in a case", da: "Borger i et forløb" },
  relative: { en: "Relatives", da: "Pårørende" },
  "patient-representative": {
    en: "Patient and relative representatives",
    da: "Patient- og pårørenderepræsentanter",
  },
  team: { en: "Cross-sector team", da: "Tværsektorielt team" },
  "working-group": { en: "Working group or project group", da: "Arbejdsgruppe eller projektgruppe" },
  forum: { en: "Forum or steering group", da: "Forum eller styregruppe" },
  "relatives-centre": { en: "Centre for relatives", da: "Center for pårørende" },
  management: { en: "Management", da: "Ledelse" },
  administration: { en: "Planning, secretariat or support staff", da: "Planlægning, sekretariat eller stab" },
  "project-lead": { en: "Project leader", da: "Projektleder" },
  "national-body": { en: "National body", da: "National aktør" },
  "patient-organisation": { en: "Patient organisation", da: "Patientforening" },
  research: { en: "Research", da: "Forskning" },
  hospital: { en: "Acute hospital", da: "Akuthospital" },
  municipality: { en: "Municipality", da: "Kommune" },
});
