import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, type GoldDoc } from '../../src/eval/index.js';
import { formatTable } from '../../src/eval/format.js';
import { toScore } from '../../src/eval/score.js';

const doc: GoldDoc = {
  doc: 'a.txt',
  date: null,
  file: 'a.gold.json',
  entities: [
    { id: 'blinken', type: 'Person', name: 'Antony Blinken', aliases: [] },
    { id: 'russia', type: 'Country', name: 'Russie', aliases: ['Moscou'] },
  ],
  events: [
    {
      type: 'Demand',
      agent: 'blinken',
      target: 'russia',
      participants: [],
      place: null,
      topic: 'la désescalade',
      evidence: 'Antony Blinken a appelé Moscou à la désescalade et à la diplomatie, alors que les tensions montent encore et encore à la frontière',
    },
  ],
};

describe('formatTable', () => {
  it('aligns every row to the same width with a row per type and an "all" row', () => {
    const t = { byType: { Person: toScore({ gold: 12, pred: 3, tp: 3 }), Organization: toScore({ gold: 0, pred: 0, tp: 0 }) }, all: toScore({ gold: 12, pred: 3, tp: 3 }) };
    const lines = formatTable('Entities', t).split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(['Entities', 'Person', 'Organization', 'all']);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[1].trim().split(/\s+/)).toEqual(['Person', '12', '3', '3', '1.000', '0.250', '0.400']);
    expect(lines[2]).toMatch(/-\s+-\s+-$/);
  });
});

describe('formatReport', () => {
  it('shows entity and event tables and, with details, what was missed and why', () => {
    const ents = new Map([['a.txt', [{ iri: 'p:1', type: 'Person' as const, label: 'Antony Blinken', aliases: [], surfaces: [] }]]]);
    const wrongTarget = {
      iri: 'e:1', type: 'Demand' as const, agent: { iri: 'p:1', label: 'Antony Blinken' }, target: { iri: 'p:9', label: 'Ukraine' },
      participants: [], topic: null, place: null, date: null, source: 'a.txt', evidence: doc.events[0].evidence, span: [0, 10] as [number, number],
    };
    const out = formatReport(evaluate([doc], ents, [wrongTarget], { details: true }));
    for (const heading of ['Entities', 'Events (strict)', 'Events (relaxed: target ignored)', 'Topic overlap']) expect(out).toContain(heading);
    expect(out).toMatch(/^Meeting\s/m);
    expect(out).toMatch(/^Country\s+1\s+0\s+0\s+-\s+0\.000\s+0\.000$/m);
    expect(out).toContain('FN entity Country  Russie');
    expect(out).toContain(`FN event Demand  Antony Blinken → Russie  "${doc.events[0].evidence.slice(0, 80)}"  [matches if target ignored]`);
    expect(out).toContain('FP event Demand  Antony Blinken → Ukraine');
  });

  it('leaves details out unless asked', () => {
    expect(formatReport(evaluate([doc], new Map(), []))).not.toContain('Per article');
  });
});
