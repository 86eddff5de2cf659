// The slim view of an extraction that resolution needs (see ResolveInput).
import type { ArticleExtraction, ResolveInput } from '../types.js';

/**
 * Keeps what entity reconciliation and event merging read: entities, the kind and surface of
 * person and name mentions (other mentions never decide a merge), the events and their evidence.
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
    evidence: x.events.map((ev) => x.article.text.slice(ev.start, ev.end)),
  };
}
