import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import type { Store } from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/types.js';
import { buildCorpus, type BuildSummary } from '../../src/pipeline/build.js';
import { ingest } from '../../src/ingest/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { resolve } from '../../src/resolve/index.js';
import { buildGraph, serializeGraph, validateGraph } from '../../src/graph/index.js';
import { explainEvent, listEvents, loadGraph, runNamedQuery, type EventRecord } from '../../src/query/index.js';
import { SEED, haveShared } from '../helpers.js';

const shared = haveShared();
const LAVROV = 'https://w3id.org/newskg/id/person/serguei-lavrov';
const BLINKEN = 'https://w3id.org/newskg/id/person/antony-blinken';
const OTAN = 'https://w3id.org/newskg/id/organization/otan';
const STOCKHOLM = 'https://w3id.org/newskg/id/place/stockholm';

/** Merged events, each with the rows (mentions) of the JSON contract that report it. */
function byEvent(rows: EventRecord[]): Map<string, EventRecord[]> {
  const out = new Map<string, EventRecord[]>();
  for (const r of rows) out.set(r.event, [...(out.get(r.event) ?? []), r]);
  return out;
}

describe.skipIf(!shared)('the five seed articles built together', () => {
  let dir: string;
  let summary: BuildSummary;
  let store: Store;
  let ttl: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-resolve-'));
    summary = await buildCorpus([SEED], { outDir: join(dir, 'one'), workers: 1, cache: false });
    ttl = readFileSync(summary.output, 'utf8');
    store = await loadGraph(summary.output);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has one Stockholm meeting of Blinken and Lavrov, backed by three articles or more', () => {
    const meetings = [...byEvent(listEvents(store)).entries()].filter(([, rows]) => rows[0].type === 'Meeting');
    const stockholm = meetings.filter(([iri]) => {
      const x = explainEvent(store, iri)!;
      const who = new Set([x.agent?.iri, ...x.participants.map((p) => p.iri)]);
      return who.has(LAVROV) && who.has(BLINKEN) && x.place?.iri === STOCKHOLM;
    });
    expect(stockholm).toHaveLength(1);
    const [iri, rows] = stockholm[0];
    expect(new Set(rows.map((r) => r.source)).size).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.sources === new Set(rows.map((x) => x.source)).size)).toBe(true);
    expect(explainEvent(store, iri)!.rule).toBe('meeting-participants');
    // The named query lists it once, with its sources.
    const listed = runNamedQuery(store, 'meetings').rows.filter((r) => r.event === iri);
    expect(listed).toHaveLength(1);
    expect(Number(listed[0].sources)).toBeGreaterThanOrEqual(3);
    expect(listed[0].articles!.split(', ')).toEqual([...new Set(rows.map((r) => r.source))].sort());
  });

  it("has Lavrov's accusation of NATO as one merged accusation from two articles or more", () => {
    const accusations = [...byEvent(listEvents(store)).values()].filter(
      (rows) => rows[0].type === 'Accusation' && rows.every((r) => r.agent?.iri === LAVROV && r.target?.iri === OTAN),
    );
    const merged = accusations.filter((rows) => new Set(rows.map((r) => r.source)).size >= 2);
    expect(merged).toHaveLength(1);
    const listed = runNamedQuery(store, 'accusations').rows.filter((r) => r.event === merged[0][0].event);
    expect(listed).toHaveLength(1);
    expect(Number(listed[0].sources)).toBeGreaterThanOrEqual(2);
  });

  it('keeps one JSON row per event mention, every mention pointing at its merged event', () => {
    const rows = listEvents(store);
    expect(rows).toHaveLength(summary.eventMentions);
    expect(new Set(rows.map((r) => r.iri)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.event)).size).toBe(Object.values(summary.events).reduce((a, b) => a + b, 0));
    expect(summary.multiSourceEvents).toBeGreaterThanOrEqual(2);
  });

  it('conforms to ontology/shapes.ttl', async () => {
    const result = await validateGraph(new Parser().parse(ttl));
    expect(result.violations.slice(0, 5)).toEqual([]);
  });

  it('writes byte-identical Turtle with several workers', async () => {
    const three = await buildCorpus([SEED], { outDir: join(dir, 'three'), workers: 3, cache: false });
    expect(readFileSync(three.output, 'utf8')).toBe(ttl);
  }, 120_000);

  it('writes byte-identical Turtle from the extractions in reverse order', async () => {
    const xs: ArticleExtraction[] = [];
    for await (const item of ingest([SEED])) if (item.kind === 'article') xs.push(extractArticle(item.article));
    const write = (list: ArticleExtraction[]) => {
      const r = resolve(list);
      return serializeGraph(buildGraph(r.extractions, { events: r.events }), { format: 'turtle' });
    };
    const sorted = [...xs].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    // The library writes one globally sorted graph, the build streams blocks: same triples
    // (test/pipeline/streaming.test.ts), different order; each is stable on its own.
    const inOrder = await write(sorted);
    expect(await write([...sorted].reverse())).toBe(inOrder);
    expect(await write([sorted[2], sorted[4], sorted[0], sorted[3], sorted[1]])).toBe(inOrder);
  }, 120_000);
});
