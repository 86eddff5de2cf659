import { extname } from 'node:path';
import type { FormatName, ParseItem } from './types.js';
import { parseTxt } from './txt.js';
import { parseMarkdown } from './markdown.js';
import { parseHtml } from './html.js';
import { parseJsonl } from './jsonl.js';

const BY_EXTENSION: Record<string, FormatName> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Null for extensions we do not know; callers decide whether that is a problem. */
export function formatOf(path: string): FormatName | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export function parse(format: FormatName, text: string, path: string): Iterable<ParseItem> {
  switch (format) {
    case 'txt':
      return [parseTxt(text)];
    case 'markdown':
      return [parseMarkdown(text)];
    case 'html':
      return [parseHtml(text)];
    case 'jsonl':
      return parseJsonl(text, path);
  }
}
