import { readFileSync } from 'node:fs';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/graph/package-files.js';
import { buildGraph } from '../../src/graph/to-quads.js';
import { NS } from '../../src/graph/vocab.js';
import { corpus } from './fixture.js';
import { haveTool } from '../helpers.js';
import { rapperCount } from './tools.js';

const ontologyFile = packagePath('ontology', 'newskg.ttl');
const shapesFile = packagePath('ontology', 'shapes.ttl');
const ontology: Quad[] = new Parser({ format: 'text/turtle' }).parse(readFileSync(ontologyFile, 'utf8'));
const about = (iri: string, p: string) => ontology.filter((q) => q.subject.value === iri && q.predicate.value === p).map((q) => q.object);
const TYPE = `${NS.rdf}type`;

describe('ontology', () => {
  const graph = buildGraph(corpus());
  const usedProperties = [...new Set(graph.map((q) => q.predicate.value).filter((p) => p.startsWith(NS.nkg)))];
  const usedClasses = [...new Set(graph.filter((q) => q.predicate.value === TYPE).map((q) => q.object.value))];
  const required = ['agent', 'target', 'participant', 'place', 'topic', 'quote', 'trigger', 'date', 'evidence', 'inSentence',
    'inArticle', 'start', 'end', 'index', 'text', 'mentionOf', 'surface', 'mentionKind', 'hasMention', 'mentionOfEvent',
    'mergeRule', 'reportedAgent', 'reportedTarget', 'reportedParticipant', 'reportedPlace', 'reportedTopic', 'reportedQuote',
    'reportedDate'].map((p) => NS.nkg + p);

  it.each([...new Set([...usedProperties, ...required])])('declares property %s with a domain, a range and both languages', (p) => {
    const types = about(p, TYPE).map((t) => t.value);
    expect(types.some((t) => t === `${NS.owl}ObjectProperty` || t === `${NS.owl}DatatypeProperty`)).toBe(true);
    expect(about(p, `${NS.rdfs}domain`)).toHaveLength(1);
    expect(about(p, `${NS.rdfs}range`)).toHaveLength(1);
    for (const prop of ['label', 'comment']) {
      const langs = about(p, `${NS.rdfs}${prop}`).map((o) => ('language' in o ? o.language : ''));
      expect(langs.sort()).toEqual(['en', 'fr']);
    }
  });

  it.each(usedClasses)('declares class %s, aligned outside nkg:, in both languages', (c) => {
    expect(about(c, TYPE).map((t) => t.value)).toContain(`${NS.owl}Class`);
    const supers = about(c, `${NS.rdfs}subClassOf`).map((s) => s.value);
    const closure = new Set(supers);
    for (const s of supers) for (const t of about(s, `${NS.rdfs}subClassOf`)) closure.add(t.value);
    expect([...closure].some((s) => [NS.schema, NS.sem, NS.prov].some((ns) => s.startsWith(ns)))).toBe(true);
    // Text-anchoring classes have no schema.org counterpart; everything a reader would look up does.
    const textual = [`${NS.nkg}Sentence`, `${NS.nkg}Mention`, `${NS.nkg}EventMention`].includes(c);
    if (!textual) expect([...closure].some((s) => s.startsWith(NS.schema))).toBe(true);
    expect(about(c, `${NS.rdfs}label`).map((o) => ('language' in o ? o.language : '')).sort()).toEqual(['en', 'fr']);
  });

  it('derives merged events from their mentions, and mentions from articles, PROV-wise', () => {
    expect(about(`${NS.nkg}hasMention`, `${NS.rdfs}subPropertyOf`).map((o) => o.value)).toEqual([`${NS.prov}wasDerivedFrom`]);
    expect(about(`${NS.nkg}mentionOfEvent`, `${NS.owl}inverseOf`).map((o) => o.value)).toEqual([`${NS.nkg}hasMention`]);
    expect(about(`${NS.nkg}EventMention`, `${NS.rdfs}subClassOf`).map((o) => o.value)).toContain(`${NS.prov}Entity`);
  });

  it('never makes an event a prov:Activity (disjoint with the prov:Entity that wasDerivedFrom implies)', () => {
    const eventSupers = about(`${NS.nkg}Event`, `${NS.rdfs}subClassOf`).map((s) => s.value);
    expect(eventSupers).toContain(`${NS.prov}Entity`);
    expect(eventSupers).not.toContain(`${NS.prov}Activity`);
  });

  it('parses with rapper, as do the shapes', (ctx) => {
    if (!haveTool('rapper')) ctx.skip('rapper (apt-get install -y raptor2-utils) is not installed');
    for (const file of [ontologyFile, shapesFile]) {
      const r = rapperCount(file, 'turtle');
      expect(r.problems, file).toBe('');
      expect(r.ok).toBe(true);
    }
    expect(rapperCount(ontologyFile, 'turtle').triples).toBe(ontology.length);
  });
});
