// Public JSON contract for events (documented in docs/rdf-model.md, "Query contract").
import type { Store } from 'oxigraph';
import type { EventType } from '../types.js';
import { sparqlPrefixes } from '../graph/vocab.js';
import { select, type Row } from './sparql.js';

export interface EntityRef {
  iri: string;
  label: string;
}

export interface EventRecord {
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
}

const P = sparqlPrefixes();
const EVENT_TYPES: EventType[] = ['Meeting', 'Accusation', 'Statement', 'Demand', 'Warning', 'Refusal', 'Proposal'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const EVENTS = `${P}SELECT ?ev ?type ?agent ?agentLabel ?target ?targetLabel ?place ?placeLabel
       ?topic ?date ?source ?evidence ?start ?end
WHERE {
  VALUES ?type { ${EVENT_TYPES.map((t) => `nkg:${t}`).join(' ')} }
  ?ev a ?type .
  OPTIONAL { ?ev nkg:agent ?agent . OPTIONAL { ?agent rdfs:label ?agentLabel } }
  OPTIONAL { ?ev nkg:target ?target . OPTIONAL { ?target rdfs:label ?targetLabel } }
  OPTIONAL { ?ev nkg:place ?place . OPTIONAL { ?place rdfs:label ?placeLabel } }
  OPTIONAL { ?ev nkg:topic ?topic }
  OPTIONAL { ?ev nkg:date ?date }
  OPTIONAL { ?ev prov:wasDerivedFrom/dcterms:identifier ?source }
  OPTIONAL { ?ev nkg:evidence ?evidence }
  OPTIONAL { ?ev nkg:start ?start }
  OPTIONAL { ?ev nkg:end ?end }
}
ORDER BY ?ev ?type ?agent ?target ?place ?topic ?date ?source`;

const PARTICIPANTS = `${P}SELECT DISTINCT ?ev ?p ?label WHERE {
  ?ev nkg:participant ?p . OPTIONAL { ?p rdfs:label ?label }
}`;

function ref(iri: string | null, label: string | null): EntityRef | null {
  return iri === null ? null : { iri, label: label ?? iri };
}

/** Every event, sorted by source article, then span, then type and IRI. */
export function listEvents(store: Store): EventRecord[] {
  const participants = new Map<string, EntityRef[]>();
  for (const r of select(store, PARTICIPANTS).rows) {
    const list = participants.get(r.ev!) ?? [];
    if (!list.some((p) => p.iri === r.p)) list.push(ref(r.p, r.label)!);
    participants.set(r.ev!, list);
  }
  const seen = new Set<string>();
  const events: EventRecord[] = [];
  // Rows are ordered, so a malformed event with two values for a single-valued property keeps the
  // same one every time.
  for (const r of select(store, EVENTS).rows) {
    if (seen.has(r.ev!)) continue;
    seen.add(r.ev!);
    events.push(toRecord(r, participants.get(r.ev!) ?? []));
  }
  return events.sort(
    (a, b) => cmp(a.source, b.source) || a.span[0] - b.span[0] || a.span[1] - b.span[1] || cmp(a.type, b.type) || cmp(a.iri, b.iri),
  );
}

function toRecord(r: Row, participants: EntityRef[]): EventRecord {
  return {
    iri: r.ev!,
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
  };
}
