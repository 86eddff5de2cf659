// Deterministic IRI minting. The same article, entity or event always gets the same IRI,
// whatever order the corpus is processed in, so graphs from separate builds can be merged.
import { createHash } from 'node:crypto';
import type { EntityType, EventType } from '../types.js';

export const DEFAULT_BASE = 'https://w3id.org/newskg/id/';

/** Checks that a base can prefix our relative paths without changing their meaning. */
export function checkBase(base: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s<>"{}|\\^`]*[/#]$/i.test(base)) {
    throw new Error(`invalid base IRI ${JSON.stringify(base)}: it must be absolute and end with '/' or '#'`);
  }
  return base;
}

export function shortHash(text: string, hexChars = 12): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, hexChars);
}

// Ligatures and letters that NFKD does not decompose into ASCII.
const SPECIAL_FOLDS: Record<string, string> = {
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
};

/** Lowercase, accent-free, ASCII-only form of a name; other characters are kept for the caller to judge. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøđðþłıħ]/g, (c) => SPECIAL_FOLDS[c] ?? c);
}

// French elided articles ("l'OTAN", "d'Ukraine") are not part of the name.
const ELISION = /^(?:l|d|qu)['’ʼ`]\s*/i;

/**
 * Readable slug: "Sergueï Lavrov" → "serguei-lavrov", "l'OTAN" → "otan".
 * A name that loses letters when folded to ASCII (Cyrillic, CJK…) gets a hash suffix so two such
 * names cannot collide, and a name with nothing left gets a hash alone.
 */
export function slugify(name: string): string {
  const trimmed = name.normalize('NFC').trim().replace(ELISION, '');
  const folded = foldText(trimmed);
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const lossy = /[\p{L}\p{N}]/u.test(folded.replace(/[a-z0-9]/g, ''));
  if (slug === '') return `x-${shortHash(trimmed, 10)}`;
  return lossy ? `${slug}-${shortHash(trimmed, 8)}` : slug;
}

/**
 * Article ids are usually file names, which are already IRI-safe; keeping them verbatim keeps
 * the mapping injective ("a_b" and "a-b" stay apart). Anything else is slugged plus a hash.
 */
export function articleSlug(id: string): string {
  if (/^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/.test(id) && id !== '.' && id !== '..') return id;
  return `${slugify(id)}-${shortHash(id, 8)}`;
}

export function entityTypeSegment(type: EntityType): string {
  return type.toLowerCase();
}

/** Entity IRI from its global key (`type/slug`); the slug part is re-slugged so accents fold. */
export function entityIri(base: string, key: string, type: EntityType): string {
  const slash = key.indexOf('/');
  const local = slash < 0 ? key : key.slice(slash + 1);
  return `${base}${entityTypeSegment(type)}/${slugify(local)}`;
}

export function articleIri(base: string, articleId: string): string {
  return `${base}article/${articleSlug(articleId)}`;
}

export function sentenceIri(base: string, articleId: string, index: number): string {
  return `${articleIri(base, articleId)}/s${index}`;
}

export function mentionIri(base: string, articleId: string, start: number, end: number, suffix = ''): string {
  return `${articleIri(base, articleId)}/m${start}-${end}${suffix}`;
}

/** Named graph holding one article's triples in TriG output. */
export function articleGraphIri(base: string, articleId: string): string {
  return `${base}graph/${articleSlug(articleId)}`;
}

/** Named graph holding the merged event descriptions in TriG output. */
export function eventsGraphIri(base: string): string {
  return `${base}graph/events`;
}

/** Named graph holding the merged entity descriptions in TriG output. */
export function entitiesGraphIri(base: string): string {
  return `${base}graph/entities`;
}

export interface EventIdentity {
  articleId: string;
  type: EventType;
  start: number;
  end: number;
  agent: string | null;
  target: string | null;
}

/**
 * Per-article event IRI of newskg ≤ 0.1 (one node per event mention), kept for library users;
 * graphs now use mergedEventIri and eventMentionIri.
 * `event/{type}-{sha1 of the identity, 12 hex}`; `salt` separates distinct events sharing an identity.
 */
export function eventIri(base: string, id: EventIdentity, salt = ''): string {
  const material = JSON.stringify([id.articleId, id.type, id.start, id.end, id.agent, id.target]) + salt;
  return `${base}event/${id.type.toLowerCase()}-${shortHash(material, 12)}`;
}

/** Merged event: `event/{type}-{sha1 of MergedEvent.key, 12 hex}`. */
export function mergedEventIri(base: string, type: EventType, key: string): string {
  return `${base}event/${type.toLowerCase()}-${shortHash(key, 12)}`;
}

/** One article's report of an event: `article/{slug}/e{start}-{end}-{type}`, `-2`, `-3`… for distinct reports sharing that. */
export function eventMentionIri(base: string, articleId: string, start: number, end: number, type: EventType, suffix = ''): string {
  return `${articleIri(base, articleId)}/e${start}-${end}-${type.toLowerCase()}${suffix}`;
}
