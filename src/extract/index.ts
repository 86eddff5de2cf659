import type { Article, ArticleExtraction, Entity, EventMention, Mention } from '../types.js';
import { makeDoc, type Span } from './doc.js';
import { extractEvents } from './events.js';
import { lexicon } from './lexicon.js';
import { findMentions } from './mentions.js';

/** Runs extraction on one article: sentences, mentions, entities, events, with offsets. */
export function extractArticle(article: Article): ArticleExtraction {
  const doc = makeDoc(article);
  const { spans: found, people } = findMentions(doc);
  const homes = new Map(people.flatMap((p) => (p.country ? [[p.key, p.country] as const] : [])));
  const events = extractEvents(doc, found, homes);
  const spans = withoutIdleDescriptions(found, events);
  return {
    article,
    sentences: doc.sentences,
    entities: entitiesOf(doc.article.text, spans, doc),
    mentions: spans.map((s) => toMention(doc, s)),
    events,
    warnings: [],
  };
}

/** Unnamed actors ("les syndicats du secteur public") are worth a node only where they act or are acted on. */
function withoutIdleDescriptions(spans: Span[], events: EventMention[]): Span[] {
  const described = new Set(spans.filter((s) => s.kind === 'description').map((s) => s.entity));
  if (!described.size) return spans;
  for (const s of spans) if (s.kind !== 'description') described.delete(s.entity);
  const used = new Set(events.flatMap((e) => [e.agent, e.target, ...e.participants]));
  return spans.filter((s) => !described.has(s.entity) || used.has(s.entity));
}

function toMention(doc: ReturnType<typeof makeDoc>, s: Span): Mention {
  const start = doc.tokens[s.from].start;
  const end = doc.tokens[s.to - 1].end;
  return { entity: s.entity, surface: doc.article.text.slice(start, end), start, end, sentence: s.sentence, kind: s.kind };
}

function entitiesOf(text: string, spans: Span[], doc: ReturnType<typeof makeDoc>): Entity[] {
  const lex = lexicon();
  const byKey = new Map<string, Entity>();
  for (const s of spans) {
    const e = byKey.get(s.entity) ?? { key: s.entity, type: s.type, label: lex.entities.get(s.entity)?.label ?? s.label, aliases: [] };
    // Role descriptions and anaphors stay with the mention, never as the entity's aliases.
    if (s.kind !== 'role' && s.kind !== 'pronoun') {
      const surface = text.slice(doc.tokens[s.from].start, doc.tokens[s.to - 1].end);
      if (!e.aliases.includes(surface)) e.aliases.push(surface);
    }
    byKey.set(s.entity, e);
  }
  return [...byKey.values()].sort((x, y) => x.key.localeCompare(y.key));
}
