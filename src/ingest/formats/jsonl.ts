import { basename } from 'node:path';
import { normalizeDate } from '../dates.js';
import { unwrap } from '../unwrap.js';
import type { ParseItem } from './types.js';

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** Where a line's article text may be, in order of preference. */
const TEXT_KEYS = ['text', 'body', 'content'] as const;

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** One article per line; a bad line is reported with origin `file.jsonl:LINE` and the rest still load. */
export function* parseJsonl(text: string, path: string): Generator<ParseItem> {
  const name = basename(path);
  let from = 0;
  for (let line = 1; from <= text.length; line++) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to).trim();
    from = to + 1;
    if (!raw) continue;
    const problem = (message: string): ParseItem => ({
      kind: 'problem',
      // The origin names the file and line; the CLI prints `origin: message`.
      problem: { origin: `${path}:${line}`, message },
    });
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (err) {
      yield problem(`malformed JSON (${(err as Error).message})`);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield problem('expected a JSON object');
      continue;
    }
    const r = record as Record<string, unknown>;
    const key = TEXT_KEYS.find((k) => typeof r[k] === 'string') ?? TEXT_KEYS.find((k) => r[k] !== undefined && r[k] !== null);
    if (key === undefined) {
      yield problem('no "text" field');
      continue;
    }
    const body = r[key];
    if (typeof body !== 'string') {
      yield problem(`"${key}" is ${jsonKind(body)}, not a string`);
      continue;
    }
    if (body.trim() === '') {
      yield problem(`"${key}" is empty`);
      continue;
    }
    const id = typeof r.id === 'number' ? String(r.id) : str(r.id);
    const title = str(r.title);
    yield {
      kind: 'doc',
      id: id ?? `${name}#${line}`,
      origin: `${path}#L${line}`,
      title,
      titleFromFirstLine: title === null,
      body: unwrap(body.replace(/\r\n?/g, '\n')),
      date: normalizeDate(r.date),
      url: str(r.url),
      source: str(r.source),
    };
  }
}
