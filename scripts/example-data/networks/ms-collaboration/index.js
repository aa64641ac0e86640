// The MS collaboration project (Sclerosehospitalerne with Kalundborg, Morsø and Vejen, 2017–2019),
// written from the minutes of its first reference-group meeting.
import {
  cite,
  GLOSSARY,
  KL_REGIONS_ARTICLE,
  MEDCOM,
  MS_REFERENCE_GROUP as MS,
  SCALE,
} from "../../sources.js";
import { actors, organisations } from "./actors.js";
import { ties } from "./ties.js";

/** @type {import("../../spec.js").NetworkSpec} */
export default {
  file: "ms-collaboration.json",
  name: "MS collaboration: Sclerosehospitalerne and three municipalities",
  description:
    "Cross-sector collaboration around citizens with multiple sclerosis in the satspulje project (2017–2019) of the two MS hospitals (Haslev, Ry) with Kalundborg, Morsø and Vejen municipalities: municipal rehabilitation and health, jobcentres and caseworkers, general practice, the citizen and relatives, the project's steering group, and its reference group of professional organisations, KL, Danish Regions, patients and research. The reference group reports many interfaces between municipality and hospital, weak links between municipal departments, and GPs without an MS contact in the municipality. Cluster mapping: not a cluster network. The three municipalities sit in three current clusters in health_clusters.csv: Kalundborg in S2 (Holbæk, low confidence), Morsø in N4 (Klynge Vest, high), Vejen in D4 (Sydvestjylland, low). The MS hospitals serve the whole country and carry no cluster; national bodies and the citizen carry none either. Volumes count only contacts and patients concerning citizens with MS. Who works with whom comes from the sources; volumes, waits and channel qualities are illustrative (see data/README.md).",
  sources: [
    cite(
      MS,
      "the project partners, steering group and reference group (as bodies and roles), what the patient representatives, the GP, the municipal project leader and the researcher said about collaboration, the funder and the evaluator.",
    ),
    cite(KL_REGIONS_ARTICLE, "KL and Danish Regions working together on joint strategies."),
    cite(GLOSSARY, "the MS hospitals' owner (Scleroseforeningen) and referral by GPs."),
    cite(SCALE, "the MS hospitals' beds (Haslev 42, Ry 36) and about 1,100–1,300 admissions a year."),
    cite(MEDCOM, "discharge letters, LÆ certificates and care-communication messages (channels)."),
  ],
  sectors: [
    "region",
    "municipality",
    "general-practice",
    "citizen",
    "patient-organisation",
    "national",
    "research",
  ],
  clusters: ["S2", "N4", "D4"],
  regions: [],
  municipalities: ["326", "773", "575"],
  organisations,
  actors,
  ties,
};
