// Public JSON contract for events (documented in docs/rdf-model.md, "Query contract").
import type { Store } from 'oxigraph';
import type { EventStatus, EventType } from '../types.js';
import { sparqlPrefixes } from '../graph/vocab.js';
import { select, type Row } from './sparql.js';

export interface EntityRef {
  iri: string;
  label: string;
}

/**
 * One row per event mention: one article's report of an event, with the values that article gives
 * (agent, target, participants, topic, place, date) and where it says so (source, evidence, span).
 */
export interface EventRecord {
  /** The event mention (`…/article/{id}/e{start}-{end}-{type}`): the node carrying exactly these values. */
  iri: string;
  type: EventType;
  agent: EntityRef | null;
  target: EntityRef | null;
  participants: EntityRef[];
  topic: string | null;
  place: EntityRef | null;
  /** Full ISO day only; a month- or year-only date is reported as null. */
  date: string | null;
  /** dcterms:identifier of the article the event was derived from. */
  source: string;
  evidence: string;
  span: [number, number];
  /** The merged event this mention reports (`…/event/{type}-{hash}`), shared by every source of it. */
  event: string;
  /** Number of distinct articles reporting `event` (this one included). */
  sources: number;
  /** Added with the clause layer: whether this article states the act as done, to come, or denies it. */
  status: EventStatus;
}

const P = sparqlPrefixes();
const EVENT_TYPES: EventType[] = ['Meeting', 'Accusation', 'Statement', 'Demand', 'Warning', 'Refusal', 'Proposal'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Type from the merged event; every other value from the mention, as its article reports it.
const EVENTS = `${P}SELECT ?m ?ev ?type ?agent ?agentLabel ?target ?targetLabel ?place ?placeLabel
       ?topic ?date ?source ?evidence ?start ?end ?status
WHERE {
  VALUES ?type { ${EVENT_TYPES.map((t) => `nkg:${t}`).join(' ')} }
  ?m a nkg:EventMention ; nkg:mentionOfEvent ?ev .
  ?ev a ?type .
  OPTIONAL { ?m nkg:reportedAgent ?agent . OPTIONAL { ?agent rdfs:label ?agentLabel } }
  OPTIONAL { ?m nkg:reportedTarget ?target . OPTIONAL { ?target rdfs:label ?targetLabel } }
  OPTIONAL { ?m nkg:reportedPlace ?place . OPTIONAL { ?place rdfs:label ?placeLabel } }
  OPTIONAL { ?m nkg:reportedTopic ?topic }
  OPTIONAL { ?m nkg:reportedDate ?date }
  OPTIONAL { ?m prov:wasDerivedFrom/dcterms:identifier ?source }
  OPTIONAL { ?m nkg:evidence ?evidence }
  OPTIONAL { ?m nkg:start ?start }
  OPTIONAL { ?m nkg:end ?end }
  OPTIONAL { ?m nkg:reportedStatus ?status }
}
ORDER BY ?m ?ev ?type ?agent ?target ?place ?topic ?date ?source`;

const PARTICIPANTS = `${P}SELECT DISTINCT ?m ?p ?label WHERE {
  ?m a nkg:EventMention ; nkg:reportedParticipant ?p . OPTIONAL { ?p rdfs:label ?label }
}`;

const SOURCES = `${P}SELECT ?ev (COUNT(DISTINCT ?a) AS ?n) WHERE { ?ev nkg:hasMention/prov:wasDerivedFrom ?a } GROUP BY ?ev`;

function ref(iri: string | null, label: string | null): EntityRef | null {
  return iri === null ? null : { iri, label: label ?? iri };
}

/** Every event mention, sorted by source article, then span, then type and IRI. */
export function listEvents(store: Store): EventRecord[] {
  const participants = new Map<string, EntityRef[]>();
  for (const r of select(store, PARTICIPANTS).rows) {
    const list = participants.get(r.m!) ?? [];
    if (!list.some((p) => p.iri === r.p)) list.push(ref(r.p, r.label)!);
    participants.set(r.m!, list);
  }
  const sources = new Map<string, number>();
  for (const r of select(store, SOURCES).rows) sources.set(r.ev!, Number(r.n));
  const seen = new Set<string>();
  const events: EventRecord[] = [];
  // Rows are ordered, so a malformed mention with two values for a single-valued property keeps
  // the same one every time.
  for (const r of select(store, EVENTS).rows) {
    if (seen.has(r.m!)) continue;
    seen.add(r.m!);
    events.push(toRecord(r, participants.get(r.m!) ?? [], sources.get(r.ev!) ?? 1));
  }
  return events.sort(
    (a, b) => cmp(a.source, b.source) || a.span[0] - b.span[0] || a.span[1] - b.span[1] || cmp(a.type, b.type) || cmp(a.iri, b.iri),
  );
}

function toRecord(r: Row, participants: EntityRef[], sources: number): EventRecord {
  return {
    iri: r.m!,
    type: r.type!.slice(r.type!.lastIndexOf('#') + 1) as EventType,
    agent: ref(r.agent, r.agentLabel),
    target: ref(r.target, r.targetLabel),
    participants: participants.sort((a, b) => cmp(a.label, b.label) || cmp(a.iri, b.iri)),
    topic: r.topic,
    place: ref(r.place, r.placeLabel),
    date: r.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : null,
    source: r.source ?? '',
    evidence: r.evidence ?? '',
    span: [Number(r.start ?? 0), Number(r.end ?? 0)],
    event: r.ev!,
    sources,
    // Graphs built before statuses existed state none: their events were all read as asserted.
    status: r.status ? (r.status.slice(r.status.lastIndexOf('#') + 1).toLowerCase() as EventStatus) : 'asserted',
  };
}
