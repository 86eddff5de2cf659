import { describe, expect, it } from 'vitest';
import { evaluate, type GoldDoc, type PredEntity, type PredEvent } from '../../src/eval/index.js';
import { describeWithGold, goldToPredictions, iri } from './shared.js';

const byDoc = (gold: GoldDoc[], prefix: string): GoldDoc => gold.find((d) => d.doc.startsWith(prefix))!;

function predEvent(doc: string, type: PredEvent['type'], agent: string | null, target: string | null, evidence: string): PredEvent {
  const ref = (label: string | null) => (label === null ? null : { iri: `urn:test:${label}`, label });
  return {
    iri: `urn:ev:${evidence}`,
    type,
    agent: ref(agent),
    target: ref(target),
    participants: [],
    topic: null,
    place: null,
    date: null,
    source: doc,
    evidence,
    span: [0, 0],
  };
}

describeWithGold('evaluate on the shared gold', (loadGold) => {
  it('scores the gold itself as perfect', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    const r = evaluate(gold, p.entities, p.events);
    const tables = [r.entities, r.events.strict, r.events.relaxed];
    for (const t of tables) {
      expect(t.all.gold).toBeGreaterThan(0);
      expect([t.all.precision, t.all.recall, t.all.f1]).toEqual([1, 1, 1]);
      for (const s of Object.values(t.byType)) {
        if (s.gold > 0) expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
        else expect(s.pred).toBe(0);
      }
    }
    expect(r.events.strict.all.gold).toBe(gold.reduce((n, d) => n + d.events.length, 0));
    expect(r.events.topic).toEqual({ pairs: r.events.strict.all.gold, meanOverlap: 1 });
    expect(r.ignoredArticles).toEqual([]);
  });

  it('removing one accusation lowers accusation recall by exactly 1/n and nothing else', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    const n = gold.flatMap((d) => d.events).filter((e) => e.type === 'Accusation').length;
    expect(n).toBeGreaterThan(1);
    const removed = p.events.findIndex((e) => e.type === 'Accusation');
    const r = evaluate(gold, p.entities, p.events.filter((_, i) => i !== removed));
    const acc = r.events.strict.byType.Accusation;
    expect(acc.tp).toBe(n - 1);
    expect(acc.recall).toBeCloseTo(1 - 1 / n, 12);
    expect(acc.precision).toBe(1);
    expect(r.events.strict.byType.Statement.recall).toBe(1);
  });

  it('a spurious event lowers precision, even an exact duplicate of a gold event', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    const statements = p.events.filter((e) => e.type === 'Statement');
    const dup = { ...statements[0], iri: 'urn:dup' };
    const r = evaluate(gold, p.entities, [...p.events, dup]);
    const st = r.events.strict.byType.Statement;
    expect(st.precision).toBeCloseTo(statements.length / (statements.length + 1), 12);
    expect(st.recall).toBe(1);
    expect(r.events.strict.all.precision).toBeLessThan(1);
  });

  it('matches an agent given by a variant alias, and not by another person’s name', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    const accusationsBy = (doc: string) => p.events.filter((e) => e.source === doc && e.type === 'Accusation' && e.agent?.iri === iri('lavrov'));
    const d001 = byDoc(gold, '001_').doc;
    const d002 = byDoc(gold, '002_').doc;
    const baseline = evaluate(gold, p.entities, p.events).events.strict.byType.Accusation.tp;

    // No entity with that iri in the article: the label alone must carry the match.
    for (const e of accusationsBy(d001)) e.agent = { iri: 'urn:elsewhere:1', label: 'Sergey Lavrov' };
    for (const e of accusationsBy(d002)) e.agent = { iri: 'urn:elsewhere:2', label: 'M. Lavrov' };
    expect(evaluate(gold, p.entities, p.events).events.strict.byType.Accusation.tp).toBe(baseline);

    const wrong = goldToPredictions(gold);
    const hits = wrong.events.filter((e) => e.source === d001 && e.type === 'Accusation');
    for (const e of hits) e.agent = { iri: 'urn:elsewhere:3', label: 'Antony Blinken' };
    expect(evaluate(gold, wrong.entities, wrong.events).events.strict.byType.Accusation.tp).toBe(baseline - hits.length);
  });

  it('resolves an agent through the article’s predicted entity (surfaces and type)', () => {
    const gold = loadGold();
    const d001 = byDoc(gold, '001_').doc;
    const withLavrov = (entity: Partial<PredEntity>) => {
      const p = goldToPredictions(gold);
      const ents = p.entities.get(d001)!.filter((e) => e.iri !== iri('lavrov'));
      ents.push({ iri: 'urn:pred:lavrov', type: 'Person', label: 'Lavrov S.', aliases: [], surfaces: [], ...entity });
      p.entities.set(d001, ents);
      for (const e of p.events) if (e.source === d001 && e.agent?.iri === iri('lavrov')) e.agent = { iri: 'urn:pred:lavrov', label: 'Lavrov S.' };
      return evaluate(gold, p.entities, p.events).events.strict.all.tp;
    };
    const all = gold.reduce((n, d) => n + d.events.length, 0);
    const lavrovEvents = byDoc(gold, '001_').events.filter((e) => e.agent === 'lavrov').length;
    expect(withLavrov({ surfaces: ['Sergey Lavrov', 'il'] })).toBe(all);
    expect(withLavrov({ surfaces: [] })).toBe(all - lavrovEvents);
    expect(withLavrov({ type: 'Organization', surfaces: ['Sergey Lavrov'] })).toBe(all - lavrovEvents);
  });

  it('a wrong target fails strict matching but passes relaxed, and details say so', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    const doc = byDoc(gold, '000_').doc;
    const demand = p.events.find((e) => e.source === doc && e.type === 'Demand' && e.target?.iri === iri('russia'))!;
    demand.target = { iri: iri('ukraine'), label: 'Ukraine' };
    const r = evaluate(gold, p.entities, p.events, { details: true });
    const n = r.events.strict.byType.Demand.gold;
    expect(r.events.strict.byType.Demand.tp).toBe(n - 1);
    expect(r.events.relaxed.byType.Demand.tp).toBe(n);
    const d = r.details!.find((a) => a.article === doc)!;
    expect(d.missedEvents).toEqual([expect.objectContaining({ type: 'Demand', agent: 'Antony Blinken', target: 'Russie', relaxedMatch: true })]);
    expect(d.spuriousEvents).toEqual([expect.objectContaining({ type: 'Demand', target: 'Ukraine', relaxedMatch: true })]);
    expect(d.missedEvents[0].evidence).toHaveLength(80);
  });

  it('a null gold target is only matched by a null predicted target', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    const warning = p.events.find((e) => e.type === 'Warning' && e.target === null)!;
    warning.target = { iri: iri('nato'), label: 'OTAN' };
    const r = evaluate(gold, p.entities, p.events);
    expect(r.events.strict.byType.Warning.tp).toBe(r.events.strict.byType.Warning.gold - 1);
    expect(r.events.relaxed.byType.Warning.recall).toBe(1);
  });

  it('ignores articles without gold and counts gold articles without predictions as misses', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    const dropped = byDoc(gold, '003_');
    p.entities.set('999_unknown.txt', [{ iri: 'urn:x', type: 'Person', label: 'X', aliases: [], surfaces: [] }]);
    p.entities.delete(dropped.doc);
    const events = [...p.events.filter((e) => e.source !== dropped.doc), predEvent('998_other.txt', 'Statement', 'X', null, 'x')];
    const r = evaluate(gold, p.entities, events);
    expect(r.ignoredArticles).toEqual(['998_other.txt', '999_unknown.txt']);
    expect(r.events.strict.all.precision).toBe(1);
    expect(r.events.strict.all.gold - r.events.strict.all.tp).toBe(dropped.events.length);
    expect(r.entities.all.gold - r.entities.all.tp).toBe(dropped.entities.length);
  });

  it('entities: a wrong type misses, a variant surface still matches', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    const doc = byDoc(gold, '003_').doc;
    const ents = p.entities.get(doc)!;
    const nato = ents.find((e) => e.iri === iri('nato'))!;
    Object.assign(nato, { label: 'Organisation', surfaces: ['l’OTAN'] });
    expect(evaluate(gold, p.entities, p.events).entities.all.recall).toBe(1);
    const geneve = ents.find((e) => e.iri === iri('geneve'))!;
    geneve.type = 'Country';
    const r = evaluate(gold, p.entities, p.events);
    expect(r.entities.byType.Place.tp).toBe(r.entities.byType.Place.gold - 1);
    expect(r.entities.byType.Country.precision).toBeLessThan(1);
  });

  it('produces a JSON-serializable report', () => {
    const gold = loadGold();
    const p = goldToPredictions(gold);
    p.events.pop();
    const r = evaluate(gold, p.entities, p.events, { details: true });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.details).toHaveLength(gold.length);
    expect(evaluate(gold, p.entities, p.events)).not.toHaveProperty('details');
  });
});

describe('evaluate on hand-built gold', () => {
  const doc: GoldDoc = {
    doc: 'a.txt',
    date: null,
    file: 'a.gold.json',
    entities: [
      { id: 'lavrov', type: 'Person', name: 'Sergueï Lavrov', aliases: ['M. Lavrov'] },
      { id: 'nato', type: 'Organization', name: 'OTAN', aliases: ['l’Alliance'] },
    ],
    events: [
      { type: 'Accusation', agent: 'lavrov', target: 'nato', participants: [], place: null, topic: 'ignorer les intérêts russes', evidence: 'a accusé l’OTAN d’ignorer les intérêts russes' },
      { type: 'Accusation', agent: 'lavrov', target: 'nato', participants: [], place: null, topic: 'fournir un soutien militaire', evidence: 'a accusé l’OTAN d’ignorer les intérêts russes' },
    ],
  };

  it('pairs same-evidence events by topic and averages topic overlap over matches', () => {
    const preds = [
      { ...predEvent('a.txt', 'Accusation', 'Lavrov', "l'OTAN", "a accusé l'OTAN d'ignorer les intérêts russes"), topic: 'fournir un soutien militaire' },
      { ...predEvent('a.txt', 'Accusation', 'Lavrov', 'Alliance', "a accusé l'OTAN"), topic: 'intérêts russes' },
    ];
    const r = evaluate([doc], new Map(), preds);
    expect(r.events.strict.byType.Accusation.tp).toBe(2);
    // Pred 0's evidence fits both golds equally, so its topic decides (gold 1, exact); pred 1 is left with gold 0 (2 of 3 tokens).
    expect(r.events.topic.meanOverlap).toBeCloseTo((1 + 2 / 3) / 2, 12);
  });

  it('entity normalization applies inside evaluate (’ vs \', elision, non-breaking space)', () => {
    const ents: PredEntity[] = [
      { iri: 'p:1', type: 'Organization', label: "L'Alliance", aliases: [], surfaces: [] },
      { iri: 'p:2', type: 'Person', label: 'Sergueï\u00a0Lavrov', aliases: [], surfaces: [] },
    ];
    const r = evaluate([doc], new Map([['a.txt', ents]]), []);
    expect(r.entities.all).toMatchObject({ tp: 2, precision: 1, recall: 1 });
    expect(r.events.strict.all).toMatchObject({ gold: 2, pred: 0, tp: 0, precision: null, recall: 0, f1: 0 });
  });
});
