import { describe, expect, it } from 'vitest';
import { edgeKey, projectActors, type ActorGraph } from '../../src/analytics/index.js';
import { haveShared } from '../helpers.js';
import { A, BOB, C, D, E, LONELY, PLACE, fixtureStore } from './fixture.js';
import { iriOf, type SeedBuild, withSeedActors } from './seed.js';

describe('projectActors on a hand-made graph', () => {
  const g = projectActors(fixtureStore());

  it('keeps the actors that take part in an event, not places nor idle entities', () => {
    expect(g.nodes()).toEqual([C, D, A, BOB, E, LONELY].sort());
    expect(g.hasNode(PLACE)).toBe(false);
    expect(g.getNodeAttributes(A)).toEqual({ iri: A, label: 'Alice Martin', type: 'Person', aliases: ['Alice'] });
    expect(projectActors(fixtureStore(), { allActors: true }).order).toBe(7);
  });

  it('merges parallel events of one type into one weighted edge carrying every event', () => {
    const key = edgeKey('accused', A, C);
    expect(g.source(key)).toBe(A);
    expect(g.target(key)).toBe(C);
    const e = g.getEdgeAttributes(key);
    expect(e).toMatchObject({ type: 'accused', weight: 2, directed: true });
    expect(e.events.map((x) => x.iri).sort()).toEqual(['https://example.org/id/event/accusation-1', 'https://example.org/id/event/accusation-2']);
    const first = e.events.find((x) => x.iri.endsWith('accusation-1'))!;
    expect(first).toMatchObject({
      type: 'Accusation',
      topic: 'tricher',
      date: '2024-03-01',
      source: 'a1.txt',
      evidence: 'accusé la Carpathie de tricher',
      sentence: 'Alice a accusé la Carpathie de tricher & de mentir <encore>.',
      articleDate: '2024-03-01',
      agent: A,
      target: C,
    });
    expect(g.getEdgeAttributes(edgeKey('accused', BOB, C)).weight).toBe(1);
    expect(g.getEdgeAttributes(edgeKey('demanded', C, D)).events[0].sentence).toBe('demandé à la Ligue');
  });

  it('links every pair of meeting participants once, in IRI order, undirected', () => {
    const met = g.filterEdges((_e, a) => a.type === 'met');
    expect(met).toEqual([edgeKey('met', A, BOB), edgeKey('met', A, E), edgeKey('met', BOB, E)]);
    for (const e of met) {
      expect(g.source(e) < g.target(e)).toBe(true);
      expect(g.getEdgeAttributes(e)).toMatchObject({ directed: false, weight: 1 });
    }
  });

  it('keeps interactions of different types between the same actors apart', () => {
    expect(g.outEdges(BOB, C).sort()).toEqual([edgeKey('accused', BOB, C), edgeKey('refused', BOB, C)]);
  });

  it('gives an event reported by several articles one report per article, with its sentence', () => {
    const [ev] = g.getEdgeAttributes(edgeKey('refused', BOB, C)).events;
    expect(ev.iri).toBe('https://example.org/id/event/refusal-1');
    expect(ev.reports).toEqual([
      { source: 'a1.txt', articleTitle: 'Tensions <& "quotes">', articleDate: '2024-03-01', date: '2024-03-02', evidence: 'Bob refuse de négocier', sentence: 'Bob refuse de négocier avec la Carpathie.' },
      { source: 'a2.txt', articleTitle: null, articleDate: '2024-03', date: null, evidence: 'Bob a refusé', sentence: 'Bob a refusé toute négociation.' },
    ]);
    expect(ev).toMatchObject({ date: '2024-03-02', source: 'a1.txt', sentence: 'Bob refuse de négocier avec la Carpathie.', topic: 'négocier' });
    // An event written on its own is its own single report.
    expect(g.getEdgeAttributes(edgeKey('accused', BOB, C)).events[0].reports).toHaveLength(1);
  });

  it('draws no self-loop and no edge to a place', () => {
    g.forEachEdge((_e, _a, s, t) => expect(s).not.toBe(t));
    expect(g.size).toBe(7);
    expect(g.degree(LONELY)).toBe(0);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(projectActors(fixtureStore()).export())).toBe(JSON.stringify(g.export()));
  });
});

const shared = haveShared();

describe.skipIf(!shared)('projectActors on the seed build', () => {
  let seed: SeedBuild;
  let g: ActorGraph;
  withSeedActors((s, actors) => ((seed = s), (g = actors)));

  it('has Lavrov, Blinken, NATO and the OSCE as actors', () => {
    for (const name of ['Lavrov', 'Blinken', "l'OTAN", 'OSCE']) expect(g.hasNode(iriOf(seed.store, name)), name).toBe(true);
  });

  it('has Lavrov accusing NATO, with evidence sentences that name NATO', () => {
    const lavrov = iriOf(seed.store, 'Lavrov');
    const otan = iriOf(seed.store, 'OTAN');
    const e = g.getEdgeAttributes(edgeKey('accused', lavrov, otan));
    expect(e.weight).toBe(e.events.length);
    expect(e.weight).toBeGreaterThanOrEqual(1);
    for (const ev of e.events) {
      expect(ev.type).toBe('Accusation');
      expect(ev.reports.length).toBeGreaterThanOrEqual(1);
      for (const r of ev.reports) {
        expect(r.source).toMatch(/\.txt$/);
        expect(r.sentence).toContain(r.evidence);
      }
      expect(ev.reports.some((r) => /OTAN|Otan|Alliance/.test(r.sentence))).toBe(true);
    }
  });

  it('weights every edge by its distinct events and keys it by type and ends', () => {
    g.forEachEdge((key, a, s, t) => {
      expect(key).toBe(edgeKey(a.type, s, t));
      expect(a.weight).toBe(new Set(a.events.map((x) => x.iri)).size);
      expect(g.getNodeAttribute(s, 'type')).not.toBe('Place');
    });
  });
});
