import { describe, expect, it } from 'vitest';
import { interactionPath, projectActors, type ActorGraph } from '../../src/analytics/index.js';
import { haveShared } from '../helpers.js';
import { A, BOB, C, D, LONELY, fixtureStore } from './fixture.js';
import { iriOf, type SeedBuild, withSeedActors } from './seed.js';

describe('interactionPath on a hand-made graph', () => {
  const g = projectActors(fixtureStore());

  it('follows interactions whatever their direction', () => {
    const hops = interactionPath(g, D, BOB)!;
    expect(hops.map((h) => [h.from.iri, h.to.iri])).toEqual([
      [D, C],
      [C, BOB],
    ]);
    expect(hops[0].interactions.map((i) => [i.type, i.direction])).toEqual([['demanded', 'in']]);
    expect(hops[1].interactions[0].events[0].evidence).toBe('Bob accuse la Carpathie');
  });

  it('is empty from an actor to itself and null between unconnected actors', () => {
    expect(interactionPath(g, A, A)).toEqual([]);
    expect(interactionPath(g, A, LONELY)).toBeNull();
  });
});

describe.skipIf(!haveShared())('interactionPath on the seed build', () => {
  let seed: SeedBuild;
  let g: ActorGraph;
  withSeedActors((s, actors) => ((seed = s), (g = actors)));

  it('links Blinken to NATO through a chain of events with their evidence', () => {
    const blinken = iriOf(seed.store, 'Antony Blinken');
    const otan = iriOf(seed.store, "l'Otan");
    const hops = interactionPath(g, blinken, otan);
    expect(hops).not.toBeNull();
    expect(hops!.length).toBeGreaterThanOrEqual(1);
    expect(hops![0].from.iri).toBe(blinken);
    expect(hops![hops!.length - 1].to.iri).toBe(otan);
    for (let i = 1; i < hops!.length; i++) expect(hops![i].from.iri).toBe(hops![i - 1].to.iri);
    for (const hop of hops!) {
      expect(hop.interactions.length).toBeGreaterThan(0);
      for (const it of hop.interactions) {
        expect(it.events.length).toBe(it.weight);
        for (const ev of it.events) {
          expect(ev.sentence.length).toBeGreaterThan(0);
          expect(ev.source).toMatch(/\.txt$/);
        }
      }
    }
    // On the seed articles: Blinken met Lavrov, who accused NATO.
    const lavrov = iriOf(seed.store, 'Lavrov');
    expect(hops!.map((h) => h.to.iri)).toEqual([lavrov, otan]);
    expect(hops![0].interactions.map((i) => i.type)).toContain('met');
    expect(hops![1].interactions.map((i) => i.type)).toContain('accused');
    expect(interactionPath(g, blinken, otan)).toEqual(hops);
  });
});
