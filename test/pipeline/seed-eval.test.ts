import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build.js';
import { evaluate, loadGold, type EvalReport } from '../../src/eval/index.js';
import { entitiesByArticle, listEvents, loadGraph } from '../../src/query/index.js';
import { GOLD, SEED, haveShared } from '../helpers.js';

// A ratchet: floors are the scores reached so far on the seed articles. Raise them when
// quality improves; never lower them.
const FLOORS = {
  entitiesF1: 0.96,
  accusationF1: 1.0,
  eventsF1: 0.9,
  statementF1: 0.97,
  refusalF1: 1.0,
};

const shared = haveShared();

describe.skipIf(!shared)('evaluation on the seed articles against ../shared/eval', () => {
  let dir: string;
  let report: EvalReport;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-eval-'));
    const summary = await buildCorpus([SEED], { outDir: dir });
    expect(summary.articles).toBe(5);
    const store = await loadGraph(summary.output);
    report = evaluate(loadGold(GOLD), entitiesByArticle(store), listEvents(store));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores every gold article', () => {
    expect(report.articles).toHaveLength(5);
  });
  it(`entity F1 ≥ ${FLOORS.entitiesF1}`, () => {
    expect(report.entities.all.f1).toBeGreaterThanOrEqual(FLOORS.entitiesF1);
  });
  it(`accusation F1 ≥ ${FLOORS.accusationF1}`, () => {
    expect(report.events.strict.byType.Accusation.f1).toBeGreaterThanOrEqual(FLOORS.accusationF1);
  });
  it(`all-event F1 ≥ ${FLOORS.eventsF1}`, () => {
    expect(report.events.strict.all.f1).toBeGreaterThanOrEqual(FLOORS.eventsF1);
  });
  it(`statement F1 ≥ ${FLOORS.statementF1} and refusal F1 ≥ ${FLOORS.refusalF1}`, () => {
    expect(report.events.strict.byType.Statement.f1).toBeGreaterThanOrEqual(FLOORS.statementF1);
    expect(report.events.strict.byType.Refusal.f1).toBeGreaterThanOrEqual(FLOORS.refusalF1);
  });
});
