import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/ingest/clean.js';
import { findDate } from '../../src/ingest/dates.js';
import { parseHtml } from '../../src/ingest/formats/html.js';
import { parseMarkdown } from '../../src/ingest/formats/markdown.js';
import { articles, collect, tempDir } from './helpers.js';

const MB = 1024 * 1024;

// Each input is a pathological 5 MB line for one of the patterns (no sentence end,
// runs of capitals, unclosed brackets…). A backtracking blow-up would not finish
// within the test timeout; the assertions check the output is still right.
const HUGE_LINES: Record<string, string> = {
  lowercase: 'a'.repeat(5 * MB),
  capitals: 'A'.repeat(5 * MB),
  words: 'mot '.repeat(MB + MB / 4),
  spaces: 'x' + ' '.repeat(5 * MB) + 'y',
  'glued starters': 'abLe'.repeat(MB + MB / 4),
  'acronym-like': 'OTANOrg '.repeat((5 * MB) / 8),
  'see also': 'fin.Voir aussi : '.repeat((5 * MB) / 17),
  elisions: "l' ".repeat((5 * MB) / 3),
  'weekday dates': 'jeudi 2 '.repeat((5 * MB) / 8),
};

describe('huge lines finish in linear time', () => {
  for (const [name, line] of Object.entries(HUGE_LINES)) {
    it(`clean and findDate: ${name}`, () => {
      const out = clean(line);
      expect(out.length).toBeGreaterThan(line.length / 3);
      expect(findDate(line)).toBeNull();
    });
  }

  it('keeps a 5 MB line with no sentence end intact', () => {
    const line = 'le ministre parle encore et encore '.repeat(150_000);
    expect(clean(line)).toBe(line.trim());
  });

  it('html and markdown parsers', () => {
    expect(parseHtml('<'.repeat(5 * MB)).body.length).toBe(5 * MB);
    expect(parseHtml('<h1>'.repeat(MB)).body).toBe('');
    expect(parseHtml('<meta '.repeat(MB)).body).toBe('');
    expect(parseHtml('&'.repeat(5 * MB)).body.length).toBe(5 * MB);
    expect(parseMarkdown('['.repeat(5 * MB)).body.length).toBe(5 * MB);
    expect(parseMarkdown('*a'.repeat(2 * MB)).body.length).toBeGreaterThan(3 * MB);
    expect(parseMarkdown('_a'.repeat(2 * MB)).body.length).toBeGreaterThan(3 * MB);
  });

  it('ingests a file made of one 5 MB line', async () => {
    const dir = tempDir();
    const line = 'la réunion continue sans fin '.repeat(180_000);
    writeFileSync(join(dir, 'ligne.txt'), line);
    const [a] = articles(await collect([dir]));
    expect(a.text).toBe(line.trim());
    expect(a.title).toBeNull();
  });
});

describe('large files', () => {
  it('ingests a 50 MB file without holding many copies of it', async () => {
    const dir = tempDir();
    const para = "Le ministre a rencontré son homologue à Genève pour évoquer la sécurité européenne, selon l'AFP.\n\n";
    const body = para.repeat(Math.ceil((50 * MB) / Buffer.byteLength(para)));
    writeFileSync(join(dir, 'gros.txt'), `Le dossier\n\n${body}`);
    const before = process.memoryUsage();
    const [a] = articles(await collect([dir]));
    const after = process.memoryUsage();
    expect(a.title).toBe('Le dossier');
    expect(a.text.length).toBe(`Le dossier\n\n${body}`.trimEnd().length);
    // Retained after the run: the article text (one-byte string) plus slack, not a pile of intermediate copies.
    expect(after.heapUsed + after.external - (before.heapUsed + before.external)).toBeLessThan(6 * 50 * MB);
  });
});
