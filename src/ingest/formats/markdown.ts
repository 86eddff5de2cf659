import { normalizeDate } from '../dates.js';
import { unwrap } from '../unwrap.js';
import type { RawDoc } from './types.js';

const FRONT_MATTER_KEY = /^([A-Za-z_][\w-]{0,40})\s{0,10}:\s{0,10}(.*)$/;

interface FrontMatter {
  fields: Map<string, string>;
  body: string;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

/** `---` … `---` at the very top; an unclosed block is body text, not metadata. */
function splitFrontMatter(text: string): FrontMatter {
  const fields = new Map<string, string>();
  if (!/^---[ \t]*\n/.test(text)) return { fields, body: text };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g;
  close.lastIndex = 3;
  const end = close.exec(text);
  if (!end) return { fields, body: text };
  for (const line of text.slice(text.indexOf('\n') + 1, end.index).split('\n')) {
    const m = FRONT_MATTER_KEY.exec(line);
    if (m) fields.set(m[1].toLowerCase(), unquote(m[2]));
  }
  return { fields, body: text.slice(end.index + end[0].length) };
}

// Each pattern stops at the delimiters it looks for, so no scan runs past the
// next bracket or star: linear even on a megabyte-long line.
const IMAGE = /!\[[^[\]\n]{0,500}\]\([^()\n]{0,2000}\)/g;
const LINK = /\[([^[\]\n]{1,500})\]\([^()\n]{0,2000}\)/g;
const REF_LINK = /\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,100}\]/g;
const CODE = /`([^`\n]{1,500})`/g;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]{1,500}?)\1/g;
const EM_STAR = /(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]{1,500}?)\*(?![\p{L}\p{N}*])/gu;
const EM_UNDERSCORE = /(?<![\p{L}\p{N}_])_(?=\S)([^_\n]{1,500}?)_(?![\p{L}\p{N}_])/gu;
const HEADING = /^ {0,3}#{1,6}(?=[ \t]|$)/;
const QUOTE = /^ {0,3}(?:> ?){1,10}/;
const BULLET = /^ {0,6}(?:[-*+]|\d{1,4}[.)])[ \t]+/;
const RULE = /^ {0,3}(?:[-*_][ \t]*){3,}$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const REF_DEFINITION = /^ {0,3}\[[^[\]\n]{1,100}\]:\s/;

function stripLine(line: string): string {
  if (RULE.test(line) || FENCE.test(line) || REF_DEFINITION.test(line)) return '';
  let out = line.replace(QUOTE, '');
  if (HEADING.test(out)) {
    out = out.replace(HEADING, '').trim();
    // Closing hashes of an ATX heading ("## Titre ##").
    while (out.endsWith('#')) out = out.slice(0, -1);
  } else {
    out = out.replace(BULLET, '');
  }
  return out
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(CODE, '$1')
    .replace(STRONG, '$2')
    .replace(EM_STAR, '$1')
    .replace(EM_UNDERSCORE, '$1')
    .trim();
}

function firstHeading(body: string): string | null {
  for (const line of body.split('\n', 200)) {
    if (HEADING.test(line)) return stripLine(line) || null;
  }
  return null;
}

// Two trailing spaces or a backslash: a hard line break.
const HARD_BREAK = /(?: {2}|\\)$/;
const TABLE_ROW = /^ {0,3}\|/;

/**
 * Whether each line may run on into the next, as a soft line break inside one paragraph does:
 * not out of or into a heading, a fence, a table row or a hard break, not into a list item,
 * not across the edge of a block quote.
 */
function softBreakable(lines: string[]): boolean[] {
  const block: boolean[] = [];
  let fenced = false;
  for (const line of lines) {
    const fence = FENCE.test(line);
    if (fence) fenced = !fenced;
    const inner = line.replace(QUOTE, '');
    block.push(fence || fenced || HEADING.test(inner) || TABLE_ROW.test(inner) || RULE.test(line));
  }
  return lines.map((line, i) => {
    if (i + 1 >= lines.length || block[i] || block[i + 1] || HARD_BREAK.test(line)) return false;
    const next = lines[i + 1];
    if (QUOTE.test(line) !== QUOTE.test(next)) return false;
    return !BULLET.test(next.replace(QUOTE, ''));
  });
}

/** The line without its markup, with the spaces that ended it (a wrapper's mark of a broken line). */
function plainLine(line: string): string {
  const text = stripLine(line);
  return text && line.slice(line.trimEnd().length) ? text + line.slice(line.trimEnd().length) : text;
}

export function parseMarkdown(text: string): RawDoc {
  const { fields, body } = splitFrontMatter(text);
  const lines = body.split('\n');
  const breakable = softBreakable(lines);
  const plain = unwrap(lines.map(plainLine).join('\n'), { mayJoin: (i) => breakable[i], softBreaks: true });
  const title = fields.get('title') || firstHeading(body);
  return {
    kind: 'doc',
    title: title || null,
    titleFromFirstLine: !title,
    body: plain,
    date: normalizeDate(fields.get('date')),
    url: fields.get('url') || null,
    source: fields.get('source') || null,
  };
}
