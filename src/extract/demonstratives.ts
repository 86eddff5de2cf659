import type { Doc, Span } from './doc.js';

// "Ceux-ci", "celles-ci": a plural demonstrative subject stands for several of those just named.
const PLURAL_DEMONSTRATIVE = /^(?:ceux-ci|celles-ci)$/;

/**
 * The people a plural demonstrative before the verb group at `groupStart` picks up: those of the
 * sentence that names the last actor before it ("X, accompagné de Y et de Z. Ceux-ci se sont
 * entretenus …"), of that actor's type, when they are at least two; otherwise nothing.
 */
export function pluralDemonstrativeReferents(doc: Doc, groupStart: number, trigger: number, list: Span[]): Span[] {
  if (!PLURAL_DEMONSTRATIVE.test(doc.low[groupStart - 1] ?? '')) return [];
  const sentence = doc.tokens[trigger].sentence;
  const last = [...list].reverse().find((x) => x.to <= groupStart - 1 && !x.delegates);
  if (!last || last.sentence < sentence - 1) return [];
  const seen = new Set<string>();
  const named = list.filter((x) => x.sentence === last.sentence && x.to <= groupStart - 1 && x.type === last.type && !x.delegates && !seen.has(x.entity) && seen.add(x.entity));
  return named.length >= 2 ? named : [];
}
