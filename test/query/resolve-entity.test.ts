import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeName, resolveEntity } from '../../src/query/resolve-entity.js';
import { DEFAULT_BASE } from '../../src/graph/iri.js';
import { loadFixture, type Loaded } from './setup.js';

let g: Loaded;
beforeAll(async () => {
  g = await loadFixture();
});
afterAll(() => g.cleanup());

const LAVROV = `${DEFAULT_BASE}person/serguei-lavrov`;
const OTAN = `${DEFAULT_BASE}organization/otan`;
const RUSSIE = `${DEFAULT_BASE}country/russie`;
const top = (text: string) => resolveEntity(g.turtle, text)[0]?.iri ?? null;

describe('resolveEntity', () => {
  it.each([
    ['Sergueï Lavrov', LAVROV],
    ['serguei lavrov', LAVROV],
    ['SERGUEÏ   LAVROV', LAVROV],
    ['lavrov', LAVROV],
    ['Lavr', LAVROV],
    ['Sergueï Viktorovitch Lavrov', LAVROV],
    ["l'Otan", OTAN],
    ['L’OTAN', OTAN],
    ['otan', OTAN],
    ["organisation du traite de l'atlantique nord", OTAN],
    ['atlantique', OTAN],
    ['Moscou', RUSSIE],
    ['genève', `${DEFAULT_BASE}place/geneve`],
  ])('%s → %s', (text, iri) => {
    expect(top(text)).toBe(iri);
  });

  it('ranks an exact name above a partial one and explains the match', () => {
    const [m] = resolveEntity(g.turtle, "l'Otan");
    expect(m).toMatchObject({ iri: OTAN, type: 'Organization', label: 'OTAN', score: 3 });
    expect(resolveEntity(g.turtle, 'lavrov')[0]).toMatchObject({ score: 3, matched: 'Lavrov' });
    expect(resolveEntity(g.turtle, 'viktorovitch')[0]).toMatchObject({ iri: LAVROV, score: 2 });
  });

  it('finds nothing for unknown names, role descriptions, stopwords or very short prefixes', () => {
    expect(resolveEntity(g.turtle, 'Vladimir Poutine')).toEqual([]);
    expect(resolveEntity(g.turtle, 'le chef de la diplomatie russe')).toEqual([]);
    expect(resolveEntity(g.turtle, 'de la')).toEqual([]);
    expect(resolveEntity(g.turtle, 'la')).toEqual([]);
    expect(resolveEntity(g.turtle, 'se')).toEqual([]);
    expect(resolveEntity(g.turtle, "  '' ")).toEqual([]);
  });

  it('finds an entity by the Wikidata item it is linked to', () => {
    expect(resolveEntity(g.turtle, 'Q159')[0]).toMatchObject({ iri: RUSSIE, score: 3, matched: 'Q159' });
    expect(top('q7184')).toBe(OTAN);
    expect(resolveEntity(g.turtle, 'Q7747')).toEqual([]);
  });

  it('returns every entity sharing a word, best first', () => {
    const ids = resolveEntity(g.turtle, 'Antony').map((m) => m.iri);
    expect(ids).toEqual([`${DEFAULT_BASE}person/antony-blinken`]);
  });
});

describe('normalizeName', () => {
  it('folds case, accents, apostrophes and punctuation', () => {
    expect(normalizeName("  L’Organisation du Traité de l'Atlantique-Nord ")).toBe('organisation du traite de atlantique nord');
    expect(normalizeName('Côte d’Ivoire')).toBe('cote ivoire');
  });
});
