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

// Pre-scan. Some tags (places, first names) are set by fr-compromise from its lexicon only: no
// rule of its tagger assigns them (test/nlp/tagger.test.ts checks this against the package).
// A term can then carry such a tag only if its look-up word is, or is a word of, a lexicon
// entry with that tag, so a cheap look-up can rule most words out without parsing their
// sentence at all.

interface CompromiseModel {
  one: {
    lexicon: Record<string, string | string[]>;
    tagSet: Record<string, { parents?: string[] }>;
    contractions: Array<{ word?: string; before?: string; after?: string; out: string[] }>;
    unicode: Record<string, string>;
  };
}

interface TagWords {
  /** Letter runs of the lexicon entries carrying the tag or a tag below it. */
  runs: Set<string>;
  unicode: Record<string, string>;
}

const wordsByTag = new Map<string, TagWords>();

/** Runs of letters: what is left of a word between its hyphens, dots, apostrophes and spaces. */
const letterRuns = (s: string): string[] => s.split(/[^\p{L}]+/u).filter(Boolean);

/**
 * A word as compromise keys its lexicon: lower-cased, then transliterated character by
 * character with its own table ("ł" → "l", but "é" kept), exactly as its normalizer does.
 */
function compromiseCase(s: string, unicode: Record<string, string>): string {
  const lower = s.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) out += unicode[lower[i]] || lower[i];
  return out;
}

/** The lexicon-only tags extraction asks about: their words are gathered in one walk of the lexicon. */
const LEXICON_TAGS = ['Place', 'FirstName'];

function tagWords(tag: string): TagWords {
  const known = wordsByTag.get(tag);
  if (known) return known;
  const model = (compromise() as unknown as { model(): CompromiseModel }).model();
  const { lexicon, tagSet, contractions, unicode } = model.one;
  const tags = LEXICON_TAGS.includes(tag) ? LEXICON_TAGS.filter((t) => !wordsByTag.has(t)) : [tag];
  const families = tags.map((t) => new Set(Object.keys(tagSet).filter((x) => x === t || (tagSet[x].parents ?? []).includes(t))));
  const runs = tags.map(() => new Set<string>());
  // One walk for every tag, with for…in rather than Object.entries: the lexicon holds some
  // 60 000 entries, and the pair arrays cost more than the walk itself.
  for (const key in lexicon) {
    const value = lexicon[key];
    for (let k = 0; k < tags.length; k++) {
      if (typeof value === 'string' ? families[k].has(value) : value.some((t) => families[k].has(t))) for (const r of letterRuns(key)) runs[k].add(r);
    }
  }
  for (let k = 0; k < tags.length; k++) {
    // A contraction is looked up by its expansion ("au" as "à le"): if an expansion word has the
    // tag, the contracted forms may carry it too.
    for (const c of contractions) {
      if (c.out.some((w) => letterRuns(w).some((r) => runs[k].has(r)))) for (const f of [c.word, c.before, c.after]) if (f) for (const r of letterRuns(f)) runs[k].add(r);
    }
    wordsByTag.set(tags[k], { runs: runs[k], unicode });
  }
  return wordsByTag.get(tag)!;
}

/**
 * False when the compromise term that starts where `chunk` starts (chunk: the text from there
 * to the next space) cannot carry `tag`, which compromise sets from its lexicon only (see
 * above): then the sentence need not be parsed to know it. True means "maybe": parse and look.
 *
 * The term's look-up word is its text in compromise's case, less some characters (dots of
 * acronyms, the hyphen of "x-y", zero-width spaces, a final "'s"), with "in'" read as "ing".
 * Its first letter run is therefore the chunk's first run, or the first few joined, maybe
 * with a "g": if none of those is a run of a lexicon entry with the tag, the word is none.
 */
export function lexiconMayTag(chunk: string, tag: string): boolean {
  const { runs, unicode } = tagWords(tag);
  // Lower-casing a Greek capital sigma depends on what follows it, beyond the term.
  if (chunk.includes('Σ')) return true;
  let joined = '';
  for (const r of letterRuns(compromiseCase(chunk, unicode))) {
    joined += r;
    if (runs.has(joined) || (/[aeiou][ktrp]in$/.test(joined) && runs.has(joined + 'g'))) return true;
  }
  return false;
}
