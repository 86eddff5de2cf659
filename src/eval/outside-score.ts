// The outside scorer's counting (`../shared/score/score.mjs`): per article, greedy first-match
// alignment in gold order; totals summed over articles; the same report object it writes with
// `--json`, keys in the same order, so that the two can be compared field for field.
import type { EntityRecord } from '../query/entities.js';
import type { EventRecord } from '../query/events.js';
import {
  intersects, namesOfGold, namesOfSys, overlap, rolesMatch, sameplace, type OutsideGold, type RefContext,
} from './outside-match.js';

/** What the system says about one article: `newskg entities|events --format json`. */
export interface SystemOutput {
  entities: EntityRecord[];
  /** `status` is read where the contract has it: a negated act is not scored. */
  events: Array<EventRecord & { status?: string }>;
}

export interface Prf {
  tp: number;
  sys: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

/** Counts [tp, sys, gold]. */
type Counts = [number, number, number];

export interface DocReport {
  doc: string;
  entities: Prf;
  events: { sys: number; gold: number; tp: number };
  missed: string[];
  spurious: string[];
  missedEntities: string[];
  spuriousEntities: string[];
}

export interface OutsideReport {
  docs: number;
  failures: string[];
  entities: Prf;
  entitiesTyped: Prf;
  /** By event type, in the order types were first met (gold first, then system, article by article). */
  events: Record<string, Prf>;
  allEvents: Prf;
  /** Share of matched non-Meeting, non-Statement events with a gold topic whose topic agrees; null when none. */
  topicAgreement: number | null;
  perDoc: DocReport[];
}

// Rounded as the scorer rounds: F1 from the unrounded P and R.
export function prf(tp: number, nsys: number, ngold: number): Prf {
  const p = nsys ? tp / nsys : 0;
  const r = ngold ? tp / ngold : 0;
  return { tp, sys: nsys, gold: ngold, p: +p.toFixed(3), r: +r.toFixed(3), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3) };
}

/** Running totals over the articles scored so far. */
export interface OutsideTotals {
  entities: Counts;
  entitiesTyped: Counts;
  events: Map<string, Counts>;
  topics: [number, number];
}

export function emptyTotals(): OutsideTotals {
  return { entities: [0, 0, 0], entitiesTyped: [0, 0, 0], events: new Map(), topics: [0, 0] };
}

/** Events the gold can hold: a negated act ("n'a pas rencontré") is reported but not asserted. */
export function assertedEvents(events: SystemOutput['events']): SystemOutput['events'] {
  return events.filter((e) => e.status !== 'negated');
}

const countsOf = (totals: OutsideTotals, type: string): Counts => {
  let c = totals.events.get(type);
  if (!c) totals.events.set(type, (c = [0, 0, 0]));
  return c;
};

/**
 * Scores one article into `totals` and returns its line of the report. `events` must already be
 * the asserted ones; `text` is the article file's raw text (the scorer does not clean it).
 */
export function scoreArticle(gold: OutsideGold, sys: SystemOutput, rawText: string, totals: OutsideTotals): DocReport {
  const { entities: ents, events: evs } = sys;
  const text = rawText.replace(/\s+/g, ' ');
  const ctx: RefContext = { goldById: new Map(gold.entities.map((e) => [e.id, e])), sysByIri: new Map(ents.map((e) => [e.iri, e])) };

  // entities: greedy one-to-one in gold order, untyped and typed
  const used = new Set<string>();
  let tp = 0;
  let tpTyped = 0;
  for (const g of gold.entities) {
    const gn = namesOfGold(g);
    const s = ents.find((x) => !used.has(x.iri) && intersects(gn, namesOfSys(x)));
    if (s) {
      used.add(s.iri);
      tp++;
      if (s.type === g.type) tpTyped++;
    }
  }
  add(totals.entities, tp, ents.length, gold.entities.length);
  add(totals.entitiesTyped, tpTyped, ents.length, gold.entities.length);

  // events: each gold event takes the first unused system event of its type stated at the same place with matching roles
  const usedEv = new Set<number>();
  const missed: string[] = [];
  for (const ge of gold.events) {
    const t = countsOf(totals, ge.type);
    t[2]++;
    const hit = evs.findIndex((se, i) => !usedEv.has(i) && se.type === ge.type && sameplace(ge.evidence, se.evidence, text) && rolesMatch(ge, se, ctx));
    if (hit >= 0) {
      usedEv.add(hit);
      t[0]++;
      if (ge.type !== 'Meeting' && ge.type !== 'Statement' && ge.topic) {
        totals.topics[1]++;
        if (overlap(ge.topic, evs[hit].topic) >= 0.3) totals.topics[0]++;
      }
    } else missed.push(`${ge.type} ${ge.agent}->${ge.target ?? '-'}: ${ge.evidence?.slice(0, 80)}`);
  }
  for (const se of evs) countsOf(totals, se.type)[1]++;

  const spurious = evs
    .filter((_, i) => !usedEv.has(i))
    .map((se) => `${se.type} ${se.agent?.label ?? '-'}->${se.target?.label ?? '-'}: ${se.evidence?.slice(0, 80)}`);
  const goldNames = gold.entities.map(namesOfGold);
  const missedEntities = gold.entities
    .filter((g) => !ents.some((x) => intersects(namesOfGold(g), namesOfSys(x))))
    .map((g) => `${g.type} ${g.name}`);
  const spuriousEntities = ents.filter((x) => !goldNames.some((gn) => intersects(gn, namesOfSys(x)))).map((x) => `${x.type} ${x.label}`);
  return {
    doc: gold.doc,
    entities: prf(tp, ents.length, gold.entities.length),
    events: { sys: evs.length, gold: gold.events.length, tp: usedEv.size },
    missed,
    spurious,
    missedEntities,
    spuriousEntities,
  };
}

function add(c: Counts, tp: number, sys: number, gold: number): void {
  c[0] += tp;
  c[1] += sys;
  c[2] += gold;
}

/** The report of `docs` gold files (failed and missing ones included in the count). */
export function outsideReport(docs: number, totals: OutsideTotals, failures: string[], perDoc: DocReport[]): OutsideReport {
  const events = Object.fromEntries([...totals.events].map(([k, [a, b, c]]) => [k, prf(a, b, c)]));
  const all = [...totals.events.values()].reduce<Counts>((a, [x, y, z]) => [a[0] + x, a[1] + y, a[2] + z], [0, 0, 0]);
  return {
    docs,
    failures,
    entities: prf(...totals.entities),
    entitiesTyped: prf(...totals.entitiesTyped),
    events,
    allEvents: prf(...all),
    topicAgreement: totals.topics[1] ? +(totals.topics[0] / totals.topics[1]).toFixed(3) : null,
    perDoc,
  };
}
