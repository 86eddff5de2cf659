// Simple (non-multi) views of the actor graph, for algorithms that want one edge per pair.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { ActorGraph } from './project.js';

/** One undirected edge per connected pair, weighted by the events between them (any type, any direction). */
export function undirectedPairs(graph: ActorGraph): UndirectedGraph<{ label: string }, { weight: number }> {
  const g = new UndirectedGraph<{ label: string }, { weight: number }>();
  graph.forEachNode((node, a) => g.addNode(node, { label: a.label }));
  graph.forEachEdge((_e, a, source, target) => {
    if (g.hasEdge(source, target)) g.updateEdgeAttribute(source, target, 'weight', (w) => (w ?? 0) + a.weight);
    else g.addEdge(source, target, { weight: a.weight });
  });
  return g;
}

/**
 * One directed edge per ordered pair, weighted by events; an undirected `met` edge counts in both
 * directions.
 */
export function directedPairs(graph: ActorGraph): DirectedGraph<{ label: string }, { weight: number }> {
  const g = new DirectedGraph<{ label: string }, { weight: number }>();
  graph.forEachNode((node, a) => g.addNode(node, { label: a.label }));
  const add = (s: string, t: string, w: number) => {
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (x) => (x ?? 0) + w);
    else g.addEdge(s, t, { weight: w });
  };
  graph.forEachEdge((_e, a, source, target) => {
    add(source, target, a.weight);
    if (!a.directed) add(target, source, a.weight);
  });
  return g;
}

/** Number of distinct neighbours, ignoring direction and type. */
export function neighbourCount(graph: ActorGraph, node: string): number {
  return graph.neighbors(node).length;
}
