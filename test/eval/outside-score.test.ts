import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOutsideTable, summaryLine } from '../../src/eval/outside-format.js';
import { runOutsideEval } from '../../src/eval/outside-run.js';
import { emptyTotals, prf, scoreArticle, type SystemOutput } from '../../src/eval/outside-score.js';
import type { OutsideGold } from '../../src/eval/outside-match.js';
import type { EntityRecord } from '../../src/query/entities.js';
import type { EventRecord } from '../../src/query/events.js';

const TEXT = 'Sergueï Lavrov a accusé Washington de mentir. « Nous ne céderons pas », a déclaré M. Lavrov.';

const GOLD: OutsideGold = {
  doc: 'a.txt',
  entities: [
    { id: 'lavrov', type: 'Person', name: 'Sergueï Lavrov', aliases: ['M. Lavrov'] },
    { id: 'usa', type: 'Country', name: 'États-Unis', aliases: ['Washington'] },
  ],
  events: [
    { type: 'Accusation', agent: 'lavrov', target: 'usa', topic: 'mentir', evidence: 'Sergueï Lavrov a accusé Washington de mentir' },
    { type: 'Statement', agent: 'lavrov', target: null, topic: 'Nous ne céderons pas', evidence: '« Nous ne céderons pas », a déclaré M. Lavrov' },
  ],
};

const entity = (iri: string, type: EntityRecord['type'], label: string, aliases: string[] = []): EntityRecord => ({ iri, type, label, aliases, mentions: 1 });
const LAVROV = entity('urn:lavrov', 'Person', 'Sergueï Lavrov');
const USA = entity('urn:usa', 'Place', 'Washington');

function event(type: EventRecord['type'], evidence: string, extra: Partial<EventRecord> & { status?: string } = {}): EventRecord & { status?: string } {
  return {
    iri: `urn:ev:${type}:${evidence.length}`, type, agent: { iri: LAVROV.iri, label: LAVROV.label }, target: null, participants: [],
    topic: null, place: null, date: null, source: 'a.txt', evidence, span: [0, 0], event: 'urn:event', sources: 1, ...extra,
  };
}

const ACCUSATION = event('Accusation', 'Sergueï Lavrov a accusé Washington de mentir.', { target: { iri: USA.iri, label: USA.label }, topic: 'de mentir' });
const STATEMENT = event('Statement', '« Nous ne céderons pas », a déclaré M. Lavrov.', { topic: 'Nous ne céderons pas' });

describe('scoreArticle', () => {
  it('counts an entity matched by name as untyped tp, and typed only when the types agree', () => {
    const totals = emptyTotals();
    const d = scoreArticle(GOLD, { entities: [LAVROV, USA], events: [] }, TEXT, totals);
    expect(totals.entities).toEqual([2, 2, 2]);
    expect(totals.entitiesTyped).toEqual([1, 2, 2]);
    expect(d.missedEntities).toEqual([]);
  });

  it('matches each gold event to the first fitting system event, once', () => {
    const totals = emptyTotals();
    const d = scoreArticle(GOLD, { entities: [LAVROV, USA], events: [ACCUSATION, { ...ACCUSATION, iri: 'urn:dup' }, STATEMENT] }, TEXT, totals);
    expect(totals.events.get('Accusation')).toEqual([1, 2, 1]);
    expect(totals.events.get('Statement')).toEqual([1, 1, 1]);
    expect(d.events).toEqual({ sys: 3, gold: 2, tp: 2 });
    expect(d.spurious).toEqual(['Accusation Sergueï Lavrov->Washington: Sergueï Lavrov a accusé Washington de mentir.']);
    // the accusation's gold topic "mentir" is in the system topic
    expect(totals.topics).toEqual([1, 1]);
  });

  it('lists gold events it cannot match, with type, roles and evidence', () => {
    const totals = emptyTotals();
    const d = scoreArticle(GOLD, { entities: [], events: [] }, TEXT, totals);
    expect(d.missed).toEqual([
      'Accusation lavrov->usa: Sergueï Lavrov a accusé Washington de mentir',
      'Statement lavrov->-: « Nous ne céderons pas », a déclaré M. Lavrov',
    ]);
    expect(d.missedEntities).toEqual(['Person Sergueï Lavrov', 'Country États-Unis']);
  });
});

describe('prf and the table', () => {
  it('rounds P, R and F1 to three places, F1 from the unrounded P and R', () => {
    expect(prf(1, 3, 2)).toEqual({ tp: 1, sys: 3, gold: 2, p: 0.333, r: 0.5, f1: 0.4 });
    expect(prf(0, 0, 0)).toEqual({ tp: 0, sys: 0, gold: 0, p: 0, r: 0, f1: 0 });
  });
});

describe('runOutsideEval on a folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-outside-'));
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify(GOLD));
    writeFileSync(join(dir, 'b.gold.json'), JSON.stringify({ ...GOLD, doc: 'b.txt' }));
    writeFileSync(join(dir, 'c.txt'), TEXT);
    writeFileSync(join(dir, 'c.gold.json'), JSON.stringify({ ...GOLD, doc: 'c.txt' }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const system = async (file: string): Promise<SystemOutput> => {
    if (file.endsWith('c.txt')) throw new Error('newskg: skipped c.txt: too slow: 61 s\nError: extraction failed');
    return { entities: [LAVROV, USA], events: [ACCUSATION, event('Statement', STATEMENT.evidence, { status: 'negated', topic: STATEMENT.topic })] };
  };

  it('drops negated events before scoring, and treats a missing status as asserted', async () => {
    const r = await runOutsideEval(dir, dir, { only: 'a.', system });
    expect(r.events.Accusation).toMatchObject({ tp: 1, sys: 1, gold: 1 });
    expect(r.events.Statement).toMatchObject({ tp: 0, sys: 0, gold: 1 });
    expect(r.perDoc[0].missed).toHaveLength(1);
  });

  it('lists a missing article as a failure without scoring it, and scores a failed build as empty', async () => {
    const r = await runOutsideEval(dir, dir, { system });
    expect(r.docs).toBe(3);
    expect(r.failures).toEqual(['b.txt: article missing', 'c.txt: Error: extraction failed']);
    expect(r.perDoc.map((d) => d.doc)).toEqual(['a.txt', 'c.txt']);
    expect(r.entities).toMatchObject({ tp: 2, sys: 2, gold: 4 });
    // event types in the order first met: gold first
    expect(Object.keys(r.events)).toEqual(['Accusation', 'Statement']);
    const table = formatOutsideTable(r);
    expect(table.split('\n').slice(0, 5)).toEqual([
      'FAIL b.txt: article missing',
      'FAIL c.txt: Error: extraction failed',
      'type         P     R     F1    (tp/sys/gold)',
      'entities     1.00  0.50  0.67  (2/2/4)',
      'entitiesTyped 0.50  0.25  0.33  (1/2/4)',
    ]);
    expect(table.trimEnd().split('\n').at(-1)).toBe(summaryLine(r));
    expect(summaryLine(r)).toBe('entityF1=0.667 typedEntityF1=0.333 accusationF1=0.667 eventF1=0.4 failures=2');
  });
});
