/**
 * Lifting for the DuckDB engine, done by the stream engine's own {@link GroupLifter} so the two cannot
 * differ: SQL lists each distinct combination of an actor with its event's sector, organisation and
 * cluster (`sql/actors.sql`, about one per actor; as read and trimmed), the lifter resolves each
 * trimmed combination once (against the network, if given) to its group and sector, and the result
 * goes back into DuckDB, keyed by the values as read, as the table `lift_map` that `sql/handoffs.sql`
 * joins. Group events, `withoutGroup` and `unresolvedActors` are
 * counted from the combinations' event counts. Resolving a combination once instead of once per event
 * gives the same groups: what the lifter keeps per group does not depend on how often or in which
 * order it sees an event.
 */

import type { NetworkDocument } from "@tvaers/model";
import type { PathwayEvent } from "../../events/event.js";
import type { HandoffGroup, HandoffLevel } from "../../handoffs/handoff.js";
import { GroupLifter } from "../../handoffs/lift.js";
import type { Database } from "./connect.js";
import { readSql } from "./sql-files.js";

/** The groups of the lifted log and what lifting counted. */
export interface Lifted {
  /** A group's id by its number in `lift_map`. */
  groupId(g: number): string;
  groups: HandoffGroup[];
  withoutGroup: number;
  unresolvedActors: number;
}

/** Builds `lift_map` from the accepted events in `events`. */
export async function buildLiftMap(
  db: Database,
  level: HandoffLevel,
  network?: NetworkDocument,
): Promise<Lifted> {
  const combos = (await db.connection.runAndReadAll(await readSql("actors.sql"))).getRowObjectsJS();
  await db.connection.run(
    "CREATE OR REPLACE TEMP TABLE lift_map (actor VARCHAR, sector VARCHAR, organisation VARCHAR, cluster VARCHAR, grp INTEGER, grp_sector INTEGER)",
  );
  const lifter = new GroupLifter(level, network);
  const events = new Map<number, number>();
  let withoutGroup = 0;
  const appender = await db.connection.createAppender("lift_map");
  try {
    for (const row of combos) {
      const text = (v: unknown) => (v === null ? undefined : String(v));
      const event: PathwayEvent = { caseId: "", time: 0, actor: String(row.actor_id), line: 0 };
      const sector = text(row.sector_id);
      const organisation = text(row.organisation_id);
      const cluster = text(row.cluster_id);
      if (sector !== undefined) event.sector = sector;
      if (organisation !== undefined) event.organisation = organisation;
      if (cluster !== undefined) event.cluster = cluster;
      const before = lifter.withoutGroup;
      const g = lifter.lift(event);
      const n = Number(row.events);
      if (lifter.withoutGroup > before) withoutGroup += n;
      events.set(g, (events.get(g) ?? 0) + n);
      for (const v of [row.actor, row.sector, row.organisation, row.cluster]) {
        if (v === null) appender.appendNull();
        else appender.appendVarchar(String(v));
      }
      appender.appendInteger(g);
      appender.appendInteger(lifter.sector);
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
  const byId = new Map([...events].map(([g, n]) => [lifter.groupId(g), n]));
  const groups = lifter.finishGroups().map((group) => ({ ...group, events: byId.get(group.id) ?? 0 }));
  return {
    groupId: (g) => lifter.groupId(g),
    groups,
    withoutGroup,
    unresolvedActors: lifter.unresolvedActors,
  };
}
