// ArticleExtraction → RDF quads, following docs/rdf-model.md. Quads carry their TriG graph
// (one per article, one for entities); Turtle and N-Triples writers drop it.
import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Object } from 'n3';
import type { ArticleExtraction, Entity, EventMention, Sentence } from '../types.js';
import {
  DEFAULT_BASE, articleGraphIri, articleIri, checkBase, entitiesGraphIri, entityIri, eventIri,
  mentionIri, sentenceIri,
} from './iri.js';
import { fr, int, isSafeIri, isoDate, str } from './literals.js';
import { uniqueEvents, uniqueMentions } from './dedupe.js';
import { mergeEntities } from './merge-entities.js';
import { dcterms, nkg, prov, rdf, rdfs, schema, skos } from './vocab.js';

export { mergeEntities, type MergedEntity } from './merge-entities.js';

const { namedNode, quad } = DataFactory;

export interface GraphOptions {
  /** Base for data IRIs; default `https://w3id.org/newskg/id/`. */
  base?: string;
  /** Told about every item left out of the graph (bad offsets, unknown entity keys…). */
  onIssue?: (message: string) => void;
}

type Emit = (s: NamedNode, p: NamedNode, o: Quad_Object) => void;

function collector(graph: NamedNode): { quads: Quad[]; emit: Emit } {
  const quads: Quad[] = [];
  return { quads, emit: (s, p, o) => quads.push(quad(s, p, o, graph)) };
}

export function extractionToQuads(x: ArticleExtraction, opts: GraphOptions = {}): Quad[] {
  const base = checkBase(opts.base ?? DEFAULT_BASE);
  const issue = (m: string) => opts.onIssue?.(`${x.article.id}: ${m}`);
  const id = x.article.id;
  const { quads, emit } = collector(namedNode(articleGraphIri(base, id)));
  const article = namedNode(articleIri(base, id));
  const textLength = x.article.text.length;
  const validSpan = (start: number, end: number) =>
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= textLength;

  emitArticle(x, article, emit, issue);

  const sentenceByIndex = new Map<number, NamedNode>();
  const sentences = [...x.sentences].sort((a, b) => a.index - b.index);
  for (const s of sentences) {
    if (sentenceByIndex.has(s.index) || !validSpan(s.start, s.end)) {
      issue(`sentence ${s.index} skipped (duplicate index or bad offsets)`);
      continue;
    }
    const node = namedNode(sentenceIri(base, id, s.index));
    sentenceByIndex.set(s.index, node);
    emitSentence(s, node, article, emit);
  }
  const sentenceFor = (index: number, start: number): NamedNode | null =>
    sentenceByIndex.get(index) ?? sentenceAt(sentences, sentenceByIndex, start);

  const entityNode = entityResolver(x.entities, base);

  // Rejected before suffixing, so a dropped mention never pushes a kept one to `-2`.
  const kept = x.mentions.filter((m) => {
    const ok = entityNode(m.entity) !== null && sentenceFor(m.sentence, m.start) !== null && validSpan(m.start, m.end);
    if (!ok) issue(`mention ${JSON.stringify(m.surface)} at ${m.start}-${m.end} skipped (unknown entity, sentence or bad offsets)`);
    return ok;
  });
  for (const [m, suffix] of uniqueMentions(kept)) {
    const entity = entityNode(m.entity)!;
    const sentence = sentenceFor(m.sentence, m.start)!;
    const node = namedNode(mentionIri(base, id, m.start, m.end, suffix));
    emit(node, rdf('type'), nkg('Mention'));
    emit(node, nkg('mentionOf'), entity);
    emit(node, nkg('surface'), str(m.surface));
    emit(node, nkg('mentionKind'), str(m.kind));
    emit(node, nkg('inSentence'), sentence);
    emit(node, nkg('start'), int(m.start));
    emit(node, nkg('end'), int(m.end));
    emit(node, prov('wasDerivedFrom'), article);
  }

  for (const [ev, salt] of uniqueEvents(x.events)) {
    const sentence = sentenceFor(ev.sentence, ev.start);
    if (!sentence || !validSpan(ev.start, ev.end)) {
      issue(`${ev.type} event at ${ev.start}-${ev.end} skipped (no sentence or bad offsets)`);
      continue;
    }
    const node = namedNode(eventIri(base, { articleId: id, ...ev }, salt));
    emitEvent(ev, node, { article, sentence, evidence: x.article.text.slice(ev.start, ev.end) }, entityNode, emit, issue);
  }
  return quads;
}

function emitArticle(x: ArticleExtraction, article: NamedNode, emit: Emit, issue: (m: string) => void): void {
  const a = x.article;
  emit(article, rdf('type'), nkg('Article'));
  emit(article, dcterms('identifier'), str(a.id));
  if (a.title !== null && a.title.trim() !== '') emit(article, dcterms('title'), fr(a.title));
  if (a.date !== null) {
    const date = isoDate(a.date);
    if (date) emit(article, dcterms('date'), date);
    else issue(`article date ${JSON.stringify(a.date)} is not ISO, left out`);
  }
  if (a.url !== null) {
    if (isSafeIri(a.url)) emit(article, schema('url'), namedNode(a.url));
    else issue(`article url ${JSON.stringify(a.url)} is not a valid IRI, left out`);
  }
  if (a.source !== null && a.source.trim() !== '') emit(article, dcterms('source'), str(a.source));
}

function emitSentence(s: Sentence, node: NamedNode, article: NamedNode, emit: Emit): void {
  emit(node, rdf('type'), nkg('Sentence'));
  emit(node, nkg('inArticle'), article);
  emit(node, nkg('index'), int(s.index));
  emit(node, nkg('text'), str(s.text));
  emit(node, nkg('start'), int(s.start));
  emit(node, nkg('end'), int(s.end));
}

interface EventContext {
  article: NamedNode;
  sentence: NamedNode;
  evidence: string;
}

function emitEvent(
  ev: EventMention,
  node: NamedNode,
  ctx: EventContext,
  entityNode: (key: string) => NamedNode | null,
  emit: Emit,
  issue: (m: string) => void,
): void {
  const role = (p: string, key: string | null) => {
    if (key === null) return;
    const e = entityNode(key);
    if (e) emit(node, nkg(p), e);
    else issue(`${ev.type} ${p} ${JSON.stringify(key)} is not an entity of the article, left out`);
  };
  emit(node, rdf('type'), nkg(ev.type));
  role('agent', ev.agent);
  role('target', ev.target);
  for (const p of ev.participants) role('participant', p);
  role('place', ev.place);
  if (ev.topic !== null && ev.topic.trim() !== '') emit(node, nkg('topic'), fr(ev.topic));
  if (ev.quote !== null && ev.quote.trim() !== '') emit(node, nkg('quote'), fr(ev.quote));
  emit(node, nkg('trigger'), str(ev.trigger));
  if (ev.date !== null) {
    const date = isoDate(ev.date);
    if (date) emit(node, nkg('date'), date);
    else issue(`${ev.type} date ${JSON.stringify(ev.date)} is not ISO, left out`);
  }
  emit(node, nkg('evidence'), str(ctx.evidence));
  emit(node, nkg('inSentence'), ctx.sentence);
  emit(node, nkg('start'), int(ev.start));
  emit(node, nkg('end'), int(ev.end));
  emit(node, prov('wasDerivedFrom'), ctx.article);
}

/** Maps an article's entity keys to IRIs; keys the article does not describe resolve to null. */
function entityResolver(entities: Entity[], base: string): (key: string) => NamedNode | null {
  const iris = new Map<string, NamedNode>();
  for (const e of entities) iris.set(e.key, namedNode(entityIri(base, e.key, e.type)));
  return (key) => iris.get(key) ?? null;
}

function sentenceAt(sentences: Sentence[], nodes: Map<number, NamedNode>, offset: number): NamedNode | null {
  const s = sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? (nodes.get(s.index) ?? null) : null;
}

/** Entity descriptions, merged across articles (see mergeEntities for the label rule). */
export function entitiesToQuads(entities: Iterable<Entity>, opts: GraphOptions = {}): Quad[] {
  const base = checkBase(opts.base ?? DEFAULT_BASE);
  const { quads, emit } = collector(namedNode(entitiesGraphIri(base)));
  for (const e of mergeEntities(entities, base)) {
    const node = namedNode(e.iri);
    emit(node, rdf('type'), nkg(e.type));
    emit(node, rdfs('label'), fr(e.label));
    for (const alias of e.aliases) emit(node, skos('altLabel'), fr(alias));
  }
  return quads;
}

/** The whole graph for a corpus; the result does not depend on the order of `extractions`. */
export function buildGraph(extractions: ArticleExtraction[], opts: GraphOptions = {}): Quad[] {
  const sorted = [...extractions].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].article.id === sorted[i - 1].article.id) {
      throw new Error(`duplicate article id ${JSON.stringify(sorted[i].article.id)}: article ids must be unique`);
    }
  }
  const quads: Quad[] = [];
  // Pushed one by one: spreading a large corpus into push() overflows the call stack.
  for (const x of sorted) for (const q of extractionToQuads(x, opts)) quads.push(q);
  for (const q of entitiesToQuads(sorted.flatMap((x) => x.entities), opts)) quads.push(q);
  return quads;
}
