// The listings (entities, events, why) as tables: the rows a person reads in a terminal and a
// spreadsheet reads as CSV. The JSON contract is the records themselves, not these tables.
import type { EntityRecord } from './entities.js';
import type { EntityRef, EventRecord } from './events.js';
import type { Table } from './sparql.js';
import type { EventExplanation } from './why.js';

/** Several values in one cell (aliases, participants). */
const LIST = ' | ';
const labels = (refs: EntityRef[]) => refs.map((r) => r.label).join(LIST);

/** Entities, one row each: for a person, type, label, mentions, aliases; as CSV, the IRI too. */
export function entitiesTable(rows: EntityRecord[], forCsv = false): Table {
  return {
    columns: forCsv ? ['iri', 'type', 'label', 'mentions', 'aliases'] : ['type', 'label', 'mentions', 'aliases'],
    rows: rows.map((e) => ({ iri: e.iri, type: e.type, label: e.label, mentions: String(e.mentions), aliases: e.aliases.join(LIST) })),
  };
}

/**
 * Event mentions, one row each. A person reads who did what to whom, when, and in which article;
 * CSV carries every field of the JSON contract (entity IRIs beside their labels, the span as start
 * and end).
 */
export function eventsTable(rows: EventRecord[], forCsv = false): Table {
  if (!forCsv) {
    return {
      columns: ['type', 'who', 'topic', 'date', 'status', 'source', 'sources'],
      rows: rows.map((e) => ({
        type: e.type,
        who: e.type === 'Meeting' && !e.target ? labels([e.agent, ...e.participants].filter((r): r is EntityRef => r !== null)) || '?' : `${e.agent?.label ?? '?'}${e.target ? ` → ${e.target.label}` : ''}`,
        topic: e.topic,
        date: e.date,
        status: e.status,
        source: e.source,
        sources: String(e.sources),
      })),
    };
  }
  return {
    columns: ['iri', 'type', 'agent', 'agent_iri', 'target', 'target_iri', 'participants', 'participant_iris', 'topic', 'place', 'place_iri', 'date', 'status', 'source', 'start', 'end', 'evidence', 'event', 'sources'],
    rows: rows.map((e) => ({
      iri: e.iri,
      type: e.type,
      agent: e.agent?.label ?? null,
      agent_iri: e.agent?.iri ?? null,
      target: e.target?.label ?? null,
      target_iri: e.target?.iri ?? null,
      participants: labels(e.participants),
      participant_iris: e.participants.map((p) => p.iri).join(LIST),
      topic: e.topic,
      place: e.place?.label ?? null,
      place_iri: e.place?.iri ?? null,
      date: e.date,
      status: e.status,
      source: e.source,
      start: String(e.span[0]),
      end: String(e.span[1]),
      evidence: e.evidence,
      event: e.event,
      sources: String(e.sources),
    })),
  };
}

/** `why` as CSV: one row per merged mention, the event's values repeated on each. */
export function explanationTable(x: EventExplanation): Table {
  return {
    columns: ['event', 'type', 'agent', 'target', 'participants', 'place', 'date', 'topic', 'quote', 'rule', 'sources', 'mention', 'article', 'sentence', 'start', 'end', 'trigger', 'evidence'],
    rows: x.mentions.map((m) => ({
      event: x.event,
      type: x.type,
      agent: x.agent?.label ?? null,
      target: x.target?.label ?? null,
      participants: labels(x.participants),
      place: x.place?.label ?? null,
      date: x.date,
      topic: x.topic,
      quote: x.quote,
      rule: x.rule,
      sources: String(x.sources),
      mention: m.iri,
      article: m.article,
      sentence: m.sentence === null ? null : String(m.sentence),
      start: String(m.span[0]),
      end: String(m.span[1]),
      trigger: m.trigger,
      evidence: m.evidence,
    })),
  };
}
