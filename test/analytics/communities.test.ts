import { describe, expect, it } from 'vitest';
import { actorCommunities, projectActors, seededRandom, type ActorGraph } from '../../src/analytics/index.js';
import { haveShared } from '../helpers.js';
import { fixtureStore } from './fixture.js';
import { type SeedBuild, withSeedActors } from './seed.js';

function checkPartition(g: ActorGraph, r: ReturnType<typeof actorCommunities>) {
  const members = r.communities.flatMap((c) => c.members.map((m) => m.iri));
  expect(members.sort()).toEqual(g.nodes().sort());
  expect(r.communities.map((c) => c.id)).toEqual(r.communities.map((_c, i) => i + 1));
  for (const c of r.communities) expect(c.size).toBe(c.members.length);
}

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(seededRandom(8)()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('actorCommunities', () => {
  it('partitions the hand-made graph the same way every time', () => {
    const g = projectActors(fixtureStore());
    const r = actorCommunities(g);
    checkPartition(g, r);
    expect(actorCommunities(projectActors(fixtureStore()))).toEqual(r);
  });
});

describe.skipIf(!haveShared())('actorCommunities on the seed build', () => {
  let seed: SeedBuild;
  let g: ActorGraph;
  withSeedActors((s, actors) => ((seed = s), (g = actors)));

  it('is deterministic for a seed, and a partition for any seed', () => {
    const first = actorCommunities(g, { seed: 42 });
    checkPartition(g, first);
    for (let i = 0; i < 3; i++) expect(actorCommunities(projectActors(seed.store), { seed: 42 })).toEqual(first);
    for (const s of [1, 2, 3]) checkPartition(g, actorCommunities(g, { seed: s }));
    expect(first.modularity).toBeGreaterThan(0);
  });
});
