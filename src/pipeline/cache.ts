import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleExtraction } from '../types.js';
import { PACKAGE_ROOT } from '../paths.js';

/**
 * Content-hash cache of extractions under `out/.cache/`: an article whose text, metadata and
 * extractor (code and data files) are unchanged is not extracted again.
 */
export interface ExtractionCache {
  get(article: Article): Promise<ArticleExtraction | null>;
  put(article: Article, x: ArticleExtraction): Promise<void>;
}

let extractorDigest: string | null = null;

/** Hash of everything that decides an extraction: the package's data files and extraction code. */
function extractorVersion(): string {
  if (extractorDigest) return extractorDigest;
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(?:js|json|tsv|txt)$/.test(name)) h.update(p.slice(PACKAGE_ROOT.length)).update(readFileSync(p));
    }
  };
  walk(join(PACKAGE_ROOT, 'data'));
  for (const stage of ['nlp', 'extract']) walk(join(PACKAGE_ROOT, 'dist', 'src', stage));
  for (const stage of ['nlp', 'extract']) walk(join(PACKAGE_ROOT, 'src', stage));
  extractorDigest = h.digest('hex').slice(0, 16);
  return extractorDigest;
}

function keyOf(article: Article): string {
  return createHash('sha256')
    .update(extractorVersion())
    .update(JSON.stringify([article.id, article.origin, article.title, article.date, article.url, article.source, article.text]))
    .digest('hex');
}

export function openCache(dir: string): ExtractionCache {
  const file = (article: Article) => {
    const k = keyOf(article);
    return join(dir, k.slice(0, 2), `${k}.json`);
  };
  return {
    async get(article) {
      try {
        return JSON.parse(await readFile(file(article), 'utf8')) as ArticleExtraction;
      } catch {
        return null;
      }
    },
    async put(article, x) {
      const f = file(article);
      await mkdir(join(f, '..'), { recursive: true });
      const tmp = `${f}.tmp-${process.pid}`;
      await writeFile(tmp, JSON.stringify(x));
      await rename(tmp, f);
    },
  };
}
