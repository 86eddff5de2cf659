// The outside scorer's matching rules (`../shared/score/score.mjs`), ported line for line so that
// `newskg eval --articles` gives the figures that judge a release. They differ from the project's
// own rules in `evaluate.ts` (accents folded, evidence located in the text, participants and topic
// words checked): do not merge the two, and change these only when the scorer changes.
import type { EntityRecord } from '../query/entities.js';
import type { EntityRef, EventRecord } from '../query/events.js';

/** A gold file as the scorer reads it: raw JSON, no defaults filled in, no check. */
export interface OutsideGoldEntity {
  id: string;
  type: string;
  name?: string;
  aliases?: string[];
}

export interface OutsideGoldEvent {
  type: string;
  agent?: string | null;
  target?: string | null;
  participants?: string[];
  topic?: string | null;
  evidence?: string | null;
}

export interface OutsideGold {
  doc: string;
  entities: OutsideGoldEntity[];
  events: OutsideGoldEvent[];
}

/** Accents, case, curly apostrophes, a leading article or title, punctuation: folded away. */
export const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^(l'|le |la |les |d'|de |du |des )/, '')
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(m|mm|mme|mr|dr) /, '');

/** Words of three letters or more, normalized. */
export const tokens = (s: string | null | undefined): Set<string> => new Set(norm(s).split(/[ ']+/).filter((t) => t.length > 2));

/** Share of the gold's words found in the system's text (1 when the gold has none). */
export function overlap(gold: string | null | undefined, sys: string | null | undefined): number {
  const g = tokens(gold);
  const s = tokens(sys);
  if (!g.size) return 1;
  let n = 0;
  for (const t of g) if (s.has(t)) n++;
  return n / g.size;
}

/**
 * Two evidences state the same thing where their character ranges in the article (whitespace
 * runs made one space) overlap by half of the shorter one; where either cannot be found verbatim,
 * most of the gold's words must be in the system's evidence.
 */
export function sameplace(gold: string | null | undefined, sys: string | null | undefined, text: string): boolean {
  const range = (e: string | null | undefined): [number, number] | null => {
    const t = (e ?? '').replace(/\s+/g, ' ').trim();
    const i = t ? text.indexOf(t) : -1;
    return i < 0 ? null : [i, i + t.length];
  };
  const g = range(gold);
  const s = range(sys);
  if (g && s) return Math.min(g[1], s[1]) - Math.max(g[0], s[0]) >= 0.5 * Math.min(g[1] - g[0], s[1] - s[0]);
  return overlap(gold, sys) >= 0.6;
}

export function namesOfGold(e: OutsideGoldEntity): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean));
}

export function namesOfSys(x: Pick<EntityRecord, 'label' | 'aliases'> | null | undefined): Set<string> {
  return new Set([x?.label, ...(x?.aliases ?? [])].map(norm).filter(Boolean));
}

export function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** What a role reference is matched against: the article's gold entities and the system's, by IRI. */
export interface RefContext {
  goldById: Map<string, OutsideGoldEntity>;
  sysByIri: Map<string, Pick<EntityRecord, 'label' | 'aliases'>>;
}

/** A system role {iri,label} stands for a gold entity id: some name in common; null only for null. */
export function refMatches(ref: EntityRef | null | undefined, goldId: string | null | undefined, ctx: RefContext): boolean {
  if (goldId == null) return ref == null;
  if (ref == null) return false;
  const g = ctx.goldById.get(goldId);
  if (!g) return false;
  const s = ctx.sysByIri.get(ref.iri) ?? { label: ref.label, aliases: [] };
  return intersects(namesOfGold(g), namesOfSys(s)) || intersects(namesOfGold(g), new Set([norm(ref.label)]));
}

/**
 * The roles and topic agree (the type and the place in the text are checked before): a Meeting
 * needs two gold participants (or all, if fewer) among the system's; a Statement the same agent and
 * half of the topic's words; any other type the same agent and, where the gold has one, target.
 */
export function rolesMatch(ge: OutsideGoldEvent, se: EventRecord, ctx: RefContext): boolean {
  if (ge.type === 'Meeting') {
    const gp = new Set([ge.agent, ge.target, ...(ge.participants ?? [])].filter((x): x is string => Boolean(x)));
    const sp = [se.agent, se.target, ...(se.participants ?? [])].filter((x): x is EntityRef => Boolean(x));
    const covered = [...gp].filter((id) => sp.some((r) => refMatches(r, id, ctx))).length;
    return covered >= Math.min(2, gp.size);
  }
  if (ge.type === 'Statement') {
    return refMatches(se.agent, ge.agent, ctx) && overlap(ge.topic, `${se.topic ?? ''} ${se.evidence ?? ''}`) >= 0.5;
  }
  return refMatches(se.agent, ge.agent, ctx) && (ge.target == null || refMatches(se.target, ge.target, ctx));
}
