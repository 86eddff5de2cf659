import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEntities, entitiesByArticle } from '../../src/query/entities.js';
import { listEvents } from '../../src/query/events.js';
import { DEFAULT_BASE } from '../../src/graph/iri.js';
import { corpus, find, moscowArticle } from '../graph/fixture.js';
import { loadFixture, type Loaded } from './setup.js';

let g: Loaded;
beforeAll(async () => {
  g = await loadFixture();
});
afterAll(() => g.cleanup());

const LAVROV = `${DEFAULT_BASE}person/serguei-lavrov`;
const OTAN = `${DEFAULT_BASE}organization/otan`;
const RUSSIE = `${DEFAULT_BASE}country/russie`;

describe('listEntities', () => {
  it('lists merged entities with type, label, sorted aliases and mention counts', () => {
    const entities = listEntities(g.turtle);
    expect(entities.map((e) => e.iri)).toEqual([...entities.map((e) => e.iri)].sort());
    const lavrov = entities.find((e) => e.iri === LAVROV);
    const expectedMentions = corpus().flatMap((x) => x.mentions).filter((m) => m.entity.includes('lavrov')).length;
    expect(lavrov).toEqual({
      iri: LAVROV,
      type: 'Person',
      label: 'Sergueï Lavrov',
      aliases: ['Lavrov', 'S. Lavrov', 'Sergueï Viktorovitch Lavrov'],
      mentions: expectedMentions,
    });
    expect(entities.find((e) => e.iri === RUSSIE)).toMatchObject({ type: 'Country', aliases: ['Moscou'], mentions: 2 });
    expect(new Set(entities.map((e) => e.type))).toEqual(new Set(['Person', 'Organization', 'Country', 'Place']));
  });

  it('gives the same answer from TriG as from Turtle', () => {
    expect(listEntities(g.trig)).toEqual(listEntities(g.turtle));
  });

  it('adds outside identifiers and coordinates where the link stage found them, and nothing elsewhere', () => {
    const entities = listEntities(g.turtle);
    const by = (iri: string) => entities.find((e) => e.iri === iri)!;
    expect(by(RUSSIE).ids).toEqual({ wikidata: 'Q159', iso: 'RU' });
    expect(by(RUSSIE).coordinates).toBeUndefined();
    expect(by(OTAN).ids).toEqual({ wikidata: 'Q7184' });
    const geneva = by(`${DEFAULT_BASE}place/geneve`);
    expect(geneva.ids).toEqual({ geonames: 2660646 });
    expect(geneva.coordinates![0]).toBeCloseTo(46.2, 1);
    expect(geneva.coordinates![1]).toBeCloseTo(6.15, 1);
    expect(by(LAVROV)).not.toHaveProperty('ids');
    expect(by(LAVROV)).not.toHaveProperty('coordinates');
  });
});

describe('listEvents', () => {
  it('returns every event sorted by source then span', () => {
    const events = listEvents(g.turtle);
    expect(events).toHaveLength(corpus().flatMap((x) => x.events).length);
    const keys = events.map((e) => [e.source, e.span[0]] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
    expect(events[0].source).toBe('001_kyiv.txt');
  });

  it('fills every field of the contract from the graph', () => {
    const x = moscowArticle();
    const events = listEvents(g.turtle);
    const accusation = events.find((e) => e.type === 'Accusation')!;
    const span = find(x.article.text, "Le ministre russe des Affaires étrangères, Sergueï Viktorovitch Lavrov, a accusé l'OTAN de préparer une escalade.");
    expect(accusation).toEqual({
      iri: `${DEFAULT_BASE}article/002_moscou.txt/e${span.start}-${span.end}-accusation`,
      type: 'Accusation',
      agent: { iri: LAVROV, label: 'Sergueï Lavrov' },
      target: { iri: OTAN, label: 'OTAN' },
      participants: [],
      topic: 'préparer une escalade',
      place: null,
      date: '2024-03-03',
      source: '002_moscou.txt',
      evidence: x.article.text.slice(span.start, span.end),
      span: [span.start, span.end],
      event: expect.stringMatching(/\/event\/accusation-[0-9a-f]{12}$/),
      sources: 1,
      status: 'asserted',
    });
    const meeting = events.find((e) => e.type === 'Meeting')!;
    expect(meeting.participants).toEqual([{ iri: `${DEFAULT_BASE}person/antony-blinken`, label: 'Antony Blinken' }]);
    expect(meeting.place).toEqual({ iri: `${DEFAULT_BASE}place/geneve`, label: 'Genève' });
    // A month-only date is not a day: the contract reports null rather than guessing one.
    expect(events.find((e) => e.type === 'Statement')!.date).toBeNull();
    expect(events.find((e) => e.type === 'Demand')!.date).toBeNull();
  });

  it('gives the same answer from TriG as from Turtle', () => {
    expect(listEvents(g.trig)).toEqual(listEvents(g.turtle));
  });

  it('is JSON-serializable as documented', () => {
    const json = JSON.parse(JSON.stringify(listEvents(g.turtle)));
    expect(Object.keys(json[0]).sort()).toEqual(
      ['agent', 'date', 'evidence', 'iri', 'participants', 'place', 'source', 'span', 'target', 'topic', 'type', 'event', 'sources', 'status'].sort(),
    );
    // The fields of newskg 0.1 keep their order; the new ones come after them.
    expect(Object.keys(json[0]).slice(0, 11)).toEqual(
      ['iri', 'type', 'agent', 'target', 'participants', 'topic', 'place', 'date', 'source', 'evidence', 'span'],
    );
  });
});

describe('entitiesByArticle', () => {
  it('lists per article the entities and every distinct surface, role descriptions included', () => {
    const byArticle = entitiesByArticle(g.turtle);
    expect([...byArticle.keys()]).toEqual(['001_kyiv.txt', '002_moscou.txt']);
    const moscow = byArticle.get('002_moscou.txt')!;
    const lavrov = moscow.find((e) => e.iri === LAVROV)!;
    expect(lavrov.surfaces).toEqual([
      'Le ministre russe des Affaires étrangères',
      'Sergueï Viktorovitch Lavrov',
      'Lavrov',
      'le chef de la diplomatie russe',
    ]);
    expect(lavrov.label).toBe('Sergueï Lavrov');
    const kyiv = byArticle.get('001_kyiv.txt')!;
    expect(kyiv.find((e) => e.iri === RUSSIE)!.surfaces).toEqual(['Russie', 'Moscou']);
    expect(kyiv.some((e) => e.iri.endsWith('/antony-blinken'))).toBe(false);
  });

  it('gives the same answer from TriG as from Turtle', () => {
    expect(entitiesByArticle(g.trig)).toEqual(entitiesByArticle(g.turtle));
  });
});
