// entities, events and why for people (a table that fits the terminal, with a header and a count
// even when empty) and for spreadsheets (csv, every field in full); json is the contract, unchanged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, goodCorpus, newskg, tempDir } from '../robustness/corpus.js';

/** RFC 4180 (what formatCsv writes): quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

const records = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};

interface EventJson {
  iri: string;
  evidence: string;
  span: [number, number];
  agent: { iri: string; label: string } | null;
  event: string;
}

let dir: string;
let graph: string;
let events: EventJson[];
let entities: Array<{ iri: string; label: string; aliases: string[]; mentions: number }>;

beforeAll(async () => {
  dir = tempDir('newskg-listings-');
  const r = await newskg(['build', goodCorpus(dir), '-o', join(dir, 'out'), '--workers', '1']);
  if (r.code !== 0) throw new Error(`build failed: ${r.err}`);
  graph = join(dir, 'out', 'graph.ttl');
  events = JSON.parse((await newskg(['events', '-g', graph, '-f', 'json'])).out) as EventJson[];
  entities = JSON.parse((await newskg(['entities', '-g', graph, '-f', 'json'])).out) as typeof entities;
}, 120_000);
afterAll(cleanup);

describe('tables', () => {
  it('entities: a header, one row per entity, and a count', async () => {
    const r = await newskg(['entities', '-g', graph]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^type {2,}label {2,}mentions {2}aliases$/);
    expect(lines[1]).toMatch(/^-+( {2}-+){3}$/);
    expect(lines).toHaveLength(entities.length + 3);
    expect(lines.at(-1)).toBe(`${entities.length} entities`);
  });

  it('entities of a graph without any: the header and "0 entities"', async () => {
    const empty = join(dir, 'empty.ttl');
    writeFileSync(empty, '@prefix nkg: <https://w3id.org/newskg/ontology#> .\n');
    const r = await newskg(['entities', '-g', empty]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^type {2,}label {2,}mentions {2}aliases$/);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('0 entities');
    const ev = await newskg(['events', '-g', empty]);
    expect(ev.out.trimEnd().split('\n').at(-1)).toBe('0 event mentions (0 events)');
  });

  it('events: a header and a count of mentions and events', async () => {
    const r = await newskg(['events', '-g', graph]);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^type {2,}who {2,}topic {2,}date {2,}status {2,}source {2,}sources$/);
    expect(lines.at(-1)).toBe(`${events.length} event mentions (${new Set(events.map((e) => e.event)).size} events)`);
  });

  it('fit the width the terminal gives (COLUMNS when piped), cells cut with …', async () => {
    const runs = [['entities'], ['events'], ['query', 'accusations'], ['query', 'timeline'], ['graph', 'communities']];
    for (const args of runs) {
      const r = await newskg([...args, '-g', graph], { env: { COLUMNS: '72' } });
      expect(r.code, r.err).toBe(0);
      for (const l of r.out.split('\n')) expect(Array.from(l).length, `${args.join(' ')}: ${l}`).toBeLessThanOrEqual(72);
    }
    const wide = await newskg(['events', '-g', graph], { env: { COLUMNS: '72' } });
    expect(wide.out).toContain('…');
  });
});

describe('csv: every field, in full', () => {
  it('entities: iri, type, label, mentions, aliases', async () => {
    const r = await newskg(['entities', '-g', graph, '-f', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n')[0]).toBe('iri,type,label,mentions,aliases');
    const rows = records(r.out);
    expect(rows.map((x) => x.iri)).toEqual(entities.map((e) => e.iri));
    expect(rows.map((x) => x.aliases)).toEqual(entities.map((e) => e.aliases.join(' | ')));
    expect(rows.map((x) => Number(x.mentions))).toEqual(entities.map((e) => e.mentions));
  });

  it('events: the JSON contract\'s fields, the evidence whole', async () => {
    const r = await newskg(['events', '-g', graph, '-f', 'csv']);
    expect(r.code).toBe(0);
    const rows = records(r.out);
    expect(rows).toHaveLength(events.length);
    rows.forEach((x, i) => {
      expect(x.iri).toBe(events[i].iri);
      expect(x.evidence).toBe(events[i].evidence);
      expect([Number(x.start), Number(x.end)]).toEqual(events[i].span);
      expect(x.agent_iri).toBe(events[i].agent?.iri ?? '');
      expect(x.event).toBe(events[i].event);
    });
  });

  it('why: one row per merged mention', async () => {
    const event = events[0].event;
    const json = JSON.parse((await newskg(['why', event, '-g', graph, '-f', 'json'])).out) as { mentions: Array<{ iri: string; evidence: string }> };
    const r = await newskg(['why', event, '-g', graph, '-f', 'csv']);
    expect(r.code).toBe(0);
    const rows = records(r.out);
    expect(rows.map((x) => x.mention)).toEqual(json.mentions.map((m) => m.iri));
    expect(rows.map((x) => x.evidence)).toEqual(json.mentions.map((m) => m.evidence));
    expect(new Set(rows.map((x) => x.event))).toEqual(new Set([event]));
  });
});
