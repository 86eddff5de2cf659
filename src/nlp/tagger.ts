import { createRequire } from 'node:module';
import type { Sentence, Token } from '../types.js';
import { fold } from './normalize.js';

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

// Pre-scan. Some tags (places, first names) are set by fr-compromise from its lexicon only: no
// rule of its tagger assigns them (test/nlp/tagger.test.ts checks this against the package).
// A word can then carry such a tag only if it is, or is a word of, a lexicon entry with that
// tag, so a cheap look-up can rule most words out without parsing their sentence at all.

interface CompromiseModel {
  one: {
    lexicon: Record<string, string | string[]>;
    tagSet: Record<string, { parents?: string[] }>;
    contractions: Array<{ word?: string; before?: string; after?: string; out: string[] }>;
  };
}

const lexiconWordsByTag = new Map<string, Set<string>>();

// Letters runs, the way both sides are compared: compromise splits terms at hyphens, slashes
// and apostrophes, and multi-word entries tag each of their words.
const pieces = (s: string): string[] => fold(s).split(/[^\p{L}]+/u).filter(Boolean);

/** Folded words of every compromise lexicon entry carrying `tag` or a tag below it. */
function lexiconWords(tag: string): Set<string> {
  let words = lexiconWordsByTag.get(tag);
  if (words) return words;
  const model = (compromise() as unknown as { model(): CompromiseModel }).model();
  const family = new Set(Object.keys(model.one.tagSet).filter((t) => t === tag || (model.one.tagSet[t].parents ?? []).includes(tag)));
  words = new Set();
  for (const [key, tags] of Object.entries(model.one.lexicon)) {
    if ((Array.isArray(tags) ? tags : [tags]).some((t) => family.has(t))) for (const p of pieces(key)) words.add(p);
  }
  // A contraction is looked up by its expansion ("au" as "à le"): if an expansion word has the
  // tag, the contracted forms may carry it too.
  for (const c of model.one.contractions) {
    if (c.out.some((w) => pieces(w).some((p) => words!.has(p)))) for (const f of [c.word, c.before, c.after]) if (f) for (const p of pieces(f)) words.add(p);
  }
  lexiconWordsByTag.set(tag, words);
  return words;
}

/**
 * False when no fr-compromise term inside `chunk` (text between two spaces) can carry `tag`,
 * which compromise sets from its lexicon only (see above): then the sentence need not be
 * parsed to know it. True means "maybe": parse and look. Letters outside a–z after folding
 * answer "maybe" too, since compromise folds some of them differently ("Ł" as "l").
 */
export function lexiconMayTag(chunk: string, tag: string): boolean {
  const words = lexiconWords(tag);
  for (const p of pieces(chunk)) if (/[^a-z]/.test(p) || words.has(p)) return true;
  return false;
}
