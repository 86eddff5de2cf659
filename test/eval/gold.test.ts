import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GoldError, loadGold } from '../../src/eval/index.js';
import { describeWithGold } from './shared.js';

const dirs: string[] = [];
function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-gold-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const valid = (doc: string, extra: object = {}) =>
  JSON.stringify({
    doc,
    date: null,
    entities: [{ id: 'nato', type: 'Organization', name: 'OTAN', aliases: ['OTAN'] }],
    events: [{ type: 'Statement', agent: 'nato', target: null, place: null, topic: 't', evidence: 'e' }],
    ...extra,
  });

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('loadGold errors', () => {
  it('names a missing directory', () => {
    const e = errorOf(() => loadGold('/nonexistent/newskg-gold'));
    expect(e).toBeInstanceOf(GoldError);
    expect(e.message).toBe('gold directory not found: /nonexistent/newskg-gold');
  });

  it('rejects a directory without gold files, ignoring other files', () => {
    const dir = tempDir({ 'README.md': '# notes', 'a.json': valid('a.txt') });
    expect(() => loadGold(dir)).toThrow(`no *.gold.json files in ${dir}`);
  });

  it('reports invalid JSON on one line naming the file', () => {
    const dir = tempDir({ 'a.gold.json': valid('a.txt'), 'b.gold.json': '{"doc": "b.txt",\n  "entities": [,]}' });
    const e = errorOf(() => loadGold(dir));
    expect(e.message).toContain(join(dir, 'b.gold.json'));
    expect(e.message).toContain('invalid JSON');
    expect(e.message).not.toContain('\n');
  });

  it('rejects an event pointing at an undeclared entity', () => {
    const bad = valid('a.txt', { events: [{ type: 'Accusation', agent: 'nato', target: 'russia', evidence: 'x' }] });
    const dir = tempDir({ 'a.gold.json': bad });
    expect(() => loadGold(dir)).toThrow(/a\.gold\.json: events\[0\]: unknown entity id "russia"/);
  });

  it('rejects an unknown event type and two files for one article', () => {
    const badType = valid('a.txt', { events: [{ type: 'Threat', agent: 'nato', evidence: 'x' }] });
    expect(() => loadGold(tempDir({ 'a.gold.json': badType }))).toThrow(/bad type "Threat"/);
    expect(() => loadGold(tempDir({ 'a.gold.json': valid('a.txt'), 'b.gold.json': valid('a.txt') }))).toThrow(
      /doc "a\.txt" is already annotated/,
    );
  });

  it('defaults optional fields', () => {
    const dir = tempDir({ 'a.gold.json': valid('a.txt') });
    const [doc] = loadGold(dir);
    expect(doc.events[0].participants).toEqual([]);
    expect(doc.file).toBe(join(dir, 'a.gold.json'));
  });
});

describeWithGold('loadGold on the shared gold', (gold) => {
  it('reads every file, sorted, each naming its article', () => {
    const docs = gold();
    expect(docs.length).toBeGreaterThanOrEqual(5);
    for (const d of docs) expect(d.file?.endsWith(d.doc.replace(/\.txt$/, '.gold.json'))).toBe(true);
    expect(docs.map((d) => d.doc)).toEqual([...docs.map((d) => d.doc)].sort());
  });
});
