import { createRequire } from 'node:module';
import type { Sentence, Token } from '../types.js';

/**
 * Part-of-speech tags from fr-compromise for the tokens of one sentence, aligned by
 * character offset (compromise's own terms fold elisions like "l'OTAN" into one term
 * and shift offsets, so tokens are ours and only its tags are borrowed). Returns one tag
 * set per token; an empty set where compromise has no term at that offset.
 */
type Nlp = typeof import('fr-compromise').default;
let nlp: Nlp | null = null;

// Loaded on first use: commands that never tag (queries, serve, view) start without it.
function compromise(): Nlp {
  nlp ??= createRequire(import.meta.url)('fr-compromise') as Nlp;
  return nlp;
}

export function tagSentence(sentence: Sentence, tokens: Token[]): Set<string>[] {
  const doc = compromise()(sentence.text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  const byStart = new Map<number, Set<string>>();
  for (const s of json) {
    for (const t of s.terms) {
      if (!t.text) continue;
      const at = sentence.start + t.offset.start;
      const tags = byStart.get(at) ?? new Set<string>();
      for (const tag of t.tags) tags.add(tag);
      byStart.set(at, tags);
    }
  }
  // An elided term ("l'Ukraine") starts at the clitic; its tags describe the host word.
  const out: Set<string>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const own = byStart.get(tokens[i].start);
    const prev = i > 0 && /['’]$/.test(tokens[i - 1].text) ? byStart.get(tokens[i - 1].start) : undefined;
    out.push(prev && (!own || own.has('Determiner') || own.has('Preposition')) ? prev : own ?? new Set());
  }
  return out;
}
