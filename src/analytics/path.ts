// Shortest chain of interactions between two actors, ignoring direction and type.
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { ActorGraph } from './project.js';
import { interactionsBetween, type NeighbourInteraction } from './neighbors.js';
import { undirectedPairs } from './simple.js';

export interface PathHop {
  from: { iri: string; label: string };
  to: { iri: string; label: string };
  /** Every typed interaction between the two, direction seen from `from`. */
  interactions: NeighbourInteraction[];
}

/** Hops from `a` to `b` (empty when a = b), or null when they are not connected. Deterministic. */
export function interactionPath(graph: ActorGraph, a: string, b: string): PathHop[] | null {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
  if (a === b) return [];
  const nodes = bidirectional(undirectedPairs(graph), a, b);
  if (!nodes) return null;
  const ref = (n: string) => ({ iri: n, label: graph.getNodeAttribute(n, 'label') });
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    hops.push({ from: ref(nodes[i]), to: ref(nodes[i + 1]), interactions: interactionsBetween(graph, nodes[i], nodes[i + 1]) });
  }
  return hops;
}
