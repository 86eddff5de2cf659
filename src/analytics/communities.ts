// Louvain communities over the actor graph, made deterministic with a seeded random generator.
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from './cjs.js';
import type { ActorGraph, ActorType } from './project.js';
import { undirectedPairs } from './simple.js';

const louvain = cjsDefault(louvainModule);

export interface Community {
  /** 1-based, by size (largest first), then by the first member's label. */
  id: number;
  size: number;
  members: Array<{ iri: string; label: string; type: ActorType }>;
}

export interface CommunityResult {
  modularity: number;
  communities: Community[];
}

import { seededRandom } from '../random.js';

export { seededRandom };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function actorCommunities(graph: ActorGraph, opts: { seed?: number; resolution?: number } = {}): CommunityResult {
  if (graph.order === 0) return { modularity: 0, communities: [] };
  const pairs = undirectedPairs(graph);
  const detailed = louvain.detailed(pairs, { getEdgeWeight: 'weight', rng: seededRandom(opts.seed ?? 42), resolution: opts.resolution ?? 1 });
  const groups = new Map<number, Community['members']>();
  graph.forEachNode((node, a) => {
    const c = detailed.communities[node];
    const list = groups.get(c) ?? [];
    list.push({ iri: node, label: a.label, type: a.type });
    groups.set(c, list);
  });
  const communities = [...groups.values()]
    .map((members) => members.sort((x, y) => cmp(x.label, y.label) || cmp(x.iri, y.iri)))
    .sort((x, y) => y.length - x.length || cmp(x[0].label, y[0].label) || cmp(x[0].iri, y[0].iri))
    .map((members, i) => ({ id: i + 1, size: members.length, members }));
  const modularity = Number.isFinite(detailed.modularity) ? Math.round(detailed.modularity * 1e6) / 1e6 : 0;
  return { modularity, communities };
}
