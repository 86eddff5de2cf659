import { describe, expect, it } from 'vitest';
import { actorPagerank, graphStats, projectActors, type ActorGraph } from '../../src/analytics/index.js';
import { actorNeighbours } from '../../src/analytics/neighbors.js';
import { haveShared } from '../helpers.js';
import { A, BOB, C, D, E, fixtureStore } from './fixture.js';
import { iriOf, type SeedBuild, withSeedActors } from './seed.js';

describe('graphStats on a hand-made graph', () => {
  const g = projectActors(fixtureStore());
  const s = graphStats(g);

  it('counts nodes, typed edges, events and connected pairs', () => {
    expect(s.nodes).toBe(6);
    expect(s.edges).toBe(7);
    expect(s.interactions).toBe(8);
    expect(s.nodesByType).toEqual({ Person: 4, Organization: 1, Country: 1 });
    expect(s.edgesByType).toEqual({ accused: 2, demanded: 1, warned: 0, refused: 1, proposed: 0, met: 3 });
    expect(s.connectedPairs).toBe(6);
    expect(s.density).toBeCloseTo(6 / 15, 6);
    expect(s.isolated).toBe(1);
  });

  it('ranks by degree, ties by events then label', () => {
    expect(s.topByDegree.map((r) => r.iri)).toEqual([C, BOB, A, E, D]);
    expect(s.topByDegree[0]).toMatchObject({ degree: 4, neighbours: 3, weightedDegree: 5 });
    expect(s.topByDegree[1]).toMatchObject({ degree: 4, neighbours: 3, weightedDegree: 4 });
  });

  it('gives a PageRank that sums to 1, highest for the most accused', () => {
    const pr = actorPagerank(g);
    expect(Object.values(pr).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(s.topByPagerank[0].iri).toBe(D);
    expect(pr[C]).toBeGreaterThan(pr[A]);
  });

  it('lists neighbours with each interaction and its direction', () => {
    const n = actorNeighbours(g, C);
    expect(n.map((x) => [x.iri, x.weight])).toEqual([
      [A, 2],
      [BOB, 2],
      [D, 1],
    ]);
    expect(n[0].interactions.map((i) => [i.type, i.direction])).toEqual([['accused', 'in']]);
    expect(n[1].interactions.map((i) => [i.type, i.direction])).toEqual([
      ['accused', 'in'],
      ['refused', 'in'],
    ]);
    expect(n[2].interactions.map((i) => [i.type, i.direction])).toEqual([['demanded', 'out']]);
    expect(actorNeighbours(g, A).find((x) => x.iri === E)!.interactions[0].direction).toBe('mutual');
  });
});

describe.skipIf(!haveShared())('graphStats on the seed build', () => {
  let seed: SeedBuild;
  let g: ActorGraph;
  withSeedActors((s, actors) => ((seed = s), (g = actors)));

  it('gives consistent figures and puts Lavrov among the best connected', () => {
    const s = graphStats(g, 5);
    expect(s.nodes).toBe(g.order);
    expect(s.edges).toBe(g.size);
    expect(s.density).toBeGreaterThan(0);
    expect(s.density).toBeLessThanOrEqual(1);
    expect(s.topByDegree).toHaveLength(5);
    for (let i = 1; i < s.topByDegree.length; i++) expect(s.topByDegree[i - 1].degree).toBeGreaterThanOrEqual(s.topByDegree[i].degree);
    for (let i = 1; i < s.topByPagerank.length; i++) expect(s.topByPagerank[i - 1].pagerank).toBeGreaterThanOrEqual(s.topByPagerank[i].pagerank);
    expect(s.topByDegree.map((r) => r.iri)).toContain(iriOf(seed.store, 'Lavrov'));
    expect(graphStats(g, 5)).toEqual(s);
  });
});
