// The slim view of an extraction that resolution needs (see ResolveInput).
import type { ArticleExtraction, ResolveInput } from '../types.js';
import { contentStems } from './text.js';

/**
 * Keeps what entity reconciliation and event merging read: entities, the kind and surface of
 * person and name mentions (other mentions never decide a merge), the events, and the content
 * stems of their evidence (computed here, on the extracting thread, rather than the whole text).
 */
export function toResolveInput(x: ArticleExtraction): ResolveInput {
  const persons = new Set(x.entities.filter((e) => e.type === 'Person').map((e) => e.key));
  return {
    article: { id: x.article.id, date: x.article.date },
    entities: x.entities,
    mentions: x.mentions
      .filter((m) => m.kind === 'name' || persons.has(m.entity))
      .map((m) => ({ entity: m.entity, kind: m.kind, surface: m.surface })),
    events: x.events,
    evidence: x.events.map((ev) => [...contentStems(x.article.text.slice(ev.start, ev.end))].join(' ')),
  };
}
