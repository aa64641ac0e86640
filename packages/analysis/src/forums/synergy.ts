/**
 * Synergy between projects: pairs of projects (forums of kind `project` or `programme`) that share
 * members (participants), target groups, or actors both are tied to in the network (through the
 * forum's `actor` node). The Klynge Vest steering group asks for "samtænkning og synergi mellem
 * projekterne" (12th meeting, item 4); a shared member or target group is where that can start.
 */
import type { NetworkDocument } from "@tvaers/model";
import { incidence, seatsOf } from "../two-mode/seats.js";

/** Two projects and what they share; lists are sorted. */
export interface ProjectSynergy {
  a: string;
  b: string;
  members: string[];
  targetGroups: string[];
  actors: string[];
}

const common = (x: Iterable<string>, y: ReadonlySet<string>) =>
  [...new Set(x)].filter((v) => y.has(v)).sort();

/** Every pair of projects that shares something, the most shared first. */
export function projectSynergy(doc: NetworkDocument): ProjectSynergy[] {
  const projects = (doc.forums ?? []).filter((f) => f.kind === "project" || f.kind === "programme");
  const members = incidence(seatsOf(doc));
  const neighbours = (actor: string | undefined) => {
    const out = new Set<string>();
    if (actor === undefined) return out;
    for (const t of doc.ties) {
      if (t.source === actor) out.add(t.target);
      if (t.target === actor) out.add(t.source);
    }
    return out;
  };
  const out: ProjectSynergy[] = [];
  projects.forEach((p, i) => {
    for (const q of projects.slice(i + 1)) {
      const s: ProjectSynergy = {
        a: p.id,
        b: q.id,
        members: common(members.get(p.id) ?? [], members.get(q.id) ?? new Set()),
        targetGroups: common(p.targetGroups ?? [], new Set(q.targetGroups ?? [])),
        actors: common(neighbours(p.actor), neighbours(q.actor)),
      };
      if (s.members.length + s.targetGroups.length + s.actors.length > 0) out.push(s);
    }
  });
  const size = (s: ProjectSynergy) => s.members.length + s.targetGroups.length + s.actors.length;
  return out.sort((x, y) => size(y) - size(x));
}
