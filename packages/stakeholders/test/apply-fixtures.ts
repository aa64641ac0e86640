// The network and helpers of the applyModel tests (apply-*.test.ts). A small network written by hand:
// a hospital ward and psychiatry (region), two municipalities in two clusters, GPs in each cluster, and
// one patient role without a cluster.
//   handoffs: ward1 → sb1 (10 patients, 40 days), psy → soc1 (5, 10 days), gp1 → ward1 (20, 5 hours)
//   channels: gp1 ↔ sb1 NFS (3), ward1 → gp1 discharge letter (4, directed), psy ↔ job2 phone (2)
import { type NetworkDocumentInput, parseNetwork } from "@tvaers/model";
import { type ModelDocumentInput, parseModel } from "../src/index.js";

export const NETWORK: NetworkDocumentInput = {
  format: "tvaers.network/v1",
  name: "Hand-built",
  sectors: [
    { id: "region", label: "Region" },
    { id: "municipality", label: { en: "Municipality", da: "Kommune" } },
    { id: "general-practice", label: "General practice" },
    { id: "citizen", label: "Citizen" },
  ],
  clusters: [
    { id: "c1", label: { en: "Cluster 1", da: "Klynge 1" } },
    { id: "c2", label: { en: "Cluster 2", da: "Klynge 2" } },
  ],
  organisations: [
    { id: "r", label: "Region", sector: "region" },
    { id: "m1", label: { en: "Municipality 1", da: "Kommune 1" }, sector: "municipality", cluster: "c1" },
    { id: "m2", label: { en: "Municipality 2", da: "Kommune 2" }, sector: "municipality", cluster: "c2" },
  ],
  actors: [
    {
      id: "ward1",
      label: { en: "Ward", da: "Afdeling" },
      sector: "region",
      organisation: "r",
      cluster: "c1",
      kind: "hospital-ward",
    },
    {
      id: "psy",
      label: { en: "Psychiatry", da: "Psykiatri" },
      sector: "region",
      organisation: "r",
      kind: "psychiatry",
    },
    {
      id: "job1",
      label: { en: "Jobcentre 1", da: "Jobcenter 1" },
      sector: "municipality",
      organisation: "m1",
      cluster: "c1",
      kind: "jobcentre",
    },
    {
      id: "job2",
      label: { en: "Jobcentre 2", da: "Jobcenter 2" },
      sector: "municipality",
      organisation: "m2",
      cluster: "c2",
      kind: "jobcentre",
    },
    {
      id: "sb1",
      label: { en: "Sickness benefit 1", da: "Sygedagpenge 1" },
      sector: "municipality",
      organisation: "m1",
      cluster: "c1",
      kind: "sickness-benefit-unit",
    },
    {
      id: "soc1",
      label: { en: "Social 1", da: "Social 1" },
      sector: "municipality",
      organisation: "m1",
      cluster: "c1",
      kind: "social-services",
    },
    {
      id: "gp1",
      label: { en: "GPs 1", da: "Læger 1" },
      sector: "general-practice",
      cluster: "c1",
      kind: "gp",
    },
    {
      id: "gp2",
      label: { en: "GPs 2", da: "Læger 2" },
      sector: "general-practice",
      cluster: "c2",
      kind: "gp",
    },
    { id: "pat", label: { en: "Patient", da: "Patient" }, sector: "citizen", kind: "patient" },
  ],
  ties: [
    { id: "h1", source: "ward1", target: "sb1", kind: "handoff", weight: 10, attributes: { waitDays: 40 } },
    { id: "h2", source: "psy", target: "soc1", kind: "handoff", weight: 5, attributes: { waitDays: 10 } },
    { id: "h3", source: "gp1", target: "ward1", kind: "handoff", weight: 20, attributes: { waitHours: 5 } },
    { id: "c-nfs", source: "gp1", target: "sb1", kind: "communication", channel: "NFS", quality: 3 },
    {
      id: "c-dl",
      source: "ward1",
      target: "gp1",
      kind: "communication",
      channel: "discharge_letter",
      quality: 4,
      directed: true,
    },
    { id: "c-ph", source: "psy", target: "job2", kind: "communication", channel: "phone", quality: 2 },
  ],
};

export const network = parseNetwork(NETWORK);
export type RuleInput = ModelDocumentInput["rules"][number];
export const model = (rules: RuleInput[]) =>
  parseModel({ format: "tvaers.model/v1", id: "m", label: { en: "Model", da: "Model" }, rules });
export const tie = (doc: ReturnType<typeof parseNetwork>, id: string) => doc.ties.find((t) => t.id === id);
