// `newskg eval --articles` must give the outside scorer's figures: both run on the same dev
// articles, the scorer as a process on the compiled CLI (as it judges releases), ours in-process.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOne } from '../../src/eval/build-one.js';
import { runOutsideEval } from '../../src/eval/outside-run.js';
import type { OutsideReport } from '../../src/eval/outside-score.js';
import { CLI, ROOT, SHARED, haveShared } from '../helpers.js';

const DEV = join(SHARED, 'dev', 'articles');
const SCORER = join(SHARED, 'score', 'score.mjs');
// Three articles of one newspaper (foreign affairs, Quebec politics, a strike), in one --only run
// of the scorer: each has matched and missed events.
const ONLY = 'lapresse';
const DOCS = ['a_03_lapresse_chine_corees.txt', 'b_06_lapresse_legault_cure.txt', 'c_08_lapresse_air_france_snpl_greve.txt'];

function present(): boolean {
  if (!haveShared()) return false;
  const ok = existsSync(DEV) && existsSync(SCORER);
  if (!ok && process.env.NEWSKG_REQUIRE_SHARED === '1') throw new Error(`${DEV} and ${SCORER} are required`);
  if (!ok) console.warn(`skipping: ${DEV} or ${SCORER} is absent`);
  return ok;
}

/** tp/sys/gold of every row of the table: what two scorers must agree on. */
function counts(r: OutsideReport): Record<string, [number, number, number]> {
  const rows = { entities: r.entities, entitiesTyped: r.entitiesTyped, ...r.events, ALL_EVENTS: r.allEvents };
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, [v.tp, v.sys, v.gold]]));
}

describe.skipIf(!present())('eval --articles agrees with the outside scorer', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'newskg-agree-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function outside(only: string): Promise<OutsideReport> {
    const json = join(tmp, 'outside.json');
    const env = { ...process.env };
    // the scorer must run this checkout's compiled CLI
    delete env.NEWSKG;
    await promisify(execFile)(process.execPath, [SCORER, '--project', ROOT, '--articles', DEV, '--gold', DEV, '--only', only, '--json', json], {
      cwd: ROOT, env, timeout: 120_000,
    });
    return JSON.parse(readFileSync(json, 'utf8')) as OutsideReport;
  }

  it('gives the same tp/sys/gold per type, and the same misses, on three dev articles', async () => {
    expect(existsSync(CLI), `${CLI} is missing: run npm run build:ts (npm test does)`).toBe(true);
    const expected = await outside(ONLY);
    const ours = await runOutsideEval(DEV, DEV, { only: ONLY, system: buildOne });
    expect(expected.perDoc.map((d) => d.doc)).toEqual(DOCS);
    expect(ours.failures).toEqual([]);
    expect(counts(ours)).toEqual(counts(expected));
    expect(ours.topicAgreement).toBe(expected.topicAgreement);
    expect(ours.perDoc).toEqual(expected.perDoc);
    // something was matched and something missed: the comparison is not of empty tables
    expect(ours.allEvents.tp).toBeGreaterThan(0);
    expect(ours.allEvents.gold).toBeGreaterThan(ours.allEvents.tp);
  }, 180_000);
});
