// Klynge Vest (Thisted and Morsø around Aalborg University Hospital Thisted), written from the agenda
// and minutes of the 12th meeting of Klyngestyregruppe Vest (8 June 2022).
import { cite, MEDCOM, KLYNGE_VEST_MINUTES as MINUTES } from "../../sources.js";
import { actors, organisations } from "./actors.js";
import { ties } from "./ties.js";

/** @type {import("../../spec.js").NetworkSpec} */
export default {
  file: "klynge-vest.json",
  name: "Klynge Vest",
  description:
    "Cross-sector collaboration in Klynge Vest (Thisted and Morsø municipalities, Aalborg University Hospital Thisted, psychiatry Thy-Mors, general practice) as the 12th meeting of its steering group describes it on 8 June 2022: the steering group and operations forum, the new statutory cluster levels, the national leadership programme's project on acute admission and municipal assessment offers, the youth project's Patient's Team, and the Centre for Relatives' video family conversations with Morsø. Cluster mapping: Klynge Vest is cluster N4 in health_clusters.csv (North Denmark Region); the meeting was three weeks before the statutory clusters of 1 July 2022 and decided to keep the same representation, so it maps one to one. Region-wide units (the Centre for Relatives in Aalborg, Regionshuset, the Strategic Health Forum) carry no cluster. Who works with whom comes from the minutes; volumes, waits and channel qualities are illustrative (see data/README.md).",
  sources: [
    cite(
      MINUTES,
      "steering-group composition (roles only), the two organisational levels of the new cluster, the operations forum, the leadership-programme project and its participants, the youth project (Patient's Team, about 40 citizens, 10 recruited), the Centre for Relatives' video family conversations with Morsø and the cooperation agreement.",
    ),
    cite(
      MEDCOM,
      "the MedCom messages between hospital, home care and GPs, and LÆ certificates between GPs and jobcentres (channels).",
    ),
  ],
  sectors: ["region", "municipality", "general-practice", "citizen", "national"],
  clusters: ["N4"],
  regions: ["1081"],
  municipalities: ["787", "773"],
  organisations,
  actors,
  ties,
};
