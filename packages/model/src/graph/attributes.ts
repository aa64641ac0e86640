import type { MultiDirectedGraph } from "graphology";
import type { Attributes } from "../schema/attributes.js";
import type {
  Cluster,
  Forum,
  Membership,
  Organisation,
  RepresentationRule,
  Scale,
  Sector,
} from "../schema/index.js";
import type { Label } from "../schema/label.js";
import type { TieKind } from "../schema/tie.js";

/** Node attributes of an actor in a tvaers graph. `label` is display text; `labels` keeps the `{ en, da }` form. */
export interface ActorNodeAttributes {
  label: string;
  labels?: Label;
  sector: string;
  organisation?: string;
  cluster?: string;
  kind?: string;
  attributes?: Attributes;
}

/** Edge attributes of a tie in a tvaers graph. `weight` is a strength (more = stronger), never a distance. */
export interface TieEdgeAttributes {
  id?: string;
  kind: TieKind;
  weight: number;
  directed: boolean;
  channel?: string;
  quality?: number;
  attributes?: Attributes;
}

/** Graph attributes: everything of the document that is not an actor or a tie. */
export interface NetworkGraphAttributes {
  name: string;
  description?: string;
  sources?: unknown[];
  qualityScale: Scale;
  sectors: Sector[];
  clusters: Cluster[];
  organisations: Organisation[];
  forums?: Forum[];
  memberships?: Membership[];
  rules?: RepresentationRule[];
}

/**
 * A tvaers network as a graphology multigraph. Every tie is a directed edge from source to target;
 * an undirected tie (communication, collaboration by default) carries `directed: false` and counts
 * both ways wherever direction matters.
 */
export type NetworkGraph = MultiDirectedGraph<ActorNodeAttributes, TieEdgeAttributes, NetworkGraphAttributes>;
