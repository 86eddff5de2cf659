// The slim view of an extraction that resolution needs (see ResolveInput).
import type { ArticleExtraction, EventDigest, EventMention, Mention, ResolveInput } from '../types.js';
import { contentStems, normalizeQuote } from './text.js';

/**
 * Keeps what entity reconciliation and event merging read: entities, the kind and surface of
 * person and name mentions, counted (other mentions never decide a merge), the events, and each event's
 * digest. Digests are computed here, on the extracting thread: stemming and normalizing every
 * topic, quote and evidence span is most of resolution's text work, and it is per article.
 */
export function toResolveInput(x: ArticleExtraction): ResolveInput {
  const persons = new Set(x.entities.filter((e) => e.type === 'Person').map((e) => e.key));
  return {
    article: { id: x.article.id, date: x.article.date },
    entities: x.entities,
    mentions: countMentions(x.mentions.filter((m) => m.kind === 'name' || persons.has(m.entity))),
    events: x.events,
    digests: x.events.map((ev) => digest(ev, x.article.text)),
  };
}

/** One entry per distinct (entity, kind, surface): an article names the same person many times. */
function countMentions(mentions: Mention[]): ResolveInput['mentions'] {
  const out = new Map<string, ResolveInput['mentions'][number]>();
  for (const m of mentions) {
    const k = `${m.entity}\u0000${m.kind}\u0000${m.surface}`;
    const seen = out.get(k);
    if (seen) seen.count++;
    else out.set(k, { entity: m.entity, kind: m.kind, surface: m.surface, count: 1 });
  }
  return [...out.values()];
}

function digest(ev: EventMention, text: string): EventDigest {
  const said = ev.quote ?? ev.topic;
  return {
    topic: ev.topic === null ? '' : [...contentStems(ev.topic)].join(' '),
    text: ev.type === 'Statement' && said !== null ? normalizeQuote(said) : '',
    evidence: [...contentStems(text.slice(ev.start, ev.end))].join(' '),
  };
}
