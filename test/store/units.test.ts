// Unit tests of the store layer: Digest auth, query-form detection, result formats, content
// negotiation, the per-article split and the comparator the Virtuoso test relies on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/to-quads.js';
import { writeGraph } from '../../src/graph/writer.js';
import { basicAuthorization, digestAuthorization, isSupportedDigest, parseChallenges } from '../../src/store/digest.js';
import { syntaxMessage } from '../../src/store/embedded.js';
import { siblingUpdateEndpoint } from '../../src/store/graph-store.js';
import { bodySummary, displayEndpoint, parseEndpoint } from '../../src/store/http.js';
import { ntriplesParts, perArticlePayloads, readBuild, wholePayload } from '../../src/store/load.js';
import { withModelPrefixes } from '../../src/store/prefixes.js';
import { requestKind } from '../../src/store/query-form.js';
import {
  compactIri, formatResultsCsv, formatResultsJson, formatResultsTsv, parseResultsJson, type SparqlResults,
} from '../../src/store/results.js';
import { negotiate, RESULT_TYPES, GRAPH_TYPES } from '../../src/serve/server.js';
import { corpus } from '../graph/fixture.js';
import { diffTables, groupConcatColumns } from './compare.js';

// RFC 7616 §3.9.1
const RFC_CHALLENGES =
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", ' +
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';

describe('HTTP Digest (RFC 7616) and Basic', () => {
  const [sha256, md5] = parseChallenges(RFC_CHALLENGES);
  const input = { user: 'Mufasa', password: 'Circle of Life', method: 'GET', uri: '/dir/index.html', nc: 1, cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };

  it('parses several challenges from one header', () => {
    expect(sha256.scheme).toBe('digest');
    expect(sha256.params.algorithm).toBe('SHA-256');
    expect(md5.params.qop).toBe('auth, auth-int');
    expect(md5.params.opaque).toBe('FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS');
    const mixed = parseChallenges('Basic realm="x y", Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="abc", stale="false", qop="auth", algorithm="MD5"');
    expect(mixed.map((c) => c.scheme)).toEqual(['basic', 'digest']);
    expect(mixed[0].params.realm).toBe('x y');
    expect(mixed[1].params).toMatchObject({ realm: 'SPARQL', nonce: 'abc', qop: 'auth', algorithm: 'MD5' });
    expect(isSupportedDigest(mixed[1])).toBe(true);
    expect(isSupportedDigest(parseChallenges('Digest realm="r", nonce="n", qop="auth-int"')[0])).toBe(false);
  });

  it('computes the RFC 7616 example responses (MD5 and SHA-256)', () => {
    expect(digestAuthorization({ ...input, challenge: md5 })).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    const header = digestAuthorization({ ...input, challenge: sha256 });
    expect(header).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
    expect(header).toMatch(/qop=auth, nc=00000001, cnonce="f2\/wE4/);
    expect(header).toContain('opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"');
  });

  it('counts nc in hex and supports RFC 2069 (no qop)', () => {
    expect(digestAuthorization({ ...input, nc: 255, challenge: md5 })).toContain('nc=000000ff');
    const old = parseChallenges('Digest realm="r", nonce="n"')[0];
    expect(digestAuthorization({ ...input, challenge: old })).not.toContain('qop=');
  });

  it('Basic is base64 of user:password in UTF-8', () => {
    expect(basicAuthorization('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });
});

describe('endpoint URLs', () => {
  it('shows endpoints without credentials or query strings', () => {
    expect(displayEndpoint('http://127.0.0.1:8890/sparql?default-graph-uri=x')).toBe('http://127.0.0.1:8890/sparql');
  });
  it('refuses credentials in the URL and non-HTTP schemes', () => {
    expect(() => parseEndpoint('http://dba:secret@localhost:8890/sparql')).toThrow(/--password-env/);
    expect(() => parseEndpoint('http://dba:secret@localhost:8890/sparql')).not.toThrow(/secret/);
    expect(() => parseEndpoint('ftp://x/y')).toThrow(/http and https/);
  });
  it('finds the update endpoint beside known Graph Store endpoints', () => {
    const s = (u: string) => siblingUpdateEndpoint(new URL(u))?.href ?? null;
    expect(s('http://h:8890/sparql-graph-crud-auth')).toBe('http://h:8890/sparql-auth');
    expect(s('http://h:8890/sparql-graph-crud')).toBe('http://h:8890/sparql');
    expect(s('http://h:3030/news/data')).toBe('http://h:3030/news/update');
    expect(s('http://h:7200/repositories/news/rdf-graphs/service')).toBe('http://h:7200/repositories/news/statements');
    expect(s('http://h:9999/store')).toBeNull();
  });
  it('summarizes error bodies in one line', () => {
    expect(bodySummary('<html><head><title>Error</title></head><body><h1>400 Bad Request</h1><p>Parse error: line 1</p></body></html>')).toBe('400 Bad Request: Parse error: line 1');
    expect(bodySummary('Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error\n\nSPARQL query:\nSELEC')).toBe('Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error');
  });
});

describe('query form', () => {
  it('reads past comments, BASE and PREFIX', () => {
    expect(requestKind('# who\nPREFIX nkg: <https://w3id.org/newskg/ontology#>\nPREFIX : <http://x/>\nselect * {}')).toBe('select');
    expect(requestKind('BASE <http://x/> ASK {}')).toBe('ask');
    expect(requestKind('CONSTRUCT WHERE { ?s ?p ?o }')).toBe('construct');
    expect(requestKind('describe <x>')).toBe('describe');
    for (const u of ['INSERT DATA {}', 'DELETE WHERE {}', 'CLEAR ALL', 'DROP GRAPH <g>', 'LOAD <x>', 'WITH <g> DELETE {} WHERE {}', 'MOVE <a> TO <b>']) {
      expect(requestKind(`PREFIX a: <http://a/> ${u}`), u).toBe('update');
    }
    expect(requestKind('SELEC * {}')).toBe('unknown');
    expect(requestKind('PREFIX broken')).toBe('unknown');
  });
  it('declares the model prefixes a query uses but does not declare, on one line', () => {
    const p = withModelPrefixes('SELECT ?l WHERE { ?e a nkg:Person ; rdfs:label ?l }');
    expect(p.addedLines).toBe(1);
    expect(p.text.split('\n')[0]).toMatch(/^PREFIX nkg: <https:\/\/w3id\.org\/newskg\/ontology#> PREFIX rdfs: /);
    expect(withModelPrefixes('PREFIX nkg: <urn:mine#> SELECT * { ?e a nkg:X }').text).not.toContain('newskg/ontology');
    expect(withModelPrefixes('SELECT * { ?s ?p ?o }').addedLines).toBe(0);
  });
  it('turns engine errors into one line in the user\'s own line numbers', () => {
    const q = 'PREFIX nkg: <x:>\nSELECT * WHERE { ?s foo:bar ?o }';
    const msg = syntaxMessage(q, "error at 2:28: expected one of Prefix not found, ['%'],\n['-']", 1);
    expect(msg).toBe('invalid SPARQL at line 1, column 28: undeclared prefix "foo:" (add a PREFIX line)');
    expect(syntaxMessage('SELECT * WHERE { ?s ?p }', 'error at 1:24: expected one of\n LATERAL')).toMatch(/^invalid SPARQL at line 1, column 24 \(near .*\): expected one of LATERAL$/);
  });
});

describe('W3C result formats', () => {
  const virtuosoJson = `{ "head": { "link": [], "vars": ["s", "l", "n", "b", "x"] },
    "results": { "distinct": false, "ordered": true, "bindings": [
      { "s": { "type": "uri", "value": "https://w3id.org/newskg/id/person/serguei-lavrov" }, "l": { "type": "literal", "xml:lang": "fr", "value": "Sergue\\u00EF \\"S\\", Lavrov\\tx" },
        "n": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "3" }, "b": { "type": "bnode", "value": "b0" } } ] } }`;
  const r = parseResultsJson(virtuosoJson);

  it('reads Virtuoso\'s JSON (typed-literal, link, distinct) into the canonical shape', () => {
    expect(r.head.vars).toEqual(['s', 'l', 'n', 'b', 'x']);
    expect(r.results!.bindings[0].n).toEqual({ type: 'literal', value: '3', datatype: 'http://www.w3.org/2001/XMLSchema#integer' });
    expect(JSON.parse(formatResultsJson(r))).toEqual({ head: { vars: ['s', 'l', 'n', 'b', 'x'] }, results: { bindings: r.results!.bindings } });
  });
  it('CSV: lexical values, RFC 4180 quoting, CRLF, unbound empty', () => {
    expect(formatResultsCsv(r)).toBe('s,l,n,b,x\r\nhttps://w3id.org/newskg/id/person/serguei-lavrov,"Sergueï ""S"", Lavrov\tx",3,_:b0,\r\n');
  });
  it('TSV: ?vars, terms in SPARQL syntax, escaped tabs, LF', () => {
    expect(formatResultsTsv(r)).toBe('?s\t?l\t?n\t?b\t?x\n<https://w3id.org/newskg/id/person/serguei-lavrov>\t"Sergueï \\"S\\", Lavrov\\tx"@fr\t3\t_:b0\t\n');
  });
  it('ASK in every format', () => {
    const ask: SparqlResults = parseResultsJson('{"head":{},"boolean":false}');
    expect(formatResultsJson(ask)).toBe('{"head":{},"boolean":false}\n');
    expect(formatResultsCsv(ask)).toBe('false\r\n');
    expect(formatResultsTsv(ask)).toBe('false\n');
  });
  it('compacts IRIs with the model prefixes only when the local part is plain', () => {
    expect(compactIri('https://w3id.org/newskg/id/person/serguei-lavrov')).toBe('person:serguei-lavrov');
    expect(compactIri('https://w3id.org/newskg/id/graph/000_a.txt')).toBe('graph:000_a.txt');
    expect(compactIri('https://w3id.org/newskg/id/article/a/m1-2')).toBe('<https://w3id.org/newskg/id/article/a/m1-2>');
  });
});

describe('content negotiation', () => {
  it('defaults to JSON results and Turtle', () => {
    expect(negotiate(undefined, RESULT_TYPES)).toBe('application/sparql-results+json');
    expect(negotiate('*/*', GRAPH_TYPES)).toBe('text/turtle');
  });
  it('honours q-values, wildcards and aliases', () => {
    expect(negotiate('text/csv;q=0.5, application/sparql-results+xml', RESULT_TYPES)).toBe('application/sparql-results+xml');
    expect(negotiate('text/*', RESULT_TYPES)).toBe('text/csv');
    expect(negotiate('application/json', RESULT_TYPES)).toBe('application/sparql-results+json');
    expect(negotiate('application/n-triples, text/turtle;q=0.9', GRAPH_TYPES)).toBe('application/n-triples');
    expect(negotiate('text/html, */*;q=0.1', RESULT_TYPES)).toBe('application/sparql-results+json');
    expect(negotiate('image/png', RESULT_TYPES)).toBeNull();
    expect(negotiate('text/turtle', RESULT_TYPES)).toBeNull();
    expect(negotiate('application/sparql-results+json;q=0, */*', RESULT_TYPES)).toBe('application/sparql-results+xml');
  });
});

describe('per-article split', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-split-'));
    const quads = buildGraph(corpus());
    await writeGraph(quads, join(dir, 'graph.ttl'), { format: 'turtle' });
    await writeGraph(quads, join(dir, 'graph.trig'), { format: 'trig' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (f: string) => readBuild(join(dir, f), readFileSync(join(dir, f), 'utf8'));
  const sortedLines = (s: string) => s.split('\n').filter(Boolean).sort();

  it('splits a Turtle build exactly as the TriG writer names and fills its graphs', () => {
    const fromTtl = perArticlePayloads(read('graph.ttl'));
    const fromTrig = perArticlePayloads(read('graph.trig'));
    expect(fromTtl.map((p) => p.graph)).toEqual(fromTrig.map((p) => p.graph));
    expect(fromTtl[0].kind).toBe('entities');
    expect(fromTtl.filter((p) => p.kind === 'article')).toHaveLength(corpus().length);
    for (const [i, p] of fromTtl.entries()) {
      expect(p.triples, p.graph).toBeGreaterThan(0);
      expect(sortedLines(p.body), p.graph).toEqual(sortedLines(fromTrig[i].body));
    }
    const total = fromTtl.reduce((n, p) => n + p.triples, 0);
    expect(total).toBe(read('graph.ttl').store.size);
  });
  it('cuts N-Triples into parts of whole lines, but never text with blank nodes', () => {
    const nt = '<a:1> <a:p> "x" .\n<a:2> <a:p> "y\\n" .\n<a:3> <a:p> <a:o> .\n';
    expect(ntriplesParts(nt, 2)).toEqual(['<a:1> <a:p> "x" .\n<a:2> <a:p> "y\\n" .\n', '<a:3> <a:p> <a:o> .\n']);
    expect(ntriplesParts(nt, 3)).toEqual([nt]);
    expect(ntriplesParts('_:b0 <a:p> "x" .\n', 1)).toBeNull();
    const ttl = read('graph.ttl');
    const parts = ntriplesParts(wholePayload(ttl, 'urn:g').ntriples!(), 50)!;
    expect(parts.join('').trim().split('\n')).toHaveLength(ttl.store.size);
  });

  it('whole-build payload: Turtle as written, TriG flattened to the same triples', () => {
    const ttl = read('graph.ttl');
    const whole = wholePayload(ttl, 'urn:g');
    expect(whole.body).toBe(ttl.text);
    expect(wholePayload(read('graph.trig'), 'urn:g').triples).toBe(ttl.store.size);
  });
});

describe('the Virtuoso comparator can fail', () => {
  const q = 'SELECT ?who (GROUP_CONCAT(DISTINCT ?n; separator=", ") AS ?participants) ?article WHERE {} ORDER BY ?article ?who';
  const columns = ['who', 'participants', 'article'];
  const base = {
    columns,
    rows: [
      { who: 'A', participants: 'X, Y', article: 'a1' },
      { who: 'B', participants: null, article: 'a2' },
    ],
  };
  it('finds GROUP_CONCAT columns', () => {
    expect([...groupConcatColumns(q)]).toEqual([['participants', ', ']]);
  });
  it('accepts what engines may differ on', () => {
    const other = { columns, rows: [{ who: 'A', participants: 'Y, X', article: 'a1' }, { who: 'B', participants: '', article: 'a2' }] };
    expect(diffTables(base, other, q)).toBeNull();
  });
  it('rejects a changed value, a missing row, a changed column and a changed order', () => {
    expect(diffTables(base, { columns, rows: [base.rows[0], { ...base.rows[1], who: 'C' }] }, q)).toMatch(/rows differ/);
    expect(diffTables(base, { columns, rows: [base.rows[0]] }, q)).toMatch(/row counts/);
    expect(diffTables(base, { columns: ['who', 'participants', 'source'], rows: base.rows }, q)).toMatch(/columns/);
    expect(diffTables(base, { columns, rows: [base.rows[1], base.rows[0]] }, q)).toMatch(/order/);
    expect(diffTables(base, { columns, rows: [base.rows[0], { ...base.rows[1], participants: 'Z' }] }, q)).toMatch(/rows differ/);
  });
});
