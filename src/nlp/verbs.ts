import { createRequire } from 'node:module';

type Conjugations = Record<string, Record<string, (string | null)[]>>;

/** Lefff tense codes, one bit each in a form's entry (see verbTenses). */
const TENSES = 'PIJFCSTYGKW';
const TENSE_BITS = 12;

interface VerbIndex {
  lemmas: string[];
  /** Form → index of its infinitive in `lemmas` << TENSE_BITS | the bits of the tenses it can stand for. */
  forms: Map<string, number>;
}

let verbIndex: VerbIndex | null = null;
const tenseStrings: string[] = [];

// The Lefff tables list each verb's inflections; inverted once per process they give the
// infinitive of any inflected form (accusait → accuser), which compromise gets wrong for
// the French imperfect. Where two verbs share a form the first infinitive seen wins,
// except that a form's own infinitive always wins. One walk gathers the tenses too: the
// table holds 420 000 forms, and walking it is most of what loading it costs.
function index(): VerbIndex {
  if (verbIndex) return verbIndex;
  const require = createRequire(import.meta.url);
  const table = require('french-verbs-lefff/dist/conjugations.json') as Conjugations;
  const bit: Record<string, number> = {};
  for (let i = 0; i < TENSES.length; i++) bit[TENSES[i]] = 1 << i;
  const lemmas = Object.keys(table);
  const forms = new Map<string, number>();
  for (let li = 0; li < lemmas.length; li++) {
    const lemma = lemmas[li];
    forms.set(lemma, (li << TENSE_BITS) | ((forms.get(lemma) ?? 0) & ((1 << TENSE_BITS) - 1)) | bit.W);
    const tenses = table[lemma];
    for (const tense in tenses) {
      const b = bit[tense];
      for (const f of tenses[tense]) {
        if (!f || f === 'NA') continue;
        const had = forms.get(f);
        if (had === undefined) forms.set(f, (li << TENSE_BITS) | b);
        else if ((had & b) === 0) forms.set(f, had | b);
      }
    }
  }
  verbIndex = { lemmas, forms };
  return verbIndex;
}

/**
 * The Lefff tense codes a form can stand for, as one string of letters ('' for an unknown form):
 * P present, I imperfect, J simple past, F future, C conditional, S and T subjunctives,
 * Y imperative, G present participle, K past participle, W infinitive.
 */
export function verbTenses(form: string): string {
  const entry = index().forms.get(form);
  if (entry === undefined) return '';
  const bits = entry & ((1 << TENSE_BITS) - 1);
  let out = tenseStrings[bits];
  if (out === undefined) {
    out = '';
    for (let i = 0; i < TENSES.length; i++) if (bits & (1 << i)) out += TENSES[i];
    tenseStrings[bits] = out;
  }
  return out;
}

/** Infinitive of an inflected French verb form (lowercase input), or null if unknown. */
export function verbLemma(form: string): string | null {
  const { forms, lemmas } = index();
  const entry = forms.get(form);
  return entry === undefined ? null : lemmas[entry >>> TENSE_BITS];
}

export function isVerbForm(form: string): boolean {
  return index().forms.has(form);
}

/**
 * The forms whose verbLemma is one of `lemmas`, each with that lemma: for callers that only
 * care about a few verbs, a table far smaller (and faster to look words up in) than the index.
 */
export function formsWithLemma(lemmas: { has(lemma: string): boolean }): Map<string, string> {
  const out = new Map<string, string>();
  const { forms, lemmas: names } = index();
  for (const [form, entry] of forms) {
    const lemma = names[entry >>> TENSE_BITS];
    if (lemmas.has(lemma)) out.set(form, lemma);
  }
  return out;
}

/** Every inflected form of the given infinitives (for building trigger look-ups). */
export function formsOf(lemmas: Iterable<string>): Map<string, string> {
  const wanted = new Set(lemmas);
  const out = new Map<string, string>();
  const known = index();
  for (const [form, entry] of known.forms) {
    const lemma = known.lemmas[entry >>> TENSE_BITS];
    if (wanted.has(lemma)) out.set(form, lemma);
  }
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
