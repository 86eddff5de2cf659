// Hard-wrapped text (plain-text dumps, mail, RSS, archives) must give the events of the same
// text unwrapped: a line break inside a paragraph is a space. Every seed, dev and corpus article
// is folded the way `fold -s -w 72` folds it and both copies are extracted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import type { Article } from '../../src/types.js';
import { ROOT, SEED, SHARED } from '../helpers.js';
import { ingestOne } from './helpers.js';

/** `fold -s -w WIDTH` on one line: break after the last space before the column limit, mid-word when there is none. */
function foldLine(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width - 1);
    const at = space > 0 ? space + 1 : width;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

function fold(text: string, width = 72): string {
  return text.split('\n').flatMap((l) => foldLine(l, width)).join('\n');
}

/** Events as type, agent label, target label: what a reader compares, not offsets. */
function events(article: Article): string[] {
  const x = extractArticle(article);
  const label = new Map(x.entities.map((e) => [e.key, e.label]));
  const name = (key: string | null) => (key === null ? '-' : (label.get(key) ?? key));
  return x.events.map((e) => `${e.type} ${name(e.agent)} → ${name(e.target)}`);
}

function articleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n));
}

const files = [
  ...articleFiles(join(ROOT, 'corpus')),
  ...articleFiles(SEED),
  ...articleFiles(join(SHARED, 'dev', 'articles')),
];
if (!existsSync(SEED)) console.warn(`seed and dev articles not found under ${SHARED}: only corpus/ is folded`);

describe('hard-wrapped text', () => {
  it('the folding helper folds as fold -s does', () => {
    expect(fold('un deux trois quatre', 9)).toBe('un deux \ntrois \nquatre');
    expect(fold('anticonstitutionnellement', 10)).toBe('anticonsti\ntutionnell\nement');
  });

  for (const file of files) {
    const name = file.split('/').pop()!;
    it(`${name}: the copy folded at 72 columns gives the same events`, async () => {
      const text = readFileSync(file, 'utf8');
      const folded = fold(text);
      expect(folded).not.toBe(text);
      const original = await ingestOne(name, text);
      const wrapped = await ingestOne(name, folded);
      expect(events(wrapped)).toEqual(events(original));
    });
  }
});
