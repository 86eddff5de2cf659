// ArticleExtraction → RDF quads, following docs/rdf-model.md. Quads carry their TriG graph
// (one per article, one for entities); Turtle and N-Triples writers drop it.
import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Object } from 'n3';
import type { ArticleExtraction, Entity, EntityType, EventFacts, EventMention, EventStatus, MergedEvent, Sentence } from '../types.js';
import {
  DEFAULT_BASE, articleGraphIri, articleIri, checkBase, entitiesGraphIri, entityIri, eventMentionIri, eventsGraphIri,
  mentionIri, mergedEventIri, sentenceIri,
} from './iri.js';
import { degrees, fr, int, isSafeIri, isoDate, str } from './literals.js';
import { uniqueEventMentions, uniqueMentions } from './dedupe.js';
import { mergeEntities, withLinks, type MergedEntity } from './merge-entities.js';
import { linkEntities } from '../link/index.js';
import { dcterms, geo, geonamesIri, nkg, prov, rdf, rdfs, schema, skos, wd } from './vocab.js';

export { mergeEntities, withLinks, type MergedEntity } from './merge-entities.js';

const { namedNode, quad } = DataFactory;

export interface GraphOptions {
  /** Base for data IRIs; default `https://w3id.org/newskg/id/`. */
  base?: string;
  /** Told about every item left out of the graph (bad offsets, unknown entity keys…). */
  onIssue?: (message: string) => void;
  /**
   * Merged events from the resolve stage (`resolve(extractions).events`, with the extractions it
   * returned). Without them every event mention is an event of its own (rule `single`, exact
   * duplicates within an article aside): nothing is merged across mentions or articles.
   */
  events?: MergedEvent[];
}

type Emit = (s: NamedNode, p: NamedNode, o: Quad_Object) => void;

function collector(graph: NamedNode): { quads: Quad[]; emit: Emit } {
  const quads: Quad[] = [];
  return { quads, emit: (s, p, o) => quads.push(quad(s, p, o, graph)) };
}

/**
 * One article's quads: the article, its sentences, entity mentions and event mentions in the
 * article's graph, and, in `graph:events`, an event of its own for each event mention (nothing
 * merged; buildGraph with resolved events merges).
 */
export function extractionToQuads(x: ArticleExtraction, opts: GraphOptions = {}): Quad[] {
  const base = checkBase(opts.base ?? DEFAULT_BASE);
  const events = opts.events ?? singletonEvents([x]);
  const { quads, mentions, date } = articleQuads(x, base, eventLookup(events, base).get(x.article.id) ?? new Map(), opts.onIssue);
  const dates: ArticleDates = date === null ? new Map() : new Map([[x.article.id, date]]);
  for (const q of eventQuads(events, mentions, entityTypes([x]), base, dates)) quads.push(q);
  return quads;
}

/** An event mention written to an article's graph: its IRI and its evidence span. */
export interface WrittenMention {
  iri: string;
  start: number;
  end: number;
}

/** Event mentions written, by article id and event index. */
export type WrittenMentions = Map<string, Map<number, WrittenMention>>;

/** The `dcterms:date` written for each dated article (its lexical form), by article id. */
export type ArticleDates = Map<string, string>;

/**
 * The quads of one article's graph (article, sentences, entity and event mentions); `eventOf`
 * maps each event index to its merged event IRI. Also returns the event mentions written and
 * the article's date as written (null when it has none or it was left out).
 */
export function articleQuads(
  x: ArticleExtraction,
  base: string,
  eventOf: Map<number, string>,
  onIssue: ((m: string) => void) | undefined,
): { quads: Quad[]; mentions: WrittenMentions; date: string | null } {
  const issue = (m: string) => onIssue?.(`${x.article.id}: ${m}`);
  const id = x.article.id;
  const { quads, emit } = collector(namedNode(articleGraphIri(base, id)));
  const article = namedNode(articleIri(base, id));
  const textLength = x.article.text.length;
  const validSpan = (start: number, end: number) =>
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= textLength;

  const date = emitArticle(x, article, emit, issue);

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

  const written = new Map<number, WrittenMention>();
  const keptEvents = x.events.map((ev, i) => ({ ev, i })).filter(({ ev, i }) => {
    const ok = sentenceFor(ev.sentence, ev.start) !== null && validSpan(ev.start, ev.end) && eventOf.has(i);
    if (!ok) issue(`${ev.type} event at ${ev.start}-${ev.end} skipped (no sentence, bad offsets or no merged event)`);
    return ok;
  });
  for (const { ev, indexes, suffix } of uniqueEventMentions(keptEvents.map((k) => k.ev))) {
    const sentence = sentenceFor(ev.sentence, ev.start)!;
    const node = namedNode(eventMentionIri(base, id, ev.start, ev.end, ev.type, suffix));
    // Exact repeats are one mention of one event (the resolve stage never splits them).
    const event = namedNode(eventOf.get(keptEvents[indexes[0]].i)!);
    emitEventMention(ev, node, event, { article, sentence, evidence: x.article.text.slice(ev.start, ev.end) }, entityNode, emit, issue);
    const mention: WrittenMention = { iri: node.value, start: ev.start, end: ev.end };
    for (const k of indexes) written.set(keptEvents[k].i, mention);
  }
  return { quads, mentions: new Map([[id, written]]), date };
}

/** Emits the article node; returns the date written, if any. */
function emitArticle(x: ArticleExtraction, article: NamedNode, emit: Emit, issue: (m: string) => void): string | null {
  const a = x.article;
  emit(article, rdf('type'), nkg('Article'));
  emit(article, dcterms('identifier'), str(a.id));
  if (a.title !== null && a.title.trim() !== '') emit(article, dcterms('title'), fr(a.title));
  let written: string | null = null;
  if (a.date !== null) {
    const date = isoDate(a.date);
    if (date) {
      emit(article, dcterms('date'), date);
      written = date.value;
    } else issue(`article date ${JSON.stringify(a.date)} is not ISO, left out`);
  }
  if (a.url !== null) {
    if (isSafeIri(a.url)) emit(article, schema('url'), namedNode(a.url));
    else issue(`article url ${JSON.stringify(a.url)} is not a valid IRI, left out`);
  }
  if (a.source !== null && a.source.trim() !== '') emit(article, dcterms('source'), str(a.source));
  return written;
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

/** The ontology individual of a status: nkg:Asserted, nkg:Planned, nkg:Negated. */
function statusName(status: EventStatus | undefined): string {
  const s = status ?? 'asserted';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One article's report of an event, with the values as that article gives them. */
function emitEventMention(
  ev: EventMention,
  node: NamedNode,
  event: NamedNode,
  ctx: EventContext,
  entityNode: (key: string) => NamedNode | null,
  emit: Emit,
  issue: (m: string) => void,
): void {
  const role = (p: string, name: string, key: string | null) => {
    if (key === null) return;
    const e = entityNode(key);
    if (e) emit(node, nkg(p), e);
    else issue(`${ev.type} ${name} ${JSON.stringify(key)} is not an entity of the article, left out`);
  };
  emit(node, rdf('type'), nkg('EventMention'));
  emit(node, nkg('mentionOfEvent'), event);
  role('reportedAgent', 'agent', ev.agent);
  role('reportedTarget', 'target', ev.target);
  for (const p of ev.participants) role('reportedParticipant', 'participant', p);
  role('reportedPlace', 'place', ev.place);
  if (ev.topic !== null && ev.topic.trim() !== '') emit(node, nkg('reportedTopic'), fr(ev.topic));
  if (ev.quote !== null && ev.quote.trim() !== '') emit(node, nkg('reportedQuote'), fr(ev.quote));
  emit(node, nkg('reportedStatus'), nkg(statusName(ev.status)));
  if (ev.date !== null) {
    const date = isoDate(ev.date);
    if (date) emit(node, nkg('reportedDate'), date);
    else issue(`${ev.type} date ${JSON.stringify(ev.date)} is not ISO, left out`);
  }
  emit(node, nkg('trigger'), str(ev.trigger));
  emit(node, nkg('evidence'), str(ctx.evidence));
  emit(node, nkg('inSentence'), ctx.sentence);
  emit(node, nkg('start'), int(ev.start));
  emit(node, nkg('end'), int(ev.end));
  emit(node, prov('wasDerivedFrom'), ctx.article);
}

/**
 * A merged event as the graph states it, ready to become quads anywhere (plain data: it crosses
 * to the threads that serialize event blocks): entity IRIs resolved, only the mentions written,
 * and the summary values the named queries read (docs/rdf-model.md, "Summary triples").
 */
export interface WritableEvent extends EventFacts {
  iri: string;
  // The roles (agent, target, participants, place) hold entity IRIs here, not keys; a key with
  // no entity was already reported at the mention and is left out.
  explanation: string;
  /** Event mention IRIs written. */
  mentions: string[];
  /** Ids of the articles reporting it, in code-point order (nkg:sourceIds, nkg:sourceCount). */
  sourceIds: string[];
  /** The first mention: first article in id order, earliest span (nkg:firstMention). */
  first: string;
  /** Rank of the first mention among all events' first mentions (nkg:reportOrder). */
  order: number;
  /** The earliest date of the articles reporting it, as written on them (nkg:firstReported). */
  reported: string | null;
  /** Position in the build's timeline, 1 to the number of events (nkg:timelineOrder). */
  timelineOrder: number;
}

// Code-point order, as SPARQL orders strings (differs from code units only past the BMP).
function codePointCompare(a: string, b: string): number {
  if (a === b) return 0;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * The records of merged events, in the given order; an event with no written mention is left
 * out. Every event is ranked before the first record is yielded (reportOrder, timelineOrder);
 * the records themselves are made one at a time. `dates` holds the articles' written dates.
 */
export function* writableEvents(
  events: Iterable<MergedEvent>,
  written: WrittenMentions,
  types: Map<string, EntityType>,
  base: string,
  dates: ArticleDates = new Map(),
): Generator<WritableEvent> {
  const entity = (key: string | null) => {
    const type = key === null ? undefined : types.get(key);
    return type === undefined ? null : entityIri(base, key!, type);
  };
  const reported: Ranked[] = [];
  for (const e of events) {
    const articleOf = new Map<string, string>();
    let first: Ranked['first'] | null = null;
    for (const m of e.mentions) {
      const w = written.get(m.article)?.get(m.eventIndex);
      if (!w || articleOf.has(w.iri)) continue;
      articleOf.set(w.iri, m.article);
      const c = first === null ? -1 : codePointCompare(m.article, first.id) || w.start - first.start || w.end - first.end || codePointCompare(w.iri, first.iri);
      if (c < 0) first = { ...w, id: m.article };
    }
    if (first === null) continue;
    const ids = [...new Set(articleOf.values())].sort(codePointCompare);
    let earliest: string | null = null;
    for (const id of ids) {
      const d = dates.get(id);
      if (d !== undefined && (earliest === null || codePointCompare(d, earliest) < 0)) earliest = d;
    }
    const iri = mergedEventIri(base, e.type, e.key);
    const date = e.date === null ? null : (isoDate(e.date)?.value ?? null);
    reported.push({ e, iri, mentions: [...articleOf.keys()], ids, first, order: 0, reported: earliest, when: date ?? earliest, timelineOrder: 0 });
  }
  rankReports(reported);
  for (const { e, iri, mentions, ids, first, order, reported: earliest, timelineOrder } of reported) {
    yield {
      iri,
      type: e.type,
      agent: entity(e.agent),
      target: entity(e.target),
      participants: e.participants.map(entity).filter((p): p is string => p !== null),
      place: entity(e.place),
      topic: e.topic,
      quote: e.quote,
      date: e.date,
      status: e.status ?? 'asserted',
      explanation: e.explanation,
      mentions,
      sourceIds: ids,
      first: first.iri,
      order,
      reported: earliest,
      timelineOrder,
    };
  }
}

/** A merged event with what ranking it needs. */
interface Ranked {
  e: MergedEvent;
  iri: string;
  mentions: string[];
  ids: string[];
  first: WrittenMention & { id: string };
  order: number;
  reported: string | null;
  /** The event's own date, else the reporting date: what the timeline orders by. */
  when: string | null;
  timelineOrder: number;
}

/**
 * Sets `order` (dense: events first reported at the same place, article and start, share a
 * rank) and `timelineOrder` (unique: by `when`, undated last, then `order`, type and IRI, the
 * order the timeline query lists events in; docs/rdf-model.md).
 */
function rankReports(reported: Ranked[]): void {
  const byFirst = [...reported].sort((a, b) => codePointCompare(a.first.id, b.first.id) || a.first.start - b.first.start);
  let rank = 0;
  for (let i = 0; i < byFirst.length; i++) {
    const prev = byFirst[i - 1]?.first;
    const cur = byFirst[i].first;
    if (!prev || prev.id !== cur.id || prev.start !== cur.start) rank++;
    byFirst[i].order = rank;
  }
  const byTime = byFirst.sort(
    (a, b) =>
      (a.when === null ? 1 : 0) - (b.when === null ? 1 : 0) ||
      codePointCompare(a.when ?? '', b.when ?? '') ||
      a.order - b.order ||
      codePointCompare(a.e.type, b.e.type) ||
      codePointCompare(a.iri, b.iri),
  );
  for (let i = 0; i < byTime.length; i++) byTime[i].timelineOrder = i + 1;
}

/**
 * One merged event's quads in `graph:events`: type, merged roles, topic, quote and date, the rule
 * that merged it, `nkg:hasMention` each written mention, and the summary triples
 * (`nkg:sourceCount`, `nkg:sourceIds`, `nkg:firstMention`, `nkg:reportOrder`, `nkg:firstReported`,
 * `nkg:timelineOrder`). A non-ISO date was already reported at the mention and is left out.
 */
export function writableEventQuads(r: WritableEvent, base: string): Quad[] {
  const { quads, emit } = collector(namedNode(eventsGraphIri(base)));
  const node = namedNode(r.iri);
  const role = (p: string, iri: string | null) => {
    if (iri !== null) emit(node, nkg(p), namedNode(iri));
  };
  emit(node, rdf('type'), nkg(r.type));
  role('agent', r.agent);
  role('target', r.target);
  for (const p of r.participants) role('participant', p);
  role('place', r.place);
  if (r.topic !== null && r.topic.trim() !== '') emit(node, nkg('topic'), fr(r.topic));
  if (r.quote !== null && r.quote.trim() !== '') emit(node, nkg('quote'), fr(r.quote));
  const date = r.date === null ? null : isoDate(r.date);
  if (date) emit(node, nkg('date'), date);
  emit(node, nkg('status'), nkg(statusName(r.status)));
  emit(node, nkg('mergeRule'), str(r.explanation));
  for (const m of r.mentions) emit(node, nkg('hasMention'), namedNode(m));
  emit(node, nkg('sourceCount'), int(r.sourceIds.length));
  emit(node, nkg('sourceIds'), str(r.sourceIds.join(', ')));
  emit(node, nkg('firstMention'), namedNode(r.first));
  emit(node, nkg('reportOrder'), int(r.order));
  const reported = r.reported === null ? null : isoDate(r.reported);
  if (reported) emit(node, nkg('firstReported'), reported);
  emit(node, nkg('timelineOrder'), int(r.timelineOrder));
  return quads;
}

/** Merged events in `graph:events`, one block of quads per event (writableEvents, then writableEventQuads). */
export function* eventBlocks(
  events: Iterable<MergedEvent>,
  written: WrittenMentions,
  types: Map<string, EntityType>,
  base: string,
  dates: ArticleDates = new Map(),
): Generator<Quad[]> {
  for (const r of writableEvents(events, written, types, base, dates)) yield writableEventQuads(r, base);
}

function eventQuads(events: MergedEvent[], written: WrittenMentions, types: Map<string, EntityType>, base: string, dates: ArticleDates): Quad[] {
  const out: Quad[] = [];
  for (const block of eventBlocks(events, written, types, base, dates)) for (const q of block) out.push(q);
  return out;
}

/** Article id → event index → merged event IRI. */
export function eventLookup(events: MergedEvent[], base: string): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  for (const e of events) {
    const iri = mergedEventIri(base, e.type, e.key);
    for (const m of e.mentions) {
      let byIndex = out.get(m.article);
      if (!byIndex) out.set(m.article, (byIndex = new Map()));
      byIndex.set(m.eventIndex, iri);
    }
  }
  return out;
}

/** Entity key → type, first seen wins. */
export function entityTypes(extractions: Iterable<{ entities: Entity[] }>): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  for (const x of extractions) for (const e of x.entities) if (!out.has(e.key)) out.set(e.key, e.type);
  return out;
}

/**
 * What buildGraph uses without resolved events: every event mention is its own event (exact
 * duplicates within an article are one), keyed like the resolve stage keys an unmerged event.
 */
export function singletonEvents(extractions: ArticleExtraction[]): MergedEvent[] {
  const out: MergedEvent[] = [];
  for (const x of extractions) {
    for (const { ev, indexes } of uniqueEventMentions(x.events)) {
      const n = indexes.length;
      out.push({
        key: JSON.stringify([ev.type, x.article.id, indexes[0]]),
        type: ev.type,
        agent: ev.agent,
        target: ev.target,
        participants: [...new Set(ev.participants)].sort(),
        place: ev.place,
        topic: ev.topic,
        quote: ev.quote,
        date: ev.date,
        ...(ev.status && ev.status !== 'asserted' ? { status: ev.status } : {}),
        mentions: indexes.map((eventIndex) => ({ article: x.article.id, eventIndex })),
        rule: 'single',
        explanation: n === 1 ? 'single: one mention, nothing merged' : `single: ${n} mentions in 1 article, exact repeats of one mention`,
      });
    }
  }
  return out;
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

/**
 * Entity descriptions, merged across articles (see mergeEntities for the label rule), with the
 * links the link stage finds when given the articles (linkEntities decides in each one's context).
 */
export function entitiesToQuads(entities: Iterable<Entity>, opts: GraphOptions = {}, articles?: Iterable<{ entities: Entity[] }>): Quad[] {
  const base = checkBase(opts.base ?? DEFAULT_BASE);
  const merged = mergeEntities(entities, base);
  return mergedEntitiesToQuads(articles ? withLinks(merged, linkEntities(articles)) : merged, base);
}

/** The descriptions of entities already merged (mergeEntities), in `graph:entities`. */
export function mergedEntitiesToQuads(entities: Iterable<MergedEntity>, base: string): Quad[] {
  const { quads, emit } = collector(namedNode(entitiesGraphIri(base)));
  for (const e of entities) {
    const node = namedNode(e.iri);
    emit(node, rdf('type'), nkg(e.type));
    emit(node, rdfs('label'), fr(e.label));
    for (const alias of e.aliases) emit(node, skos('altLabel'), fr(alias));
    if (e.link) {
      const l = e.link;
      // skos:exactMatch, not owl:sameAs: docs/rdf-model.md, "Links to other graphs".
      if (l.wikidata) emit(node, skos('exactMatch'), wd(l.wikidata));
      if (l.geonames !== undefined) emit(node, skos('exactMatch'), namedNode(geonamesIri(l.geonames)));
      if (l.iso2) emit(node, nkg('iso3166Alpha2'), str(l.iso2));
      if (l.iso3) emit(node, nkg('iso3166Alpha3'), str(l.iso3));
      if (l.lat !== undefined && l.lon !== undefined) {
        emit(node, geo('lat'), degrees(l.lat));
        emit(node, geo('long'), degrees(l.lon));
      }
      emit(node, nkg('linkedBy'), str(l.linkedBy));
    }
  }
  return quads;
}

/**
 * The whole graph for a corpus; the result does not depend on the order of `extractions`.
 * With `opts.events` (from resolve, together with the extractions it returned) the event
 * mentions are attached to the merged events; without, each event mention is an event of its
 * own and entities are merged only by IRI.
 */
export function buildGraph(extractions: ArticleExtraction[], opts: GraphOptions = {}): Quad[] {
  const base = checkBase(opts.base ?? DEFAULT_BASE);
  const sorted = [...extractions].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].article.id === sorted[i - 1].article.id) {
      throw new Error(`duplicate article id ${JSON.stringify(sorted[i].article.id)}: article ids must be unique`);
    }
  }
  const events = opts.events ?? singletonEvents(sorted);
  const lookup = eventLookup(events, base);
  const quads: Quad[] = [];
  const written: WrittenMentions = new Map();
  const dates: ArticleDates = new Map();
  // Pushed one by one: spreading a large corpus into push() overflows the call stack.
  for (const x of sorted) {
    const part = articleQuads(x, base, lookup.get(x.article.id) ?? new Map(), opts.onIssue);
    for (const q of part.quads) quads.push(q);
    for (const [k, v] of part.mentions) written.set(k, v);
    if (part.date !== null) dates.set(x.article.id, part.date);
  }
  for (const q of eventQuads(events, written, entityTypes(sorted), base, dates)) quads.push(q);
  for (const q of entitiesToQuads(sorted.flatMap((x) => x.entities), opts, sorted)) quads.push(q);
  return quads;
}
