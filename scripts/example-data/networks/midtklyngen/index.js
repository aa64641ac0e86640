// Midtklyngen (Silkeborg, Skive, Viborg around Hospitalsenhed Midt), written from its 2018 report on
// inequality in health and the 2020 note on cross-sector FACT teams.
import { cite, MEDCOM, MODELS, MIDTKLYNGEN_REPORT as REPORT, TEAM_MODELS as TEAMS } from "../../sources.js";
import { actors, organisations } from "./actors.js";
import { ties } from "./ties.js";

/** @type {import("../../spec.js").NetworkSpec} */
export default {
  file: "midtklyngen.json",
  name: "Midtklyngen",
  description:
    "Cross-sector collaboration in Midtklyngen (Silkeborg, Skive and Viborg municipalities, Hospitalsenhed Midt's cardiology in Viborg and Silkeborg, regional psychiatry, general practice) on health and work: the 2018 working group on inequality in health and its two tracks (IPS for vulnerable cash-assistance recipients; hospital and sickness-benefit units around heart-surgery patients), and the three cross-sector FACT teams of 2020. GPs reach sickness-benefit units and jobcentres through the platform the sources call NFS; the cardiology wards hand sick-listed patients over to the sickness-benefit units but have no channel to them (the report's weak hospital ↔ sickness-benefit communication). Cluster mapping: the sources date from before the statutory clusters of 2022, when Midtklyngen was one of Central Denmark Region's clusters under the Health Coordination Committee; it maps to current cluster M2 Midtklyngen in health_clusters.csv, which has the same three municipalities and acute hospital. Who works with whom comes from the sources; volumes, waits and channel qualities are illustrative (see data/README.md).",
  sources: [
    cite(
      REPORT,
      "the working group's members (as units and roles), the two tracks, IPS in Silkeborg, the weak hospital ↔ sickness-benefit communication and the three recommendations (journal notes on work restrictions, hospital on NFS, hospital at round-table meetings), where the report goes.",
    ),
    cite(
      TEAMS,
      "the three FACT teams (one per municipality, up to about 60 citizens each), their meetings and paper plans, CCAF.",
    ),
    cite(MODELS, "IPS specialists employed by the jobcentre and working within psychiatry, meeting weekly."),
    cite(
      MEDCOM,
      "discharge letters and referrals between hospital, GPs and municipal health centres (channels).",
    ),
  ],
  sectors: ["region", "municipality", "general-practice", "citizen", "research"],
  clusters: ["M2"],
  regions: ["1082"],
  municipalities: ["740", "779", "791"],
  organisations,
  actors,
  ties,
};
