import { describe, expect, it } from 'vitest';
import { DataFactory, type Quad } from 'n3';
import { buildGraph, entitiesToQuads, extractionToQuads, mergeEntities } from '../../src/graph/to-quads.js';
import { validateGraph } from '../../src/graph/validate.js';
import { DEFAULT_BASE } from '../../src/graph/iri.js';
import { NS } from '../../src/graph/vocab.js';
import { ArticleBuilder, LAVROV_A, LAVROV_B, corpus, kyivArticle, moscowArticle } from './fixture.js';

const LAVROV = `${DEFAULT_BASE}person/serguei-lavrov`;
const objects = (quads: Quad[], s: string, p: string) =>
  quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value).sort();
const subjectsOfType = (quads: Quad[], cls: string) =>
  quads.filter((q) => q.predicate.value === `${NS.rdf}type` && q.object.value === `${NS.nkg}${cls}`).map((q) => q.subject.value);

describe('entity merging', () => {
  it('merges keys minting one IRI, labels from the first article, unions aliases', () => {
    const [moscow, kyiv] = corpus();
    const merged = mergeEntities([...kyiv.entities, ...moscow.entities], DEFAULT_BASE);
    const lavrov = merged.find((e) => e.iri === LAVROV)!;
    expect(lavrov.label).toBe('Sergueï Lavrov');
    expect(lavrov.aliases).toEqual(['Lavrov', 'S. Lavrov', 'Sergueï Viktorovitch Lavrov']);
    expect(lavrov.keys).toEqual([LAVROV_B, LAVROV_A].sort());
    const otan = merged.find((e) => e.iri.endsWith('/organization/otan'))!;
    expect(otan.aliases).toEqual(["Organisation du traité de l'Atlantique nord", 'Otan']);
  });

  it('gives every entity exactly one label', () => {
    const quads = entitiesToQuads([...kyivArticle().entities, ...moscowArticle().entities]);
    expect(objects(quads, LAVROV, `${NS.rdfs}label`)).toEqual(['Sergueï Lavrov']);
    const labelled = new Set(quads.filter((q) => q.predicate.value === `${NS.rdfs}label`).map((q) => q.subject.value));
    expect(labelled.size).toBe(quads.filter((q) => q.predicate.value === `${NS.rdf}type`).length);
  });
});

describe('extractionToQuads', () => {
  it('describes article, sentences, mentions and events per the model', () => {
    const x = moscowArticle();
    const quads = extractionToQuads(x);
    const article = `${DEFAULT_BASE}article/002_moscou.txt`;
    expect(objects(quads, article, `${NS.dcterms}identifier`)).toEqual(['002_moscou.txt']);
    expect(subjectsOfType(quads, 'Sentence')).toHaveLength(x.sentences.length);
    expect(subjectsOfType(quads, 'Mention')).toHaveLength(x.mentions.length);
    const [accusation] = subjectsOfType(quads, 'Accusation');
    expect(accusation).toMatch(/\/event\/accusation-[0-9a-f]{12}$/);
    expect(objects(quads, accusation, `${NS.nkg}agent`)).toEqual([LAVROV]);
    const ev = x.events[0];
    expect(objects(quads, accusation, `${NS.nkg}evidence`)).toEqual([x.article.text.slice(ev.start, ev.end)]);
    expect(objects(quads, accusation, `${NS.prov}wasDerivedFrom`)).toEqual([article]);
    expect(quads.every((q) => q.graph.value === `${DEFAULT_BASE}graph/002_moscou.txt`)).toBe(true);
  });

  it('leaves out and reports references it cannot honour', () => {
    const text = 'Le président Paul Martin a accusé un inconnu. Rien ici.';
    const b = new ArticleBuilder('x.txt', text)
      .entity({ key: 'person/paul-martin', type: 'Person', label: 'Paul Martin', aliases: [] })
      .mention('person/paul-martin', 'Paul Martin')
      .mention('person/absent', 'inconnu', 'role')
      .event('Accusation', 'a accusé', { agent: 'person/paul-martin', target: 'person/absent', date: 'hier' });
    b.mentions.push({ ...b.mentions[0], start: 40, end: 10 });
    const issues: string[] = [];
    const quads = extractionToQuads(b.build(), { onIssue: (m) => issues.push(m) });
    expect(subjectsOfType(quads, 'Mention')).toHaveLength(1);
    expect(quads.some((q) => q.predicate.value === `${NS.nkg}target`)).toBe(false);
    expect(quads.some((q) => q.predicate.value === `${NS.nkg}date`)).toBe(false);
    expect(issues).toHaveLength(4);
    expect(issues.every((i) => i.startsWith('x.txt: '))).toBe(true);
  });

  it('keeps distinct events that share the hashed identity, drops exact duplicates', () => {
    const x = moscowArticle();
    const meeting = x.events[1];
    x.events.push({ ...meeting }, { ...meeting, topic: 'la sécurité' });
    const meetings = subjectsOfType(extractionToQuads(x), 'Meeting');
    expect(new Set(meetings).size).toBe(2);
  });

  it('gives mentions of different entities on one span distinct IRIs, and writes duplicates once', async () => {
    const x = moscowArticle();
    const blinken = x.mentions.find((m) => m.surface === 'Antony Blinken')!;
    x.mentions.push({ ...blinken }, { ...blinken, entity: 'place/genève' });
    const mentions = subjectsOfType(extractionToQuads(x), 'Mention');
    expect(mentions).toHaveLength(x.mentions.length - 1);
    expect(mentions.filter((m) => m.includes(`/m${blinken.start}-${blinken.end}`)).sort()).toEqual([
      `${DEFAULT_BASE}article/002_moscou.txt/m${blinken.start}-${blinken.end}`,
      `${DEFAULT_BASE}article/002_moscou.txt/m${blinken.start}-${blinken.end}-2`,
    ]);
    expect((await validateGraph(buildGraph([x, kyivArticle()]))).conforms).toBe(true);
  });

  it('rejects duplicate article ids in a corpus', () => {
    expect(() => buildGraph([kyivArticle(), kyivArticle()])).toThrow(/duplicate article id "001_kyiv.txt"/);
  });
});

describe('SHACL shapes', () => {
  it('accept the graph built from the fixture corpus', async () => {
    const result = await validateGraph(buildGraph(corpus()));
    expect(result.violations).toEqual([]);
    expect(result.conforms).toBe(true);
  });

  const { namedNode, literal, quad } = DataFactory;
  const int = (n: number) => literal(String(n), namedNode(`${NS.xsd}integer`));

  it('reject an event whose start is after its end', async () => {
    const quads = buildGraph(corpus()).map((q) => {
      if (q.subject.value.includes('/event/accusation-') && q.predicate.value === `${NS.nkg}start`) {
        return quad(q.subject, q.predicate, int(100000), q.graph);
      }
      return q;
    });
    const result = await validateGraph(quads);
    expect(result.conforms).toBe(false);
    expect(result.violations.map((v) => v.path)).toContain(`${NS.nkg}start`);
  });

  it('reject an accusation without agent, a meeting without participant, a second label, a second type', async () => {
    const quads = buildGraph(corpus()).filter(
      (q) => !(q.predicate.value === `${NS.nkg}agent` && q.subject.value.includes('/accusation-')) &&
        q.predicate.value !== `${NS.nkg}participant`,
    );
    quads.push(quad(namedNode(LAVROV), namedNode(`${NS.rdfs}label`), literal('Lavrov', 'fr')));
    const refusal = subjectsOfType(quads, 'Refusal')[0];
    quads.push(quad(namedNode(refusal), namedNode(`${NS.rdf}type`), namedNode(`${NS.nkg}Proposal`)));
    const messages = (await validateGraph(quads)).violations.map((v) => `${v.focusNode} ${v.message}`);
    expect(messages.some((m) => m.includes('/accusation-') && m.includes('accuser'))).toBe(true);
    expect(messages.some((m) => m.includes('/meeting-') && m.includes('participant'))).toBe(true);
    expect(messages.some((m) => m.startsWith(LAVROV) && m.includes('rdfs:label'))).toBe(true);
    expect(messages.some((m) => m.startsWith(refusal) && m.includes('seven event types'))).toBe(true);
  });

  it('reject a mention pointing at something that is not an entity', async () => {
    const quads = buildGraph(corpus()).filter((q) => !(q.subject.value === LAVROV && q.predicate.value === `${NS.rdf}type`));
    const result = await validateGraph(quads);
    expect(result.violations.some((v) => v.path === `${NS.nkg}mentionOf`)).toBe(true);
  });
});
