// Reads and checks the gold files. Every problem becomes a single-line error
// naming the file, because the CLI prints it as is and a bad annotation should
// be fixable without a stack trace.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, EVENT_TYPES } from '../types.js';
import type { GoldDoc, GoldEntity, GoldEvent } from './types.js';

const GOLD_SUFFIX = '.gold.json';

export class GoldError extends Error {
  override name = 'GoldError';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function optionalId(v: unknown): v is string | null | undefined {
  return v === null || v === undefined || typeof v === 'string';
}

function parseEntity(v: unknown, where: string): GoldEntity {
  if (!isObject(v)) throw new GoldError(`${where}: not an object`);
  const { id, type, name, aliases } = v;
  if (typeof id !== 'string' || !id) throw new GoldError(`${where}: missing "id"`);
  if (!ENTITY_TYPES.includes(type as never)) throw new GoldError(`${where} (${id}): bad type ${JSON.stringify(type)}`);
  if (typeof name !== 'string') throw new GoldError(`${where} (${id}): missing "name"`);
  if (aliases !== undefined && !isStringArray(aliases)) throw new GoldError(`${where} (${id}): "aliases" must be strings`);
  return { id, type: type as GoldEntity['type'], name, aliases: aliases ?? [] };
}

function parseEvent(v: unknown, where: string, ids: Set<string>): GoldEvent {
  if (!isObject(v)) throw new GoldError(`${where}: not an object`);
  const { type, agent, target, participants, place, topic, evidence } = v;
  if (!EVENT_TYPES.includes(type as never)) throw new GoldError(`${where}: bad type ${JSON.stringify(type)}`);
  if (typeof evidence !== 'string') throw new GoldError(`${where}: missing "evidence"`);
  if (!optionalId(agent) || !optionalId(target) || !optionalId(place)) {
    throw new GoldError(`${where}: agent, target and place must be entity ids or null`);
  }
  if (participants !== undefined && !isStringArray(participants)) {
    throw new GoldError(`${where}: "participants" must be entity ids`);
  }
  const parts = participants ?? [];
  for (const ref of [agent, target, place, ...parts]) {
    if (typeof ref === 'string' && !ids.has(ref)) throw new GoldError(`${where}: unknown entity id "${ref}"`);
  }
  return {
    type: type as GoldEvent['type'],
    agent: agent ?? null,
    target: target ?? null,
    participants: parts,
    place: place ?? null,
    topic: typeof topic === 'string' ? topic : '',
    evidence,
  };
}

/** Parses one gold file's text; `file` only labels error messages. */
export function parseGold(text: string, file: string): GoldDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new GoldError(`${file}: invalid JSON: ${oneLine((e as Error).message)}`);
  }
  if (!isObject(raw)) throw new GoldError(`${file}: top level must be an object`);
  const { doc, date, entities, events } = raw;
  if (typeof doc !== 'string' || !doc) throw new GoldError(`${file}: missing "doc"`);
  if (date !== undefined && date !== null && typeof date !== 'string') throw new GoldError(`${file}: "date" must be a string or null`);
  if (!Array.isArray(entities)) throw new GoldError(`${file}: "entities" must be an array`);
  if (!Array.isArray(events)) throw new GoldError(`${file}: "events" must be an array`);
  const ents = entities.map((e, i) => parseEntity(e, `${file}: entities[${i}]`));
  const ids = new Set<string>();
  for (const e of ents) {
    if (ids.has(e.id)) throw new GoldError(`${file}: duplicate entity id "${e.id}"`);
    ids.add(e.id);
  }
  const evs = events.map((e, i) => parseEvent(e, `${file}: events[${i}]`, ids));
  return { doc, date: date ?? null, entities: ents, events: evs, file };
}

/** Every `*.gold.json` in `dir`, sorted by file name. */
export function loadGold(dir: string): GoldDoc[] {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new GoldError(`gold directory not found: ${dir}`);
  }
  if (!isDir) throw new GoldError(`not a directory: ${dir}`);
  const names = readdirSync(dir).filter((n) => n.endsWith(GOLD_SUFFIX)).sort();
  if (names.length === 0) throw new GoldError(`no *${GOLD_SUFFIX} files in ${dir}`);
  const docs: GoldDoc[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    const gold = parseGold(readFileSync(file, 'utf8'), file);
    const other = seen.get(gold.doc);
    // Two files for one article would silently double its gold counts.
    if (other) throw new GoldError(`${file}: doc "${gold.doc}" is already annotated in ${other}`);
    seen.set(gold.doc, file);
    docs.push(gold);
  }
  return docs;
}
