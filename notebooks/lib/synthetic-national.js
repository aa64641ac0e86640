/**
 * A synthetic national network for the "all clusters" overview: illustrative only, generated with a
 * fixed seed on the Denmark skeleton (data/denmark/denmark-clusters.json), so the overview can show
 * and be timed on a network of national size (> 2,000 actors). No number or tie in it comes from a
 * source. Every actor and tie carries `attributes.provenance = "synthetic"` and says so in its label.
 *
 * For every municipality of the skeleton it adds municipal units (jobcentre, sickness-benefit unit,
 * home care, health centre, social services, addiction treatment, assessment offer) and 8–16
 * general practices; for every acute hospital a
 * set of wards and a psychiatric centre. Ties follow the patterns of the example networks: governance to
 * the municipality or hospital, handoffs from wards to home care and health centres in the same
 * cluster, referrals and discharge letters between wards and practices, NFS between practices and
 * jobcentres or sickness-benefit units, and care communication between home care and practices.
 */
import { mulberry32 } from "@tvaers/analysis";

const SEED = 20220608;
const SYNTHETIC = { en: " (synthetic)", da: " (syntetisk)" };

const MUNICIPAL_UNITS = [
  ["jobcentre", "municipality", { en: "Jobcentre", da: "Jobcenter" }],
  ["sickness-benefit-unit", "municipality", { en: "Sickness-benefit unit", da: "Sygedagpengeafdeling" }],
  ["home-care", "municipality", { en: "Home care", da: "Hjemmepleje" }],
  ["health-centre", "municipality", { en: "Health centre", da: "Sundhedscenter" }],
  ["social-services", "municipality", { en: "Social services", da: "Socialområdet" }],
  ["addiction-treatment", "municipality", { en: "Addiction treatment", da: "Misbrugsbehandling" }],
  ["assessment-centre", "municipality", { en: "Assessment offer", da: "Afklaringstilbud" }],
];
const WARDS = [
  ["hospital-ward", { en: "Emergency department", da: "Akutmodtagelse" }],
  ["hospital-ward", { en: "Medical department", da: "Medicinsk afdeling" }],
  ["hospital-ward", { en: "Cardiology", da: "Hjerteafdeling" }],
  ["hospital-ward", { en: "Orthopaedic surgery", da: "Ortopædkirurgi" }],
  ["hospital-ward", { en: "Neurology", da: "Neurologi" }],
  ["hospital-ward", { en: "Geriatrics", da: "Geriatri" }],
  ["psychiatry", { en: "Psychiatric centre", da: "Psykiatrisk center" }],
];

/** `{ en, da }` of a unit name, a comma and a place, marked synthetic. */
const named = (unit, place) => ({
  en: `${unit.en}, ${place.en}${SYNTHETIC.en}`,
  da: `${unit.da}, ${place.da}${SYNTHETIC.da}`,
});

/**
 * The synthetic network (a tvaers network document) built on the skeleton document `denmark`.
 * @param {import("@tvaers/model").NetworkDocument} denmark
 */
export function syntheticNational(denmark) {
  const random = mulberry32(SEED);
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const attributes = { provenance: "synthetic" };
  const actors = [];
  const ties = [];
  const byCluster = new Map();
  const inCluster = (cluster) => {
    if (!byCluster.has(cluster)) byCluster.set(cluster, { wards: [], homeCare: [], health: [], gps: [] });
    return byCluster.get(cluster);
  };
  const tieIds = new Set();
  const tie = (kind, source, target, extra = {}) => {
    const id = `syn:${kind}:${source}>${target}`;
    if (tieIds.has(id)) return;
    tieIds.add(id);
    ties.push({ id, source, target, kind, attributes, ...extra });
  };

  for (const hospital of denmark.actors.filter((a) => a.kind === "hospital")) {
    const place = hospital.label;
    const cluster = inCluster(hospital.cluster);
    for (const [w, [kind, unit]] of WARDS.entries()) {
      const id = `syn-${hospital.id}-ward-${w}`;
      actors.push({
        id,
        label: named(unit, place),
        sector: "region",
        organisation: hospital.organisation,
        cluster: hospital.cluster,
        kind,
        attributes,
      });
      tie("governance", id, hospital.id);
      cluster.wards.push(id);
    }
  }
  for (const municipality of denmark.actors.filter((a) => a.kind === "municipality")) {
    const place = { en: municipality.label.en, da: municipality.label.da };
    const cluster = inCluster(municipality.cluster);
    const units = {};
    for (const [kind, sector, unit] of MUNICIPAL_UNITS) {
      const id = `syn-${municipality.id}-${kind}`;
      actors.push({
        id,
        label: named(unit, place),
        sector,
        organisation: municipality.organisation,
        cluster: municipality.cluster,
        kind,
        attributes,
      });
      tie("governance", id, municipality.id);
      units[kind] = id;
    }
    cluster.homeCare.push(units["home-care"]);
    cluster.health.push(units["health-centre"]);
    tie("collaboration", units.jobcentre, units["sickness-benefit-unit"]);
    tie("collaboration", units["home-care"], units["health-centre"]);
    const practices = between(8, 16);
    for (let p = 1; p <= practices; p++) {
      const id = `syn-${municipality.id}-gp-${p}`;
      actors.push({
        id,
        label: named({ en: `General practice ${p}`, da: `Lægepraksis ${p}` }, place),
        sector: "general-practice",
        cluster: municipality.cluster,
        kind: "gp",
        attributes,
      });
      tie("communication", id, pick([units.jobcentre, units["sickness-benefit-unit"]]), {
        channel: "NFS",
        weight: between(5, 120),
        quality: between(20, 45) / 10,
      });
      tie("communication", units["home-care"], id, {
        channel: "care_communication",
        weight: between(10, 300),
        quality: between(20, 45) / 10,
      });
      cluster.gps.push(id);
    }
  }
  for (const cluster of byCluster.values()) {
    if (cluster.wards.length === 0) continue;
    for (const ward of cluster.wards) {
      for (const target of [...cluster.homeCare, ...cluster.health].filter(() => random() < 0.35)) {
        tie("handoff", ward, target, {
          weight: between(5, 400),
          attributes: { ...attributes, waitDays: between(0, 14) },
        });
      }
    }
    for (const gp of cluster.gps) {
      const ward = pick(cluster.wards);
      tie("communication", gp, ward, {
        channel: "referral",
        directed: true,
        weight: between(5, 200),
        quality: between(25, 45) / 10,
      });
      tie("communication", pick(cluster.wards), gp, {
        channel: "discharge_letter",
        directed: true,
        weight: between(5, 200),
        quality: between(20, 45) / 10,
      });
    }
  }
  return {
    format: "tvaers.network/v1",
    name: "Synthetic national network (illustrative)",
    description:
      "Generated with a fixed seed on the Denmark skeleton; no actor, tie or number in it comes from a source.",
    sectors: [
      {
        id: "region",
        label: { en: "Region (hospitals and psychiatry)", da: "Region (hospitaler og psykiatri)" },
      },
      { id: "municipality", label: { en: "Municipality", da: "Kommune" } },
      { id: "general-practice", label: { en: "General practice", da: "Almen praksis" } },
    ],
    clusters: denmark.clusters,
    organisations: denmark.organisations,
    actors,
    ties,
  };
}
