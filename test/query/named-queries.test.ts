import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNamedQueries, namedQueryText, paged, runNamedQuery, UnknownQueryError } from '../../src/query/named-queries.js';
import { resolveEntity } from '../../src/query/resolve-entity.js';
import { iriValues, SparqlError } from '../../src/query/sparql.js';
import { DEFAULT_BASE } from '../../src/graph/iri.js';
import { corpus } from '../graph/fixture.js';
import { loadFixture, type Loaded } from './setup.js';

let g: Loaded;
beforeAll(async () => {
  g = await loadFixture();
});
afterAll(() => g.cleanup());

const NAMES = ['about', 'accusations', 'demands', 'meetings', 'places', 'proposals', 'refusals', 'statements', 'timeline', 'warnings'];
const countOf = (type: string) => corpus().flatMap((x) => x.events).filter((e) => e.type === type).length;

describe('named queries', () => {
  it('lists every query file with its first comment line as description', () => {
    const queries = listNamedQueries();
    expect(queries.map((q) => q.name)).toEqual(NAMES);
    for (const q of queries) {
      expect(readFileSync(q.file, 'utf8').split('\n')[0]).toBe(`# ${q.description}`);
      expect(q.description.length).toBeGreaterThan(10);
    }
    expect(queries.find((q) => q.name === 'about')!.params).toEqual(['entity']);
    expect(queries.filter((q) => q.params.length > 0).map((q) => q.name)).toEqual(['about']);
    expect(queries.filter((q) => q.optional.length > 0).map((q) => [q.name, q.optional])).toEqual([['timeline', ['entity']]]);
  });

  it('accusations: accuser | accused | what | date | sources | articles | evidence | event', () => {
    const t = runNamedQuery(g.turtle, 'accusations');
    expect(t.columns).toEqual(['accuser', 'accused', 'what', 'date', 'sources', 'articles', 'evidence', 'event']);
    expect(t.rows).toHaveLength(countOf('Accusation'));
    expect(t.rows[0]).toMatchObject({
      accuser: 'Sergueï Lavrov', accused: 'OTAN', what: 'préparer une escalade', date: '2024-03-03', sources: '1',
      articles: '002_moscou.txt',
    });
    expect(t.rows[0].evidence).toContain("a accusé l'OTAN");
    expect(t.rows[0].event).toMatch(/\/event\/accusation-[0-9a-f]{12}$/);
  });

  it.each([
    ['meetings', 'Meeting'], ['statements', 'Statement'], ['demands', 'Demand'], ['warnings', 'Warning'],
    ['refusals', 'Refusal'], ['proposals', 'Proposal'],
  ])('%s returns one row per %s event, on Turtle and TriG alike', (name, type) => {
    const t = runNamedQuery(g.turtle, name);
    expect(t.rows).toHaveLength(countOf(type));
    expect(runNamedQuery(g.trig, name)).toEqual(t);
    expect(t.columns.slice(-5)).toEqual(['date', 'sources', 'articles', 'evidence', 'event']);
  });

  it('meetings lists agent and participants together', () => {
    const [row] = runNamedQuery(g.turtle, 'meetings').rows;
    expect(row.participants!.split(', ').sort()).toEqual(['Antony Blinken', 'Sergueï Lavrov']);
    expect(row.place).toBe('Genève');
  });

  it('places lists each linked place with its coordinates and the events it takes part in', () => {
    const t = runNamedQuery(g.turtle, 'places');
    expect(t.columns).toEqual(['place', 'lat', 'long', 'events', 'geonames', 'linked_by', 'entity']);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]).toMatchObject({ place: 'Genève', events: '1', geonames: 'https://sws.geonames.org/2660646/', linked_by: 'gazetteer' });
    expect(Number(t.rows[0].lat)).toBeCloseTo(46.2, 1);
    expect(runNamedQuery(g.trig, 'places')).toEqual(t);
  });

  it('about binds resolved IRIs and reports the entity role in each event', () => {
    const [lavrov] = resolveEntity(g.turtle, 'lavrov');
    const t = runNamedQuery(g.turtle, 'about', { entity: [lavrov.iri] });
    const expected = corpus().flatMap((x) => x.events).filter((e) => e.agent?.includes('lavrov')).length;
    expect(t.rows).toHaveLength(expected);
    expect(new Set(t.rows.map((r) => r.role))).toEqual(new Set(['agent']));
    expect(t.rows.map((r) => r.event_type).sort()).toEqual(['Accusation', 'Meeting', 'Refusal', 'Statement']);
    const russie = runNamedQuery(g.turtle, 'about', { entity: [`${DEFAULT_BASE}country/russie`] });
    expect(russie.rows.map((r) => `${r.event_type}:${r.role}`).sort()).toEqual(['Demand:target', 'Warning:target']);
  });

  it('about refuses to run without an entity and refuses unsafe IRIs', () => {
    expect(() => runNamedQuery(g.turtle, 'about')).toThrow(/needs a value for entity/);
    expect(() => runNamedQuery(g.turtle, 'about', { entity: ['http://x/> } ?s ?p ?o . { <http://y'] })).toThrow(SparqlError);
  });

  it('timeline: every event once, in date order (own date, else the reporting date)', () => {
    const t = runNamedQuery(g.turtle, 'timeline');
    expect(t.columns).toEqual(['date', 'reported', 'type', 'who', 'what', 'sources', 'event']);
    expect(t.rows.map((r) => `${r.date ?? '-'} ${r.reported} ${r.type}`)).toEqual([
      '2024-03 2024-03-03 Statement',
      '- 2024-03-02 Demand',
      '- 2024-03-02 Warning',
      '2024-03-02 2024-03-02 Refusal',
      '2024-03-03 2024-03-03 Accusation',
      '2024-03-03 2024-03-03 Meeting',
    ]);
    expect(t.rows.find((r) => r.type === 'Demand')!.who).toBe('Ukraine -> Russie');
    expect(t.rows.find((r) => r.type === 'Meeting')!.who).toBe('Antony Blinken, Sergueï Lavrov');
    expect(t.rows.every((r) => r.sources === '1')).toBe(true);
    expect(runNamedQuery(g.trig, 'timeline')).toEqual(t);
  });

  it('timeline binds an optional entity from resolved IRIs, and refuses unsafe ones', () => {
    const russie = runNamedQuery(g.turtle, 'timeline', { entity: [`${DEFAULT_BASE}country/russie`] });
    expect(russie.rows.map((r) => r.type)).toEqual(['Demand', 'Warning']);
    const both = runNamedQuery(g.turtle, 'timeline', { entity: [`${DEFAULT_BASE}country/russie`, `${DEFAULT_BASE}country/ukraine`] });
    expect(both.rows.map((r) => r.type)).toEqual(['Demand', 'Warning']);
    expect(() => runNamedQuery(g.turtle, 'timeline', { entity: ['http://x/> } ?s ?p ?o . { <http://y'] })).toThrow(SparqlError);
  });

  it('names the known queries when asked for an unknown one', () => {
    expect(() => runNamedQuery(g.turtle, '../package')).toThrow(UnknownQueryError);
    expect(() => runNamedQuery(g.turtle, 'nope')).toThrow(/known: about, accusations/);
  });
});

describe('pages of a named query', () => {
  it('go where the query marks them ("#PAGE"), else at the end', () => {
    for (const name of ['statements', 'timeline']) {
      const text = namedQueryText(name, {}, undefined, { limit: 10, offset: 20 });
      expect(text).not.toMatch(/^\s*#PAGE\s*$/m);
      // Inside the query, before the outer ORDER BY, not after it.
      expect(text.indexOf('LIMIT 10 OFFSET 20'), name).toBeLessThan(text.lastIndexOf('ORDER BY'));
    }
    expect(namedQueryText('accusations', {}, undefined, { limit: 7 }).trimEnd()).toMatch(/ORDER BY [^\n]+\nLIMIT 7$/);
    expect(paged('SELECT * WHERE { ?s ?p ?o }', {})).toBe('SELECT * WHERE { ?s ?p ?o }');
  });

  it('refuse a limit or offset that is not a whole number ≥ 0', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => runNamedQuery(g.turtle, 'statements', {}, undefined, { limit: bad }), String(bad)).toThrow(SparqlError);
      expect(() => runNamedQuery(g.turtle, 'statements', {}, undefined, { offset: bad }), String(bad)).toThrow(/offset must be a whole number/);
    }
  });
});

describe('iriValues', () => {
  it('builds a VALUES clause from checked IRIs only', () => {
    expect(iriValues('entity', ['http://a.org/x', 'urn:y'])).toBe('VALUES ?entity { <http://a.org/x> <urn:y> }');
    for (const bad of ['lavrov', 'http://a b', 'http://a>', 'http://a"', 'http://a{}', '']) {
      expect(() => iriValues('entity', [bad]), bad).toThrow(SparqlError);
    }
    expect(() => iriValues('x }', ['http://a'])).toThrow(SparqlError);
  });
});
