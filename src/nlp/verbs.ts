import { createRequire } from 'node:module';

type Conjugations = Record<string, Record<string, (string | null)[]>>;

let formToLemma: Map<string, string> | null = null;
let formTenses: Map<string, string> | null = null;

// The Lefff tables list each verb's inflections; inverted once per process they give the
// infinitive of any inflected form (accusait → accuser), which compromise gets wrong for
// the French imperfect. Where two verbs share a form the first infinitive seen wins,
// except that a form's own infinitive always wins.
function index(): Map<string, string> {
  if (formToLemma) return formToLemma;
  const require = createRequire(import.meta.url);
  const table = require('french-verbs-lefff/dist/conjugations.json') as Conjugations;
  const map = new Map<string, string>();
  for (const [lemma, tenses] of Object.entries(table)) {
    map.set(lemma, lemma);
    for (const forms of Object.values(tenses)) {
      for (const f of forms) if (f && f !== 'NA' && !map.has(f)) map.set(f, lemma);
    }
  }
  formToLemma = map;
  return map;
}

/**
 * The Lefff tense codes a form can stand for, as one string of letters ('' for an unknown form):
 * P present, I imperfect, J simple past, F future, C conditional, S and T subjunctives,
 * Y imperative, G present participle, K past participle, W infinitive.
 */
export function verbTenses(form: string): string {
  if (!formTenses) {
    const require = createRequire(import.meta.url);
    const table = require('french-verbs-lefff/dist/conjugations.json') as Conjugations;
    const map = new Map<string, string>();
    for (const [lemma, tenses] of Object.entries(table)) {
      if (!(map.get(lemma) ?? '').includes('W')) map.set(lemma, (map.get(lemma) ?? '') + 'W');
      for (const [tense, forms] of Object.entries(tenses)) {
        for (const f of forms) {
          if (!f || f === 'NA') continue;
          const had = map.get(f) ?? '';
          if (!had.includes(tense)) map.set(f, had + tense);
        }
      }
    }
    formTenses = map;
  }
  return formTenses.get(form) ?? '';
}

/** Infinitive of an inflected French verb form (lowercase input), or null if unknown. */
export function verbLemma(form: string): string | null {
  return index().get(form) ?? null;
}

export function isVerbForm(form: string): boolean {
  return index().has(form);
}

/**
 * The forms whose verbLemma is one of `lemmas`, each with that lemma: for callers that only
 * care about a few verbs, a table far smaller (and faster to look words up in) than the index.
 */
export function formsWithLemma(lemmas: { has(lemma: string): boolean }): Map<string, string> {
  const out = new Map<string, string>();
  for (const [form, lemma] of index()) if (lemmas.has(lemma)) out.set(form, lemma);
  return out;
}

/** Every inflected form of the given infinitives (for building trigger look-ups). */
export function formsOf(lemmas: Iterable<string>): Map<string, string> {
  const wanted = new Set(lemmas);
  const out = new Map<string, string>();
  for (const [form, lemma] of index()) if (wanted.has(lemma)) out.set(form, lemma);
  // A form shared by two wanted verbs maps to one of them; add the missing pairs.
  const require = createRequire(import.meta.url);
  const table = require('french-verbs-lefff/dist/conjugations.json') as Conjugations;
  for (const lemma of wanted) {
    const tenses = table[lemma];
    if (!tenses) continue;
    for (const forms of Object.values(tenses)) for (const f of forms) if (f && f !== 'NA' && !out.has(f)) out.set(f, lemma);
    out.set(lemma, lemma);
  }
  return out;
}
