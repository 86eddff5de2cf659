// `newskg sparql` on the embedded engine: every output format against the engine's own answer,
// CONSTRUCT as Turtle, queries from a file or standard input, and one-line errors (exit 2).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import type { Store } from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/to-quads.js';
import { writeGraph } from '../../src/graph/writer.js';
import { loadGraph } from '../../src/query/load-graph.js';
import { newskg, oneLine } from './cli.js';

// Uses the model's prefixes without declaring them (newskg sparql adds them).
const SELECT = 'SELECT ?e ?label WHERE { ?e a nkg:Person ; rdfs:label ?label } ORDER BY ?label';

describe('newskg sparql (embedded)', () => {
  let dir: string;
  let graph: string;
  let store: Store;
  let people: Array<{ e: string; label: string }>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-sparql-'));
    graph = join(dir, 'graph.ttl');
    await writeGraph(buildGraph((await import('../graph/fixture.js')).corpus()), graph, { format: 'turtle' });
    store = await loadGraph(graph);
    const rows = store.query(
      'SELECT ?e ?label WHERE { ?e a <https://w3id.org/newskg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label',
    ) as Map<string, { value: string }>[];
    people = rows.map((r) => ({ e: r.get('e')!.value, label: r.get('label')!.value }));
    expect(people.length).toBeGreaterThan(1);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sparql = (...args: string[]) => newskg(['sparql', '--graph', graph, ...args]);

  it('--format json is W3C SPARQL results JSON', async () => {
    const run = await sparql('-f', 'json', SELECT);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.head.vars).toEqual(['e', 'label']);
    expect(json.results.bindings).toEqual(people.map((p) => ({ e: { type: 'uri', value: p.e }, label: { type: 'literal', value: p.label, 'xml:lang': 'fr' } })));
  }, 180_000);

  it('--format csv and tsv follow the W3C CSV/TSV results format', async () => {
    const [csv, tsv] = await Promise.all([sparql('-f', 'csv', SELECT), sparql('-f', 'tsv', SELECT)]);
    expect(csv.stdout).toBe(`e,label\r\n${people.map((p) => `${p.e},${p.label}`).join('\r\n')}\r\n`);
    expect(tsv.stdout).toBe(`?e\t?label\n${people.map((p) => `<${p.e}>\t"${p.label}"@fr`).join('\n')}\n`);
  }, 180_000);

  it('--format table (default) aligns columns and compacts IRIs', async () => {
    const run = await sparql(SELECT);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^e\s+label$/);
    expect(lines).toHaveLength(people.length + 2);
    expect(lines[2]).toMatch(new RegExp(`^person:\\S+\\s+${people[0].label}$`));
  }, 180_000);

  it('CONSTRUCT gives Turtle; ASK from a file and from standard input', async () => {
    const construct = await sparql('CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a nkg:Person ; rdfs:label ?l }');
    expect(construct.code).toBe(0);
    expect(construct.stdout).toContain('@prefix person: <https://w3id.org/newskg/id/person/>');
    const quads = new Parser({ format: 'Turtle' }).parse(construct.stdout);
    expect(quads.map((q) => q.subject.value).sort()).toEqual(people.map((p) => p.e).sort());

    const file = join(dir, 'ask.rq');
    writeFileSync(file, '# any people?\nASK { ?e a nkg:Person }\n');
    const [fromFile, fromStdin] = await Promise.all([
      sparql('--file', file, '-f', 'json'),
      newskg(['sparql', '--graph', graph, '--file', '-'], { input: 'ASK { ?e a nkg:Nothing }' }),
    ]);
    expect(JSON.parse(fromFile.stdout)).toEqual({ head: {}, boolean: true });
    expect(fromStdin.stdout).toBe('false\n');
  }, 180_000);

  it('invalid SPARQL, an update, a CONSTRUCT as csv: exit 2, one clear line', async () => {
    const [bad, update, wrongFormat] = await Promise.all([
      sparql('SELECT ?e WHERE {\n  ?e a foo:Person }'),
      sparql('INSERT DATA { <urn:a> <urn:b> <urn:c> }'),
      sparql('-f', 'csv', 'CONSTRUCT WHERE { ?s ?p ?o }'),
    ]);
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr), bad.stderr).toBe(true);
    expect(bad.stderr).toMatch(/invalid SPARQL at line 2, column \d+: undeclared prefix "foo:"/);
    expect(update.code).toBe(2);
    expect(oneLine(update.stderr)).toBe(true);
    expect(update.stderr).toContain('SPARQL Update is not supported');
    expect(wrongFormat.code).toBe(2);
    expect(oneLine(wrongFormat.stderr)).toBe(true);
  }, 180_000);
});
