// What event extraction knows while it reads an article, and the one way an event is recorded:
// every reading (verbs, nouns, statements, demands, offers, ultimatums) looks actors up and
// pushes its events through here, so none of them needs another reading's module.
import type { EventMention, EventType } from '../types.js';
import { ACTOR_TYPES, type Doc, type Span } from './doc.js';
import { findQuotes, insideQuote, type Quote } from './quotes.js';
import { factuality } from './status.js';
import { gendersOf, pronounAntecedent, pronounOf, type Discourse, type Gender } from './coreference.js';

/** What event extraction in one sentence knows about the article so far. */
export interface EventContext {
  doc: Doc;
  spans: Span[];
  events: EventMention[];
  /** Look-ups kept as indexes so that long articles stay linear. */
  index: ContextIndex;
  /** Most recent actor that was an event's agent (for "il"/"elle" subjects). */
  lastAgent: Span | null;
  lastSpeaker: Span | null;
  date: string | null;
}

export interface ContextIndex {
  actors: Map<number, Span[]>;
  places: Map<number, Span[]>;
  firstSpan: Map<string, Span>;
  /** Person spans in text order. */
  persons: Span[];
  /** Actor spans (people, organizations, countries) in text order. */
  actorList: Span[];
  genders: Map<string, Gender | null>;
  /** Each person's country, where the article says it. */
  homes: ReadonlyMap<string, string>;
  eventsBySentence: Map<number, EventMention[]>;
  eventKeys: Map<string, EventMention[]>;
}

export function buildIndex(doc: Doc, spans: Span[], homes: ReadonlyMap<string, string> = new Map()): ContextIndex {
  const actors = new Map<number, Span[]>();
  const places = new Map<number, Span[]>();
  const firstSpan = new Map<string, Span>();
  for (const s of spans) {
    const table = s.type === 'Place' ? places : ACTOR_TYPES.has(s.type) ? actors : null;
    if (table) table.set(s.sentence, [...(table.get(s.sentence) ?? []), s]);
    if (!firstSpan.has(s.entity)) firstSpan.set(s.entity, s);
  }
  const persons = spans.filter((s) => s.type === 'Person').sort((x, y) => x.to - y.to || x.from - y.from);
  const actorList = spans.filter((s) => ACTOR_TYPES.has(s.type)).sort((x, y) => x.from - y.from || x.to - y.to);
  return { actors, places, firstSpan, persons, actorList, genders: gendersOf(doc, spans), homes, eventsBySentence: new Map(), eventKeys: new Map() };
}

export const actorsIn = (ctx: EventContext, s: number): Span[] => ctx.index.actors.get(s) ?? [];
export const eventsIn = (ctx: EventContext, s: number): EventMention[] => ctx.index.eventsBySentence.get(s) ?? [];
/** Events found so far in the sentence being read: they are the tail of ctx.events. */
export function eventsInProgress(ctx: EventContext, s: number): EventMention[] {
  const out: EventMention[] = [];
  for (let k = ctx.events.length - 1; k >= 0 && ctx.events[k].sentence === s; k--) out.unshift(ctx.events[k]);
  return out;
}

export const spanOf = (ctx: EventContext, entity: string | null): Span | null => (entity ? ctx.index.firstSpan.get(entity) ?? null : null);

/** Sentence `s`'s own mention of `entity`, else the article's first one. */
export const actorSpan = (ctx: EventContext, s: number, entity: string | null): Span | null =>
  (entity ? actorsIn(ctx, s).find((x) => x.entity === entity) : undefined) ?? spanOf(ctx, entity);

/** The last person span ending at or before token `to` that passes `ok`. */
export function lastPersonBefore(ctx: EventContext, to: number, ok: (s: Span) => boolean = () => true): Span | null {
  const list = ctx.index.persons;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].to <= to) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) if (ok(list[k])) return list[k];
  return null;
}

/**
 * What the subject pronoun at token `at` ("il", "elles", "a-t-il") refers to: the coreference
 * stage's antecedent by salience and agreement, else the last person who acted.
 */
export function resolvePronounAt(ctx: EventContext, at: number, speaker = false): Span[] {
  const pronoun = pronounOf(ctx.doc.tokens[at]?.text ?? '');
  const found = pronoun ? pronounAntecedent(ctx.doc, ctx.index.actorList, discourseOf(ctx), at, pronoun, speaker) : [];
  if (found.length) return found;
  const p = resolvePronoun(ctx, ctx.doc.tokens[at].start);
  // The last person who acted, if the pronoun's gender does not rule them out ("il" is not Élodie).
  const gender = p ? ctx.index.genders.get(p.entity) : null;
  return p && !(pronoun && gender && gender !== (pronoun.startsWith('elle') ? 'f' : 'm')) ? [p] : [];
}

// One per article: its quote marks are found once per sentence, however many pronouns ask.
const discourses = new WeakMap<EventContext, Discourse>();

export function discourseOf(ctx: EventContext): Discourse {
  let d = discourses.get(ctx);
  if (!d) discourses.set(ctx, (d = newDiscourse(ctx)));
  return d;
}

function newDiscourse(ctx: EventContext): Discourse {
  const { doc } = ctx;
  const quotes = new Map<number, Quote[]>();
  return {
    genders: ctx.index.genders,
    quoted: (i) => {
      const s = doc.tokens[i].sentence;
      let q = quotes.get(s);
      if (!q) quotes.set(s, (q = findQuotes(doc, s)));
      return insideQuote(q, i);
    },
    agents: (s) => {
      const out: Span[] = [];
      for (const e of eventsIn(ctx, s)) {
        const span = actorSpan(ctx, s, e.agent);
        if (span && !out.includes(span)) out.push(span);
      }
      return out;
    },
  };
}

/** Resolves "il"/"elle" to the last person who acted, else the last actor, else the last person named. */
export function resolvePronoun(ctx: EventContext, before: number): Span | null {
  for (let k = ctx.events.length - 1; k >= 0; k--) {
    const e = ctx.events[k];
    if (e.start >= before || !e.agent?.startsWith('person/')) continue;
    const span = spanOf(ctx, e.agent);
    if (span) return span;
  }
  if (ctx.lastAgent) return ctx.lastAgent;
  return lastPersonBefore(ctx, Infinity, (s) => ctx.doc.tokens[s.to - 1].end <= before);
}

export function placeIn(ctx: EventContext, s: number, near: number): string | null {
  const { doc } = ctx;
  const places = (ctx.index.places.get(s) ?? []).filter((p) => /^(?:à|a|près)$/.test(doc.low[p.from - 1] ?? doc.low[p.from - 2]));
  if (!places.length) return null;
  places.sort((x, y) => Math.abs(x.from - near) - Math.abs(y.from - near));
  return places[0].entity;
}

export function phrase(doc: Doc, from: number, to: number): string {
  if (to <= from) return '';
  // Quotation marks and stray punctuation at the edges are not part of what the event is about.
  return doc.article.text
    .slice(doc.tokens[from].start, doc.tokens[to - 1].end)
    .trim()
    .replace(/^[«“"'\s,;:]+|[»”"\s,;:]+$/g, '')
    .trim();
}

export interface Draft {
  type: EventType;
  agent: Span;
  target: Span | null;
  participants: Span[];
  topic: string | null;
  trigger: number;
  from: number;
  to: number;
  place: string | null;
  quote?: string | null;
  /** Token where the evidence starts when it is a quotation opened in an earlier sentence. */
  quoteFrom?: number;
}

export function pushEvent(ctx: EventContext, d: Draft): void {
  const { doc } = ctx;
  const target = d.target && d.target.entity === d.agent.entity ? null : d.target;
  const sentence = doc.tokens[d.trigger].sentence;
  // Evidence is the sentence stating the event or part of it: an antecedent found in an earlier
  // sentence (a pronoun's, a description's) is not part of what this one says.
  const [first, last] = doc.ranges[sentence];
  // A quotation of several sentences is stated by all of them, from its opening mark.
  const start = doc.tokens[d.quoteFrom !== undefined && d.quoteFrom < first ? d.quoteFrom : Math.max(d.from, first)].start;
  const end = doc.tokens[Math.min(d.to, last) - 1].end;
  // A verb of saying says one thing: two readings of it by one speaker are one statement.
  const at = doc.tokens[d.trigger];
  if (d.type === 'Statement' && eventsInProgress(ctx, sentence).some((e) => e.type === 'Statement' && e.agent === d.agent.entity && e.trigger === at.text && e.start <= at.start && e.end >= at.end)) return;
  // Scraped pages repeat captions: the same event read twice from the same words is one event.
  const evidence = doc.article.text.slice(start, end);
  // A quote's own statement is asserted by its attribution, whatever the quoted words deny.
  const status = d.type === 'Statement' && d.quote ? 'asserted' : factuality(doc, d.trigger, d.type);
  // A meeting only asked for or offered is the Demand or Proposal, not a Meeting.
  if (status === 'wished') return;
  // "X et Y ont discuté … au cours d'une conversation téléphonique": a meeting verb and a meeting noun
  // of one sentence with the same participants state one meeting.
  if (d.type === 'Meeting') {
    const who = [...new Set(d.participants.map((p) => p.entity))].sort().join('|');
    const same = (e: EventMention) => e.type === 'Meeting' && (e.status ?? 'asserted') === status && [...e.participants].sort().join('|') === who;
    if (eventsInProgress(ctx, sentence).some(same)) return;
  }
  const key = `${d.type}|${d.agent.entity}|${target?.entity ?? ''}|${d.topic ?? ''}|${status}`;
  const same = ctx.index.eventKeys.get(key) ?? [];
  if (same.some((e) => e.sentence === sentence || doc.article.text.slice(e.start, e.end) === evidence)) return;
  const event: EventMention = {
    type: d.type,
    agent: d.agent.entity,
    target: target?.entity ?? null,
    participants: [...new Set(d.participants.map((p) => p.entity))],
    place: d.place,
    topic: d.topic,
    quote: d.quote ?? null,
    date: ctx.date,
    ...(status === 'asserted' ? {} : { status }),
    trigger: doc.tokens[d.trigger].text,
    sentence,
    start,
    end,
  };
  ctx.events.push(event);
  ctx.index.eventKeys.set(key, [...same, event]);
  ctx.lastAgent = d.agent;
}

/** The speaker a quote is attributed to (set by statement extraction). */
export function speakerOf(ctx: EventContext, q: Quote): Span | null {
  const { doc } = ctx;
  const start = doc.tokens[q.origin ?? q.open].start;
  const st = ctx.events.find((e) => e.type === 'Statement' && e.start <= start && e.end >= start && e.agent && (e.sentence === q.sentence || q.origin !== undefined));
  if (!st) return null;
  return spanOf(ctx, st.agent);
}
