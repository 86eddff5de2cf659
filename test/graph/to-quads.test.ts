import { describe, expect, it } from 'vitest';
import { DataFactory, type Quad } from 'n3';
import { buildGraph, entitiesToQuads, extractionToQuads, mergeEntities } from '../../src/graph/to-quads.js';
import { validateGraph } from '../../src/graph/validate.js';
import { DEFAULT_BASE, mergedEventIri } from '../../src/graph/iri.js';
import { NS } from '../../src/graph/vocab.js';
import type { MergedEvent } from '../../src/types.js';
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

describe('links to other graphs', () => {
  it('buildGraph writes skos:exactMatch, ISO codes, coordinates and nkg:linkedBy for linked entities only, and stays valid', async () => {
    const quads = buildGraph(corpus());
    const russia = `${DEFAULT_BASE}country/russie`;
    const geneva = `${DEFAULT_BASE}place/geneve`;
    expect(objects(quads, russia, `${NS.skos}exactMatch`)).toEqual(['http://www.wikidata.org/entity/Q159']);
    expect(objects(quads, russia, `${NS.nkg}iso3166Alpha2`)).toEqual(['RU']);
    expect(objects(quads, russia, `${NS.nkg}iso3166Alpha3`)).toEqual(['RUS']);
    expect(objects(quads, russia, `${NS.nkg}linkedBy`)).toEqual(['gazetteer']);
    expect(objects(quads, geneva, `${NS.skos}exactMatch`)).toEqual(['https://sws.geonames.org/2660646/']);
    expect(objects(quads, geneva, `${NS.geo}lat`)).toEqual(['46.20222']);
    expect(objects(quads, geneva, `${NS.geo}long`)).toEqual(['6.14569']);
    expect(objects(quads, LAVROV, `${NS.skos}exactMatch`)).toEqual([]);
    expect(objects(quads, LAVROV, `${NS.nkg}linkedBy`)).toEqual([]);
    expect((await validateGraph(quads)).conforms).toBe(true);
  });

  it('entitiesToQuads without the articles links nothing', () => {
    const quads = entitiesToQuads(corpus().flatMap((x) => x.entities));
    expect(quads.some((q) => q.predicate.value === `${NS.skos}exactMatch`)).toBe(false);
  });
});

describe('extractionToQuads', () => {
  it('describes article, sentences, mentions, event mentions and events per the model', () => {
    const x = moscowArticle();
    const quads = extractionToQuads(x);
    const article = `${DEFAULT_BASE}article/002_moscou.txt`;
    expect(objects(quads, article, `${NS.dcterms}identifier`)).toEqual(['002_moscou.txt']);
    expect(subjectsOfType(quads, 'Sentence')).toHaveLength(x.sentences.length);
    expect(subjectsOfType(quads, 'Mention')).toHaveLength(x.mentions.length);
    expect(subjectsOfType(quads, 'EventMention')).toHaveLength(x.events.length);
    const [accusation] = subjectsOfType(quads, 'Accusation');
    expect(accusation).toMatch(/\/event\/accusation-[0-9a-f]{12}$/);
    expect(objects(quads, accusation, `${NS.nkg}agent`)).toEqual([LAVROV]);
    expect(objects(quads, accusation, `${NS.nkg}mergeRule`)).toEqual(['single: one mention, nothing merged']);
    const ev = x.events[0];
    const [mention] = objects(quads, accusation, `${NS.nkg}hasMention`);
    expect(mention).toBe(`${article}/e${ev.start}-${ev.end}-accusation`);
    expect(objects(quads, mention, `${NS.nkg}mentionOfEvent`)).toEqual([accusation]);
    expect(objects(quads, mention, `${NS.nkg}reportedAgent`)).toEqual([LAVROV]);
    expect(objects(quads, mention, `${NS.nkg}evidence`)).toEqual([x.article.text.slice(ev.start, ev.end)]);
    expect(objects(quads, mention, `${NS.nkg}trigger`)).toEqual(['a accusé']);
    expect(objects(quads, mention, `${NS.prov}wasDerivedFrom`)).toEqual([article]);
    // The event's provenance is its mentions; its evidence and span are theirs.
    expect(objects(quads, accusation, `${NS.nkg}evidence`)).toEqual([]);
    expect(objects(quads, accusation, `${NS.prov}wasDerivedFrom`)).toEqual([]);
    const graphOf = (s: string) => new Set(quads.filter((q) => q.subject.value === s).map((q) => q.graph.value));
    expect(graphOf(mention)).toEqual(new Set([`${DEFAULT_BASE}graph/002_moscou.txt`]));
    expect(graphOf(accusation)).toEqual(new Set([`${DEFAULT_BASE}graph/events`]));
  });

  it('attaches event mentions to the merged events it is given, under the IRI of their key', () => {
    const x = moscowArticle();
    const y = kyivArticle();
    const base = { target: null, participants: [], place: null, quote: null, date: null, rule: 'agent-target-topic' as const };
    const events: MergedEvent[] = [
      {
        ...base, key: 'refusal-key', type: 'Refusal', agent: LAVROV_B, topic: 'la proposition de cessez-le-feu',
        mentions: [{ article: '001_kyiv.txt', eventIndex: 2 }], explanation: 'agent-target-topic: made up for the test',
      },
      {
        ...base, key: 'statement-key', type: 'Statement', agent: LAVROV_A, topic: null, quote: 'Nous ne céderons pas',
        mentions: [{ article: '002_moscou.txt', eventIndex: 2 }], rule: 'single', explanation: 'single: one mention, nothing merged',
      },
    ];
    const issues: string[] = [];
    const quads = buildGraph([x, y], { events, onIssue: (m) => issues.push(m) });
    expect(subjectsOfType(quads, 'Refusal')).toEqual([mergedEventIri(DEFAULT_BASE, 'Refusal', 'refusal-key')]);
    const [refusal] = subjectsOfType(quads, 'Refusal');
    expect(objects(quads, refusal, `${NS.nkg}mergeRule`)).toEqual(['agent-target-topic: made up for the test']);
    expect(objects(quads, refusal, `${NS.nkg}hasMention`)).toHaveLength(1);
    // Mentions the given events do not cover are reported and left out, never invented.
    expect(subjectsOfType(quads, 'EventMention')).toHaveLength(2);
    expect(issues.filter((i) => i.includes('no merged event'))).toHaveLength(4);
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
    const quads = extractionToQuads(x);
    const meetings = subjectsOfType(quads, 'Meeting');
    expect(new Set(meetings).size).toBe(2);
    const mentions = meetings.flatMap((m) => objects(quads, m, `${NS.nkg}hasMention`));
    expect(mentions.map((m) => m.replace(/^.*\/e\d+-\d+-/, ''))).toEqual(['meeting', 'meeting-2']);
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
      if (q.subject.value.endsWith('-accusation') && q.predicate.value === `${NS.nkg}start`) {
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

  it('reject an event without mention or merge rule, and a mention of no event', async () => {
    const quads = buildGraph(corpus()).filter(
      (q) => !(q.subject.value.includes('/accusation-') && [`${NS.nkg}hasMention`, `${NS.nkg}mergeRule`].includes(q.predicate.value)) &&
        !(q.subject.value.endsWith('-refusal') && q.predicate.value === `${NS.nkg}mentionOfEvent`),
    );
    const result = await validateGraph(quads);
    const paths = result.violations.map((v) => `${v.focusNode.replace(/^.*\//, '')} ${v.path}`);
    expect(paths.some((p) => p.startsWith('accusation-') && p.endsWith('hasMention'))).toBe(true);
    expect(paths.some((p) => p.startsWith('accusation-') && p.endsWith('mergeRule'))).toBe(true);
    expect(paths.some((p) => p.includes('-refusal') && p.endsWith('mentionOfEvent'))).toBe(true);
  });

  it('reject a mention pointing at something that is not an entity', async () => {
    const quads = buildGraph(corpus()).filter((q) => !(q.subject.value === LAVROV && q.predicate.value === `${NS.rdf}type`));
    const result = await validateGraph(quads);
    expect(result.violations.some((v) => v.path === `${NS.nkg}mentionOf`)).toBe(true);
  });
});
