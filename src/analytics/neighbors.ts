// An actor's direct interaction partners, with each typed interaction and its events.
import type { ActorGraph, ActorType, InteractionEvent, InteractionType } from './project.js';

/** Seen from the actor asked about: `out` it is the agent, `in` the target, `mutual` a meeting. */
export type Direction = 'out' | 'in' | 'mutual';

export interface NeighbourInteraction {
  edge: string;
  type: InteractionType;
  direction: Direction;
  weight: number;
  events: InteractionEvent[];
}

export interface Neighbour {
  iri: string;
  label: string;
  type: ActorType;
  /** Events with this neighbour, all interaction types summed. */
  weight: number;
  interactions: NeighbourInteraction[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function interactionsBetween(graph: ActorGraph, from: string, to: string): NeighbourInteraction[] {
  const out: NeighbourInteraction[] = [];
  graph.forEachOutEdge(from, to, (edge, a) => out.push({ edge, type: a.type, direction: a.directed ? 'out' : 'mutual', weight: a.weight, events: a.events }));
  graph.forEachOutEdge(to, from, (edge, a) => out.push({ edge, type: a.type, direction: a.directed ? 'in' : 'mutual', weight: a.weight, events: a.events }));
  return out.sort((a, b) => b.weight - a.weight || cmp(a.type, b.type) || cmp(a.direction, b.direction) || cmp(a.edge, b.edge));
}

/** Neighbours by events shared (most first), then label. */
export function actorNeighbours(graph: ActorGraph, node: string): Neighbour[] {
  return graph
    .neighbors(node)
    .map((n) => {
      const a = graph.getNodeAttributes(n);
      const interactions = interactionsBetween(graph, node, n);
      return { iri: n, label: a.label, type: a.type, weight: interactions.reduce((s, i) => s + i.weight, 0), interactions };
    })
    .sort((a, b) => b.weight - a.weight || cmp(a.label, b.label) || cmp(a.iri, b.iri));
}
