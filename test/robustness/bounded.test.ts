// Unit tests of the per-article bounds (chunked extraction, time budget), the clean-up of
// temporary files left by killed builds, and the one-line rendering of error messages.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLine } from '../../src/cli/errors.js';
import { extractArticle } from '../../src/extract/index.js';
import { BudgetExceededError, extractBounded, isLimitMessage, splitChunks } from '../../src/pipeline/bounded.js';
import { cleanStaleTemps, pidAlive, prepareOutDir } from '../../src/pipeline/outdir.js';
import type { Article } from '../../src/types.js';

const article = (text: string, id = 'a.txt'): Article => ({ id, origin: id, title: null, date: '2021-12-02', url: null, source: null, text });

function checkCover(text: string, max: number): void {
  const chunks = splitChunks(text, max);
  expect(chunks[0].start).toBe(0);
  expect(chunks.at(-1)!.end).toBe(text.length);
  for (let i = 0; i < chunks.length; i++) {
    const { start, end } = chunks[i];
    expect(end - start).toBeLessThanOrEqual(max);
    if (text.length) expect(end).toBeGreaterThan(start);
    if (i > 0) expect(start).toBe(chunks[i - 1].end);
    // Never between the two halves of a surrogate pair.
    const [hi, lo] = [text.charCodeAt(end - 1), text.charCodeAt(end)];
    expect(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff).toBe(false);
  }
}

describe('splitChunks', () => {
  it('keeps a short text whole', () => {
    expect(splitChunks('Bonjour.', 100)).toEqual([{ start: 0, end: 8 }]);
    expect(splitChunks('', 100)).toEqual([{ start: 0, end: 0 }]);
  });

  it('cuts after paragraphs, then lines, sentences, words', () => {
    const para = 'Une phrase. Une autre phrase.\n\n';
    const chunks = splitChunks(para.repeat(100), 200);
    for (const c of chunks.slice(0, -1)) expect(para.repeat(100).slice(c.end - 2, c.end)).toBe('\n\n');
    const line = 'mot '.repeat(30) + 'fin. ' + 'mot '.repeat(30);
    const [first] = splitChunks(line, 200);
    expect(line.slice(0, first.end)).toMatch(/fin\. $|mot $/);
  });

  it('covers any text exactly, in bounded chunks', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n', '😀', 'é', '\ud800'), maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (text, max) =>
        checkCover(text, max),
      ),
    );
  });

  it('is linear on a 5 MB line without spaces or sentence ends', () => {
    const text = 'x'.repeat(5 * 1024 * 1024);
    const t = Date.now();
    checkCover(text, 200_000);
    expect(Date.now() - t).toBeLessThan(5_000);
  });
});

describe('extractBounded', () => {
  const TEXT =
    "Sommet à Genève\n\nLe ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré Antony Blinken jeudi à Genève. M. Lavrov a accusé l'OTAN d'ignorer les intérêts russes.\n\n" +
    'La CEDEAO a exigé la libération du président Mohamed Bazoum. Le Nigeria a averti la junte.\n\n';

  it('gives exactly what extractArticle gives when the text fits in one chunk', () => {
    const a = article(TEXT);
    expect(extractBounded(a)).toEqual(extractArticle(a));
  });

  it('extracts a long text chunk by chunk, with offsets into the whole text', () => {
    const text = TEXT.repeat(6);
    const a = article(text);
    const x = extractBounded(a, { chunkChars: 600 });
    expect(x.article).toBe(a);
    expect(x.sentences.map((s) => s.index)).toEqual(x.sentences.map((_, i) => i));
    for (const s of x.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    const sentence = new Map(x.sentences.map((s) => [s.index, s]));
    for (const e of x.events) {
      const s = sentence.get(e.sentence)!;
      expect(e.start).toBeGreaterThanOrEqual(s.start);
      expect(e.end).toBeLessThanOrEqual(s.end);
    }
    expect(x.events.length).toBeGreaterThanOrEqual(extractArticle(article(TEXT)).events.length);
    expect(new Set(x.entities.map((e) => e.key)).size).toBe(x.entities.length);
    expect(x.entities.find((e) => /lavrov/.test(e.key))?.aliases).toContain('Sergueï Lavrov');
  });

  it('gives up, between chunks, on an article over its time budget', () => {
    let clock = 0;
    const now = () => clock;
    const slow = (a: Article) => {
      clock += 400;
      return extractArticle(a);
    };
    const a = article(TEXT.repeat(6));
    expect(() => extractBounded(a, { chunkChars: 600, maxSeconds: 1 }, slow, now)).toThrow(BudgetExceededError);
    let chunksRun = 0;
    clock = 0;
    try {
      extractBounded(a, { chunkChars: 600, maxSeconds: 1 }, (x) => (chunksRun++, slow(x)), now);
    } catch (err) {
      expect((err as Error).message).toMatch(/^too slow: over --max-seconds 1 \(1\.2 s for \d+ characters, 3 of \d+ chunks done\)$/);
    }
    expect(chunksRun).toBe(3);
    // 0 means no limit.
    clock = 0;
    expect(extractBounded(a, { chunkChars: 600, maxSeconds: 0 }, slow, now).events.length).toBeGreaterThan(0);
  });

  // Wrong: nothing bounded what an article yields, so with --max-chars 0 a long text produced a
  // graph block no writing thread could hold (and, on one thread, gigabytes on the main thread).
  it('gives up, between chunks, on an article that yields more than maxItems sentences, mentions and events', () => {
    const a = article(TEXT.repeat(6));
    const whole = extractBounded(a, { chunkChars: 600, maxItems: 0 });
    const items = whole.sentences.length + whole.mentions.length + whole.events.length;
    let chunksRun = 0;
    const count = (x: Article) => (chunksRun++, extractArticle(x));
    expect(() => extractBounded(a, { chunkChars: 600, maxItems: 40 }, count)).toThrow(BudgetExceededError);
    expect(chunksRun).toBeLessThan(splitChunks(a.text, 600).length);
    try {
      extractBounded(a, { chunkChars: 600, maxItems: 40 });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/^too large: \d+ sentences, mentions and events in its first \d+ of \d+ characters, over the 40 one article may have \(split it into articles\)$/);
      expect(isLimitMessage(message)).toBe(true);
    }
    // At the limit, or with no limit, the article is extracted.
    expect(extractBounded(a, { chunkChars: 600, maxItems: items }).events).toEqual(whole.events);
    expect(extractBounded(a, { chunkChars: 600 }).events).toEqual(whole.events);
  });

  it('refuses an article over maxChars before any work', () => {
    let calls = 0;
    const count = (x: Article) => (calls++, extractArticle(x));
    const a = article(TEXT.repeat(6));
    expect(() => extractBounded(a, { maxChars: 1000 }, count)).toThrow(/^too long: \d+ characters, over --max-chars 1000$/);
    expect(calls).toBe(0);
    expect(isLimitMessage(`too long: ${a.text.length} characters, over --max-chars 1000`)).toBe(true);
    expect(isLimitMessage('Cannot read properties of undefined')).toBe(false);
    expect(extractBounded(a, { maxChars: 0 }, count).events.length).toBeGreaterThan(0);
  });
});

describe('stale temporary files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-stale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const DEAD = 2 ** 30; // above any pid_max

  it('knows live and dead processes', () => {
    expect(pidAlive(process.pid)).toBe(true);
    expect(pidAlive(DEAD)).toBe(false);
    expect(pidAlive(0)).toBe(false);
  });

  it("removes the temporary files of dead builds, never a live one's or anything else", async () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, '.cache', 'ab'), { recursive: true });
    mkdirSync(join(out, 'deep', 'er'), { recursive: true });
    const files = {
      dead: join(out, `graph.ttl.tmp-${DEAD}`),
      deadCache: join(out, '.cache', 'ab', `k.json.tmp-${DEAD}`),
      live: join(out, `graph.ttl.tmp-${process.pid === 1 ? 1 : process.ppid}`),
      graph: join(out, 'graph.ttl'),
      other: join(out, 'notes.tmp-x'),
      elsewhere: join(out, 'deep', 'er', `x.tmp-${DEAD}`),
    };
    for (const f of Object.values(files)) writeFileSync(f, 'x');
    await prepareOutDir(out);
    expect(existsSync(files.dead)).toBe(false);
    expect(existsSync(files.deadCache)).toBe(false);
    for (const keep of [files.live, files.graph, files.other, files.elsewhere]) expect(existsSync(keep), keep).toBe(true);
    expect(await cleanStaleTemps(join(dir, 'missing'))).toEqual([]);
  });

  it('says clearly when the output folder cannot be written', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    await expect(prepareOutDir(join(file, 'out'))).rejects.toThrow(/^cannot create output folder .*a-file\/out: .*a-file is a file, not a folder$/);
  });
});

describe('oneLine', () => {
  it('escapes what would break or spoof a terminal line', () => {
    expect(oneLine('a\nb\r\tc\u0000\u001b[31m\u202eevil\u2028')).toBe('a\\nb\\r\\tc\\x00\\x1b[31m\\u202eevil\\u2028');
    expect(oneLine('Sergueï « Lavrov » 😀')).toBe('Sergueï « Lavrov » 😀');
  });
});
