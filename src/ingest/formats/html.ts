import { normalizeDate } from '../dates.js';
import { decodeEntities } from './entities.js';
import { fragmentText, htmlText } from './html-text.js';
import type { RawDoc } from './types.js';

// All patterns are bounded so that a page full of "<" cannot make them quadratic.
const META_TAG = /<meta\b[^<>]{0,3000}>/gi;
const LINK_TAG = /<link\b[^<>]{0,3000}>/gi;
const TIME_TAG = /<time\b[^<>]{0,3000}>/gi;
const TITLE = /<title\b[^<>]{0,1000}>([^<]{0,3000})/i;
const H1_OPEN = /<h1\b[^<>]{0,1000}>/gi;
const H1_CLOSE = /<\/h1\s*>/gi;
const MAX_H1 = 20;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))/g;

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) attrs.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? '').trim());
  return attrs;
}

/** <meta> values keyed by their property/name/itemprop, first occurrence wins. */
function metaValues(html: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of html.matchAll(META_TAG)) {
    const a = attributes(m[0]);
    const key = (a.get('property') ?? a.get('name') ?? a.get('itemprop'))?.toLowerCase();
    const content = a.get('content');
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

function canonicalUrl(html: string): string | null {
  for (const m of html.matchAll(LINK_TAG)) {
    const a = attributes(m[0]);
    if (a.get('rel')?.toLowerCase().split(/\s+/).includes('canonical') && a.get('href')) return a.get('href')!;
  }
  return null;
}

function timeDate(html: string): string | null {
  for (const m of html.matchAll(TIME_TAG)) {
    const date = normalizeDate(attributes(m[0]).get('datetime'));
    if (date) return date;
  }
  return null;
}

/** A site logo can be an <h1> too; the headline is the <h1> whose text the article shows. */
function headline(html: string, body: string): string | null {
  H1_OPEN.lastIndex = 0;
  for (let n = 0; n < MAX_H1; n++) {
    const open = H1_OPEN.exec(html);
    if (!open) return null;
    H1_CLOSE.lastIndex = H1_OPEN.lastIndex;
    const close = H1_CLOSE.exec(html);
    if (!close) return null;
    const text = fragmentText(html.slice(H1_OPEN.lastIndex, close.index));
    if (text && text.length <= 500 && body.includes(text)) return text;
  }
  return null;
}

const DATE_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'dc.date.issued', 'dcterms.date', 'publish-date'];

export function parseHtml(html: string): RawDoc {
  const meta = metaValues(html);
  const body = htmlText(html);
  const titleTag = TITLE.exec(html);
  const title =
    headline(html, body) ?? meta.get('og:title') ?? meta.get('twitter:title') ?? (titleTag ? fragmentText(titleTag[1]) || null : null);
  const date = DATE_KEYS.map((k) => normalizeDate(meta.get(k))).find((d) => d) ?? timeDate(html);
  return {
    kind: 'doc',
    title,
    titleFromFirstLine: false,
    body,
    date: date ?? null,
    url: meta.get('og:url') ?? canonicalUrl(html),
    source: meta.get('og:site_name') ?? null,
  };
}
