// The summary triples on each merged event restate what its mentions say (docs/rdf-model.md,
// "Summary triples"); the named queries read them, and pages of those queries are slices.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build.js';
import { listNamedQueries, loadGraph, resolveEntity, runNamedQuery, select } from '../../src/query/index.js';
import { ROOT } from '../helpers.js';

const P = `PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
`;

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-summary-'));
  const s = await buildCorpus([join(ROOT, 'corpus')], { outDir: dir });
  store = await loadGraph(s.output);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Code-point order, as SPARQL compares strings.
const cmp = (a: string, b: string) => {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};

describe('summary triples of the embedded corpus', () => {
  it('firstReported is the earliest date of the articles its mentions come from', () => {
    const summary = select(store, `${P}SELECT ?e ?r WHERE { ?e nkg:timelineOrder ?o OPTIONAL { ?e nkg:firstReported ?r } }`).rows;
    const dates = select(store, `${P}SELECT ?e ?d WHERE { ?e nkg:hasMention ?m . ?m prov:wasDerivedFrom ?a . ?a dcterms:date ?d }`).rows;
    const earliest = new Map<string, string>();
    for (const { e, d } of dates) if (!earliest.has(e!) || cmp(d!, earliest.get(e!)!) < 0) earliest.set(e!, d!);
    expect(summary.length).toBeGreaterThan(100);
    expect(summary.filter((s) => s.r !== null).length).toBeGreaterThan(20);
    for (const s of summary) expect(s.r, s.e!).toBe(earliest.get(s.e!) ?? null);
    // Some events are reported on different days: the earliest is taken, not any article's.
    const days = new Map<string, Set<string>>();
    for (const { e, d } of dates) days.set(e!, (days.get(e!) ?? new Set()).add(d!));
    expect([...days.values()].filter((d) => d.size > 1).length).toBeGreaterThan(0);
  });

  it('timelineOrder numbers the events 1…n by date (else first reported; undated last), then report order, type and IRI', () => {
    const rows = select(
      store,
      `${P}SELECT ?e ?o ?d ?r ?report ?class WHERE {
        ?e nkg:timelineOrder ?o ; nkg:reportOrder ?report ; rdf:type ?class .
        OPTIONAL { ?e nkg:date ?d } OPTIONAL { ?e nkg:firstReported ?r } }`,
    ).rows;
    const n = rows.length;
    expect(new Set(rows.map((r) => r.e)).size).toBe(n);
    expect(rows.map((r) => Number(r.o)).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const when = (r: (typeof rows)[number]) => r.d ?? r.r;
    const expected = [...rows].sort(
      (a, b) =>
        (when(a) === null ? 1 : 0) - (when(b) === null ? 1 : 0) ||
        cmp(when(a) ?? '', when(b) ?? '') ||
        Number(a.report) - Number(b.report) ||
        cmp(a.class!, b.class!) ||
        cmp(a.e!, b.e!),
    );
    expect(expected.map((r) => Number(r.o))).toEqual(rows.map((_, i) => i + 1));
  });

  it('pages of every named query are slices of its whole result', () => {
    const russia = resolveEntity(store, 'Russie').map((m) => m.iri).slice(0, 1);
    expect(russia).toHaveLength(1);
    for (const q of listNamedQueries()) {
      const params = q.params.length ? { entity: russia } : {};
      const all = runNamedQuery(store, q.name, params).rows;
      expect(all.length, q.name).toBeGreaterThan(1);
      for (const [limit, offset] of [[1, 0], [2, 1], [10, 3], [0, 0], [3, all.length - 1], [5, all.length + 2]]) {
        const rows = runNamedQuery(store, q.name, params, undefined, { limit, offset }).rows;
        expect(rows, `${q.name} limit ${limit} offset ${offset}`).toEqual(all.slice(offset, offset + limit));
      }
      expect(runNamedQuery(store, q.name, params, undefined, { offset: 2 }).rows, q.name).toEqual(all.slice(2));
    }
    const timeline = runNamedQuery(store, 'timeline', { entity: russia }).rows;
    expect(runNamedQuery(store, 'timeline', { entity: russia }, undefined, { limit: 2, offset: 1 }).rows).toEqual(timeline.slice(1, 3));
  });
});
