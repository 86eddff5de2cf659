// `newskg why`: which mentions an event was merged from, and by which rule.
import type { Store } from 'oxigraph';
import type { EventType } from '../types.js';
import { sparqlPrefixes } from '../graph/vocab.js';
import type { EntityRef } from './events.js';
import { iriValues, select } from './sparql.js';

export interface EventMentionRecord {
  /** The nkg:EventMention. */
  iri: string;
  /** Article id (dcterms:identifier). */
  article: string;
  evidence: string;
  span: [number, number];
  trigger: string;
  /** Index of the sentence holding the evidence, or null. */
  sentence: number | null;
}

export interface EventExplanation {
  event: string;
  type: EventType;
  agent: EntityRef | null;
  target: EntityRef | null;
  participants: EntityRef[];
  place: EntityRef | null;
  topic: string | null;
  quote: string | null;
  date: string | null;
  /** Rule name: `single`, `meeting-participants`, `agent-target-topic`, `statement-quote`. */
  rule: string;
  /** The whole nkg:mergeRule text: the rule, then what the mentions share. */
  explanation: string;
  /** Distinct articles among the mentions. */
  sources: number;
  /** Sorted by article, then span. */
  mentions: EventMentionRecord[];
}

const P = sparqlPrefixes();
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const EVENTS = `${P}SELECT DISTINCT ?ev ?m WHERE { ?ev nkg:hasMention ?m }`;

/**
 * Event IRIs meant by `text`: an event IRI, an event mention IRI (its event), or the end of
 * either ("meeting-e8eff561f004", "e8eff561f004"). An exact IRI wins over suffixes; sorted.
 */
export function findEvents(store: Store, text: string): string[] {
  const t = text.trim();
  if (t === '') return [];
  const exact = new Set<string>();
  const suffix = new Set<string>();
  for (const r of select(store, EVENTS).rows) {
    const ev = r.ev!;
    const m = r.m!;
    if (ev === t || m === t) exact.add(ev);
    else if (ev.endsWith(t) || m.endsWith(t)) suffix.add(ev);
  }
  return [...(exact.size ? exact : suffix)].sort(cmp);
}

/** The event, its merge rule and every mention it was merged from; null when `event` is not an event. */
export function explainEvent(store: Store, event: string): EventExplanation | null {
  const values = iriValues('ev', [event]);
  const head = select(
    store,
    `${P}SELECT ?type ?agent ?agentLabel ?target ?targetLabel ?place ?placeLabel ?topic ?quote ?date ?rule WHERE {
      ${values}
      VALUES ?type { nkg:Meeting nkg:Accusation nkg:Statement nkg:Demand nkg:Warning nkg:Refusal nkg:Proposal }
      ?ev a ?type .
      OPTIONAL { ?ev nkg:agent ?agent . OPTIONAL { ?agent rdfs:label ?agentLabel } }
      OPTIONAL { ?ev nkg:target ?target . OPTIONAL { ?target rdfs:label ?targetLabel } }
      OPTIONAL { ?ev nkg:place ?place . OPTIONAL { ?place rdfs:label ?placeLabel } }
      OPTIONAL { ?ev nkg:topic ?topic }
      OPTIONAL { ?ev nkg:quote ?quote }
      OPTIONAL { ?ev nkg:date ?date }
      OPTIONAL { ?ev nkg:mergeRule ?rule }
    } ORDER BY ?type ?agent ?target ?place ?topic ?quote ?date ?rule LIMIT 1`,
  ).rows[0];
  if (!head) return null;
  const participants = select(
    store,
    `${P}SELECT DISTINCT ?p ?label WHERE { ${values} ?ev nkg:participant ?p . OPTIONAL { ?p rdfs:label ?label } }`,
  ).rows.map((r) => ({ iri: r.p!, label: r.label ?? r.p! }));
  const mentions = select(
    store,
    `${P}SELECT ?m (SAMPLE(?id) AS ?article) (SAMPLE(?evidence) AS ?text) (SAMPLE(?s) AS ?start) (SAMPLE(?e) AS ?end)
             (SAMPLE(?trigger) AS ?word) (SAMPLE(?index) AS ?sentence) WHERE {
      ${values}
      ?ev nkg:hasMention ?m .
      OPTIONAL { ?m prov:wasDerivedFrom/dcterms:identifier ?id }
      OPTIONAL { ?m nkg:evidence ?evidence }
      OPTIONAL { ?m nkg:start ?s }
      OPTIONAL { ?m nkg:end ?e }
      OPTIONAL { ?m nkg:trigger ?trigger }
      OPTIONAL { ?m nkg:inSentence/nkg:index ?index }
    } GROUP BY ?m`,
  ).rows.map(
    (r): EventMentionRecord => ({
      iri: r.m!,
      article: r.article ?? '',
      evidence: r.text ?? '',
      span: [Number(r.start ?? 0), Number(r.end ?? 0)],
      trigger: r.word ?? '',
      sentence: r.sentence === null ? null : Number(r.sentence),
    }),
  );
  mentions.sort((a, b) => cmp(a.article, b.article) || a.span[0] - b.span[0] || a.span[1] - b.span[1] || cmp(a.iri, b.iri));
  const ref = (iri: string | null, label: string | null) => (iri === null ? null : { iri, label: label ?? iri });
  const explanation = head.rule ?? '';
  return {
    event,
    type: head.type!.slice(head.type!.lastIndexOf('#') + 1) as EventType,
    agent: ref(head.agent, head.agentLabel),
    target: ref(head.target, head.targetLabel),
    participants: participants.sort((a, b) => cmp(a.label, b.label) || cmp(a.iri, b.iri)),
    place: ref(head.place, head.placeLabel),
    topic: head.topic,
    quote: head.quote,
    date: head.date,
    rule: explanation.split(':', 1)[0].trim(),
    explanation,
    sources: new Set(mentions.map((m) => m.article)).size,
    mentions,
  };
}
