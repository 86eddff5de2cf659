// Whole-graph figures: size, density, and the most connected and most central actors.
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { undirectedDensity } from 'graphology-metrics/graph/density.js';
import { cjsDefault } from './cjs.js';
import { INTERACTION_TYPES, type ActorGraph, type ActorType, type InteractionType } from './project.js';
import { directedPairs, undirectedPairs } from './simple.js';

const pagerank = cjsDefault(pagerankModule);

export interface RankedActor {
  iri: string;
  label: string;
  type: ActorType;
  /** Typed interaction edges at the actor (in and out). */
  degree: number;
  /** Distinct actors it interacts with. */
  neighbours: number;
  /** Events on its edges (a meeting with three others counts three times). */
  weightedDegree: number;
  pagerank: number;
}

export interface GraphStats {
  nodes: number;
  /** Typed interaction edges (parallel events merged). */
  edges: number;
  /** Events behind the edges, summed over edges. */
  interactions: number;
  /** Connected pairs over possible pairs, ignoring direction and type. */
  density: number;
  connectedPairs: number;
  isolated: number;
  nodesByType: Record<ActorType, number>;
  edgesByType: Record<InteractionType, number>;
  topByDegree: RankedActor[];
  topByPagerank: RankedActor[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number, digits = 6) => Math.round(x * 10 ** digits) / 10 ** digits;

/** PageRank over the weighted directed pair graph (a meeting counts both ways); rounded, deterministic. */
export function actorPagerank(graph: ActorGraph): Record<string, number> {
  if (graph.order === 0) return {};
  const scores = pagerank(directedPairs(graph), { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 1000, tolerance: 1e-10 });
  return Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, round(v)]));
}

export function rankActors(graph: ActorGraph): RankedActor[] {
  const pr = actorPagerank(graph);
  return graph.mapNodes((node, a) => ({
    iri: node,
    label: a.label,
    type: a.type,
    degree: graph.degree(node),
    neighbours: graph.neighbors(node).length,
    weightedDegree: graph.reduceEdges(node, (sum, _e, e) => sum + e.weight, 0),
    pagerank: pr[node] ?? 0,
  }));
}

export function graphStats(graph: ActorGraph, top = 10): GraphStats {
  const ranked = rankActors(graph);
  const pairs = undirectedPairs(graph);
  const nodesByType: Record<ActorType, number> = { Person: 0, Organization: 0, Country: 0 };
  graph.forEachNode((_n, a) => void nodesByType[a.type]++);
  const edgesByType = Object.fromEntries(INTERACTION_TYPES.map((t) => [t, 0])) as Record<InteractionType, number>;
  let interactions = 0;
  graph.forEachEdge((_e, a) => {
    edgesByType[a.type]++;
    interactions += a.weight;
  });
  const byLabel = (a: RankedActor, b: RankedActor) => cmp(a.label, b.label) || cmp(a.iri, b.iri);
  return {
    nodes: graph.order,
    edges: graph.size,
    interactions,
    density: graph.order < 2 ? 0 : round(undirectedDensity(pairs.order, pairs.size)),
    connectedPairs: pairs.size,
    isolated: graph.filterNodes((n) => graph.degree(n) === 0).length,
    nodesByType,
    edgesByType,
    topByDegree: [...ranked]
      .filter((r) => r.degree > 0)
      .sort((a, b) => b.degree - a.degree || b.weightedDegree - a.weightedDegree || byLabel(a, b))
      .slice(0, top),
    topByPagerank: [...ranked].sort((a, b) => b.pagerank - a.pagerank || byLabel(a, b)).slice(0, top),
  };
}
