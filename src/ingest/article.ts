import type { Article } from '../types.js';
import { clean } from './clean.js';
import { findDate, splitDateMarker } from './dates.js';
import type { RawDoc } from './formats/types.js';
import type { Sidecar } from './meta.js';

/** A first line longer than this is a paragraph (a scrape that lost its headline), not a title. */
const MAX_TITLE_LENGTH = 300;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}

export function buildArticle(doc: RawDoc, id: string, origin: string, sidecar: Sidecar | null): Article | null {
  const marked = splitDateMarker(doc.body);
  const body = clean(marked.text);
  let title = sidecar?.title ?? (doc.title !== null ? oneLine(doc.title) : null);
  if (title === null && doc.titleFromFirstLine) {
    const first = firstLine(body);
    title = first && first.length <= MAX_TITLE_LENGTH ? first : null;
  }
  // The title is the first line of the text, said once.
  const text = title && firstLine(body) !== title ? (body ? `${title}\n\n${body}` : title) : body;
  if (!text) return null;
  return {
    id,
    origin,
    title: title || null,
    date: sidecar?.date ?? doc.date ?? marked.date ?? findDate(text),
    url: sidecar?.url ?? doc.url,
    source: sidecar?.source ?? doc.source,
    text,
  };
}
