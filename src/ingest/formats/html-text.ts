// Visible article text of an HTML page, without a DOM: one linear pass over
// the tags, tolerant of unclosed elements and truncated files.
import { decodeEntities } from './entities.js';

/** Content never shown as text; skipped up to the matching close tag. */
// <title> is read separately as metadata; <head> is not listed because its end tag is optional.
const RAW = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'textarea', 'object', 'canvas', 'math', 'title']);
/** Page chrome; skipped with its whole subtree. */
const CHROME = new Set(['nav', 'footer', 'aside', 'form', 'button', 'select', 'dialog']);
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'article', 'section', 'main', 'header', 'figure',
  'figcaption', 'ul', 'ol', 'table', 'pre', 'address', 'details', 'summary', 'hr', 'dl', 'body', 'html',
]);
const LINE = new Set(['br', 'div', 'li', 'tr', 'dt', 'dd', 'caption', 'legend', 'label', 'option']);
const CELL = new Set(['td', 'th']);

// HTML whitespace that is not already a single space (no-break spaces are content).
const COLLAPSIBLE = /[\t\r\n\f][ \t\r\n\f]*| [ \t\r\n\f]+/g;
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})/y;
const closers = new Map<string, RegExp>();

function closerOf(name: string): RegExp {
  let re = closers.get(name);
  if (!re) {
    re = new RegExp(`</${name}\\s*>`, 'gi');
    closers.set(name, re);
  }
  return re;
}

const isBreak = (part: string | undefined): boolean => part === '\n' || part === '\n\n';

/** Whitespace between two block tags is not content. */
function pushText(parts: string[], text: string): void {
  if (text === ' ' && (parts.length === 0 || isBreak(parts[parts.length - 1]))) return;
  parts.push(text);
}

/** "</div><div>" is one line break, not two; a paragraph break wins over a line break. */
function pushBreak(parts: string[], br: '\n' | '\n\n'): void {
  if (parts[parts.length - 1] === ' ') parts.pop();
  const last = parts[parts.length - 1];
  if (isBreak(last)) {
    if (br === '\n\n') parts[parts.length - 1] = br;
  } else parts.push(br);
}

interface Region {
  start: number;
  end: number;
}

interface Walk {
  parts: string[];
  /** Outermost <article> and <main> elements, as ranges of `parts`. */
  articles: Region[];
  mains: Region[];
}

function walk(html: string): Walk {
  const parts: string[] = [];
  const articles: Region[] = [];
  const mains: Region[] = [];
  const open = { article: 0, main: 0 };
  const starts = { article: 0, main: 0 };
  let skipping: { name: string; depth: number } | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    // Source line breaks are plain whitespace in HTML; only tags break lines.
    if (!skipping && textEnd > i) pushText(parts, html.slice(i, textEnd).replace(COLLAPSIBLE, ' '));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    if (!m) {
      // A bare "<" in text ("a < b").
      if (!skipping) pushText(parts, '<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) break; // truncated inside a tag
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const selfClosing = html[gt - 1] === '/';
    i = gt + 1;

    if (skipping) {
      if (name === skipping.name && !selfClosing) {
        skipping.depth += closing ? -1 : 1;
        if (skipping.depth === 0) skipping = null;
      }
      continue;
    }
    if (!closing && !selfClosing && RAW.has(name)) {
      const closer = closerOf(name);
      closer.lastIndex = i;
      const c = closer.exec(html);
      i = c ? c.index + c[0].length : html.length;
      continue;
    }
    // A page header is chrome, but the header of an <article> holds its headline and byline.
    if (!closing && !selfClosing && (CHROME.has(name) || (name === 'header' && open.article === 0))) {
      skipping = { name, depth: 1 };
      continue;
    }
    if (name === 'article' || name === 'main') {
      if (!closing && !selfClosing) {
        if (open[name]++ === 0) starts[name] = parts.length;
      } else if (closing && open[name] > 0 && --open[name] === 0) {
        (name === 'article' ? articles : mains).push({ start: starts[name], end: parts.length });
      }
    }
    if (PARAGRAPH.has(name)) pushBreak(parts, '\n\n');
    else if (LINE.has(name)) pushBreak(parts, '\n');
    else if (CELL.has(name)) pushText(parts, ' ');
  }
  // Truncated pages leave the outermost article/main open: it runs to the end.
  if (open.article > 0) articles.push({ start: starts.article, end: parts.length });
  if (open.main > 0) mains.push({ start: starts.main, end: parts.length });
  return { parts, articles, mains };
}

/** Collapses HTML whitespace (but not no-break spaces, which are content) and decodes entities. */
export function tidy(raw: string): string {
  return raw
    .split('\n')
    .map((line) => decodeEntities(line.replace(COLLAPSIBLE, ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function render(parts: string[], region?: Region): string {
  return tidy((region ? parts.slice(region.start, region.end) : parts).join(''));
}

function longest(parts: string[], regions: Region[]): string {
  let best = '';
  for (const r of regions) {
    const text = render(parts, r);
    if (text.length > best.length) best = text;
  }
  return best;
}

/** The article text: the longest <article>, else the longest <main>, else the whole page. */
export function htmlText(html: string): string {
  const w = walk(html);
  return longest(w.parts, w.articles) || longest(w.parts, w.mains) || render(w.parts);
}

/** Text of an HTML fragment (a <title> or <h1> content). */
export function fragmentText(fragment: string): string {
  return tidy(fragment.replace(/<[^<>]{0,2000}>/g, ' ').replace(/\n/g, ' '));
}
