// Projects the RDF graph onto a graphology graph of actors (people, organizations, countries)
// whose edges are typed interactions taken from the events, weighted by the number of events.
import { MultiDirectedGraph } from 'graphology';
import type { Store } from 'oxigraph';
import type { EventType } from '../types.js';
import { sparqlPrefixes } from '../graph/vocab.js';
import { listEntities, select } from '../query/index.js';

export type ActorType = 'Person' | 'Organization' | 'Country';
export const ACTOR_TYPES: readonly ActorType[] = ['Person', 'Organization', 'Country'];

export type InteractionType = 'accused' | 'demanded' | 'warned' | 'refused' | 'proposed' | 'met';
export const INTERACTION_TYPES: readonly InteractionType[] = ['accused', 'demanded', 'warned', 'refused', 'proposed', 'met'];

/** Event class → interaction; statements tie no two actors and give no edge. */
export const INTERACTION_OF: Partial<Record<EventType, InteractionType>> = {
  Accusation: 'accused',
  Demand: 'demanded',
  Warning: 'warned',
  Refusal: 'refused',
  Proposal: 'proposed',
  Meeting: 'met',
};

export interface ActorAttributes {
  iri: string;
  label: string;
  type: ActorType;
  aliases: string[];
}

/** One article's report of an event: where it was read and the sentence that says it. */
export interface EventReport {
  /** dcterms:identifier of the article. */
  source: string;
  articleTitle: string | null;
  /** The article's date (YYYY-MM-DD or YYYY-MM), or null. */
  articleDate: string | null;
  /** The date this report gives (full ISO day), or null. */
  date: string | null;
  /** The evidence text the extractor kept (may be a phrase). */
  evidence: string;
  /** The whole sentence holding the evidence, or the evidence when the sentence is unknown. */
  sentence: string;
}

/**
 * An event on an edge. An event reported by several articles has several reports (the build
 * merges them); `source`, `evidence`, `sentence`, `articleTitle` and `articleDate` are those of
 * its first report, by article.
 */
export interface InteractionEvent {
  iri: string;
  type: EventType;
  topic: string | null;
  /** The event's full ISO date (its own, else the first its reports give), or null. */
  date: string | null;
  source: string;
  evidence: string;
  sentence: string;
  articleTitle: string | null;
  articleDate: string | null;
  agent: string | null;
  target: string | null;
  reports: EventReport[];
}

export interface InteractionAttributes {
  type: InteractionType;
  /** Number of events merged into the edge. */
  weight: number;
  /** False for `met`: source and target are then just the pair in IRI order. */
  directed: boolean;
  events: InteractionEvent[];
}

export type ActorGraph = MultiDirectedGraph<ActorAttributes, InteractionAttributes>;

export interface ProjectOptions {
  /** Keep actors that take part in no event (default: only actors of at least one event). */
  allActors?: boolean;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Where each event was read. Events written as merged events carry their reports as
// nkg:EventMention nodes (nkg:hasMention); an event written on its own is its own report.
const REPORTS = `${sparqlPrefixes()}SELECT ?ev ?node ?evidence ?sentence ?source ?title ?adate ?rdate ?start WHERE {
  { ?ev nkg:hasMention ?node . ?node nkg:evidence ?evidence . OPTIONAL { ?node nkg:reportedDate ?rdate } }
  UNION
  { ?ev nkg:evidence ?evidence . BIND(?ev AS ?node) }
  OPTIONAL { ?node nkg:inSentence/nkg:text ?sentence }
  OPTIONAL { ?node nkg:start ?start }
  OPTIONAL {
    ?node prov:wasDerivedFrom ?a . ?a a nkg:Article .
    OPTIONAL { ?a dcterms:identifier ?source } OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?adate }
  }
} ORDER BY ?ev ?source ?start ?node ?sentence ?title ?adate ?rdate`;

// The events themselves, with the roles the build settled on. In a graph of merged events these
// are on the event node (its mentions carry nkg:reportedAgent …); in one written event by event,
// on each event. Either way: nkg:agent, nkg:target, nkg:participant on something typed as an event.
const INTERACTIONS = `${sparqlPrefixes()}SELECT ?ev ?type ?agent ?target ?topic ?date WHERE {
  VALUES ?type { nkg:Meeting nkg:Accusation nkg:Demand nkg:Warning nkg:Refusal nkg:Proposal }
  ?ev a ?type .
  OPTIONAL { ?ev nkg:agent ?agent }
  OPTIONAL { ?ev nkg:target ?target }
  OPTIONAL { ?ev nkg:topic ?topic }
  OPTIONAL { ?ev nkg:date ?date }
} ORDER BY ?ev ?type ?agent ?target ?topic ?date`;

const PARTICIPANTS = `${sparqlPrefixes()}SELECT DISTINCT ?ev ?p WHERE {
  VALUES ?type { nkg:Meeting nkg:Accusation nkg:Demand nkg:Warning nkg:Refusal nkg:Proposal }
  ?ev a ?type ; nkg:participant ?p .
} ORDER BY ?ev ?p`;

interface EventRow {
  iri: string;
  type: EventType;
  agent: string | null;
  target: string | null;
  participants: string[];
  topic: string | null;
  date: string | null;
}

function interactionRows(store: Store): EventRow[] {
  const participants = new Map<string, string[]>();
  for (const r of select(store, PARTICIPANTS).rows) participants.set(r.ev!, [...(participants.get(r.ev!) ?? []), r.p!]);
  const out: EventRow[] = [];
  const seen = new Set<string>();
  // Rows are ordered, so a malformed event with two values for one role keeps the same one.
  for (const r of select(store, INTERACTIONS).rows) {
    if (seen.has(r.ev!)) continue;
    seen.add(r.ev!);
    out.push({
      iri: r.ev!,
      type: r.type!.slice(r.type!.lastIndexOf('#') + 1) as EventType,
      agent: r.agent,
      target: r.target,
      participants: participants.get(r.ev!) ?? [],
      topic: r.topic,
      date: r.date !== null && ISO_DAY.test(r.date) ? r.date : null,
    });
  }
  return out;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function reportsByEvent(store: Store): Map<string, EventReport[]> {
  const out = new Map<string, EventReport[]>();
  const seen = new Set<string>();
  for (const r of select(store, REPORTS).rows) {
    // Rows are ordered: a malformed node with two values keeps the same one every time.
    const id = `${r.ev}\u0000${r.node}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = out.get(r.ev!) ?? [];
    list.push({
      source: r.source ?? '',
      articleTitle: r.title,
      articleDate: r.adate,
      date: r.rdate !== null && ISO_DAY.test(r.rdate) ? r.rdate : null,
      evidence: r.evidence ?? '',
      sentence: r.sentence ?? r.evidence ?? '',
    });
    out.set(r.ev!, list);
  }
  return out;
}

/** Deterministic edge key: the same graph gives the same keys. */
export function edgeKey(type: InteractionType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/**
 * Nodes are actors keyed by IRI (sorted); edges are one per (type, source, target), merging the
 * events of that interaction. `met` links every pair of a meeting's participants once, in IRI
 * order. Self-interactions and non-actor ends (places) give no edge.
 */
export function projectActors(store: Store, opts: ProjectOptions = {}): ActorGraph {
  const actors = listEntities(store).filter((e): e is typeof e & { type: ActorType } => ACTOR_TYPES.includes(e.type as ActorType));
  const byIri = new Map(actors.map((a) => [a.iri, a]));
  const events = interactionRows(store);
  const reports = reportsByEvent(store);

  // Actors of any event, statements included, so that someone who only spoke still appears.
  const involved = new Set<string>();
  const ROLES = `${sparqlPrefixes()}SELECT DISTINCT ?e WHERE {
    VALUES ?p { nkg:agent nkg:target nkg:participant nkg:reportedAgent nkg:reportedTarget nkg:reportedParticipant }
    ?ev ?p ?e .
  }`;
  for (const r of select(store, ROLES).rows) if (byIri.has(r.e!)) involved.add(r.e!);

  const graph: ActorGraph = new MultiDirectedGraph<ActorAttributes, InteractionAttributes>();
  for (const a of actors) {
    if (!opts.allActors && !involved.has(a.iri)) continue;
    graph.addNode(a.iri, { iri: a.iri, label: a.label, type: a.type, aliases: [...a.aliases] });
  }

  const edges = new Map<string, { source: string; target: string; attrs: InteractionAttributes }>();
  const add = (type: InteractionType, source: string, target: string, ev: InteractionEvent) => {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
    const key = edgeKey(type, source, target);
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { source, target, attrs: { type, weight: 0, directed: type !== 'met', events: [] } }));
    if (edge.attrs.events.some((x) => x.iri === ev.iri)) return;
    edge.attrs.events.push(ev);
    edge.attrs.weight = edge.attrs.events.length;
  };

  for (const e of events) {
    const type = INTERACTION_OF[e.type];
    if (!type) continue;
    const ev = toInteractionEvent(e, reports.get(e.iri) ?? []);
    if (type === 'met') {
      const people = [...new Set([e.agent, e.target, ...e.participants])]
        .filter((x): x is string => x !== null && graph.hasNode(x))
        .sort(cmp);
      for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) add(type, people[i], people[j], ev);
    } else if (e.agent && e.target) {
      add(type, e.agent, e.target, ev);
    }
  }

  const day = (e: InteractionEvent) => e.date ?? e.articleDate ?? '';
  for (const key of [...edges.keys()].sort(cmp)) {
    const { source, target, attrs } = edges.get(key)!;
    attrs.events.sort((a, b) => cmp(day(a), day(b)) || cmp(a.source, b.source) || cmp(a.iri, b.iri));
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  return graph;
}

function toInteractionEvent(e: EventRow, reports: EventReport[]): InteractionEvent {
  // An event with no report in the graph still shows up, with what the event itself says.
  const first: EventReport = reports[0] ?? { source: '', articleTitle: null, articleDate: null, date: null, evidence: '', sentence: '' };
  return {
    iri: e.iri,
    type: e.type,
    topic: e.topic,
    date: e.date ?? reports.find((r) => r.date)?.date ?? null,
    source: first.source,
    evidence: first.evidence,
    sentence: first.sentence,
    articleTitle: first.articleTitle,
    articleDate: first.articleDate,
    agent: e.agent,
    target: e.target,
    reports,
  };
}

/** Every event of an actor's edges, once each, in date then article order. */
export function actorEvents(graph: ActorGraph, node: string): Array<{ edge: string; counterpart: string; event: InteractionEvent; interaction: InteractionType }> {
  const out: Array<{ edge: string; counterpart: string; event: InteractionEvent; interaction: InteractionType }> = [];
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    const counterpart = source === node ? target : source;
    for (const event of attrs.events) out.push({ edge, counterpart, event, interaction: attrs.type });
  });
  return out.sort(
    (a, b) => cmp(a.event.date ?? a.event.articleDate ?? '', b.event.date ?? b.event.articleDate ?? '') || cmp(a.event.source, b.event.source) || cmp(a.event.iri, b.event.iri) || cmp(a.counterpart, b.counterpart),
  );
}
