// Content-hash cache of extractions under `out/.cache/`: an article whose text, metadata and
// extractor (code and data files) are unchanged is not extracted again. Build tasks read and
// write the entries (tasks.ts); this module only names them.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../types.js';
import { PACKAGE_ROOT } from '../paths.js';

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
      // The parser's weights (.bin) decide extractions as much as the lexicons do.
      else if (/\.(?:js|json|tsv|txt|bin)$/.test(name)) h.update(p.slice(PACKAGE_ROOT.length)).update(readFileSync(p));
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

/** Where the extraction of `article` is cached under `dir` (a content hash of article and extractor). */
export function cacheFile(dir: string, article: Article): string {
  const k = keyOf(article);
  return join(dir, k.slice(0, 2), `${k}.json`);
}
