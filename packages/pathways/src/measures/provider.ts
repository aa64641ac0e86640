/**
 * The provider an event counts for in continuity-of-care and care-density measures: its actor (the
 * default), the actor lifted to the organisation, sector or cluster the event names, or any reader.
 *
 * Edge cases: an event whose provider is unknown (for example no `organisation` at the organisation
 * level) is left out of those measures, as if it had not happened.
 *
 * Complexity: O(1) per event.
 */
import type { EventReader } from "./cases.js";

/** A level to count providers at, read from the event's own fields. */
export type ProviderLevel = "actor" | "organisation" | "sector" | "cluster";

/** Which provider an event counts for: a level, or a reader returning the provider's id. */
export type ProviderOption = ProviderLevel | EventReader;

/** The reader for a {@link ProviderOption} (default: the event's actor). */
export function providerReader(option: ProviderOption = "actor"): EventReader {
  if (typeof option === "function") return option;
  switch (option) {
    case "actor":
      return (event) => event.actor;
    case "organisation":
      return (event) => event.organisation;
    case "sector":
      return (event) => event.sector;
    case "cluster":
      return (event) => event.cluster;
    default:
      throw new RangeError(
        `provider must be "actor", "organisation", "sector", "cluster" or a function, got ${String(option)}`,
      );
  }
}
