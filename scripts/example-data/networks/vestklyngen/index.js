// Vestklyngen (Gødstrup hospital with Holstebro and Ringkøbing-Skjern), written from the 2020 note on
// cross-sector team models: the dual-diagnosis joint teams and Holstebro's care-places pilot.
import { cite, GLOSSARY, MEDCOM, TEAM_MODELS as TEAMS } from "../../sources.js";
import { actors, organisations } from "./actors.js";
import { ties } from "./ties.js";

/** @type {import("../../spec.js").NetworkSpec} */
export default {
  file: "vestklyngen.json",
  name: "Vestklyngen: dual diagnosis",
  description:
    "Cross-sector collaboration around citizens with dual diagnosis (mental illness and substance use) in Vestklyngen: Gødstrup hospital and Regional Psychiatry West, addiction treatment and social psychiatry in Holstebro and Ringkøbing-Skjern, general practice, the joint teams with their case schema and annual wheel of professional themes (tested in the second half of 2020), and Holstebro's care-places pilot with the region (two beds from 2021). Cluster mapping: the source's Vestklyngen is one of Central Denmark Region's clusters before the statutory clusters of 2022; it maps to current cluster M4 Gødstrupklyngen (Vestklyngen) in health_clusters.csv (Gødstrup with Herning, Holstebro, Ikast-Brande, Lemvig, Ringkøbing-Skjern and Struer). This network covers only the two municipalities that tested the teams. Who works with whom comes from the source; volumes, waits and channel qualities are illustrative (see data/README.md).",
  sources: [
    cite(
      TEAMS,
      "the dual-diagnosis joint teams (region and municipality, the citizen at the meetings), the case schema and annual wheel, the municipalities that tested them, the care-places pilot with two beds.",
    ),
    cite(
      GLOSSARY,
      "the cluster steering group and the Health Coordination Committee behind the health agreement.",
    ),
    cite(MEDCOM, "the MedCom messages between hospital, home care, GPs and psychiatry (channels)."),
  ],
  sectors: ["region", "municipality", "general-practice", "citizen"],
  clusters: ["M4"],
  regions: ["1082"],
  municipalities: ["661", "760"],
  organisations,
  actors,
  ties,
};
