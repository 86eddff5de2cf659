// Name and text normalization for matching. Gold aliases are verbatim
// (’ vs ', non-breaking spaces, "l'OTAN" vs "OTAN"), while an extractor may
// report any of these variants; comparison has to ignore such differences.

// JavaScript's \s already covers the non-breaking and narrow non-breaking spaces
// French typography puts around « » and before : ; ? !
const SPACE_LIKE = /\s+/gu;
const APOSTROPHES = /[’‘ʼ`´]/gu;
// Repeated until stable so that a determiner followed by a title ("la Mme X") loses both.
const LEADING_WORD = /^(?:(?:le|la|les|un|une|des|m\.|mme\.?)\s+|l'\s*)/u;

function canonicalChars(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'").replace(SPACE_LIKE, ' ').trim();
}

/** The form two names are compared on; '' when nothing name-like is left. */
export function normalizeName(s: string): string {
  let out = canonicalChars(s);
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(LEADING_WORD, '').trim();
  }
  return out;
}

/** Distinct non-empty normalized forms of a set of names. */
export function nameForms(names: Iterable<string>): Set<string> {
  const forms = new Set<string>();
  for (const n of names) {
    const f = normalizeName(n);
    if (f) forms.add(f);
  }
  return forms;
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

// Function words and elided clitics: they would make any two French sentences look alike.
const STOPWORDS = new Set(
  (
    'le la les l un une des d de du au aux à a et ou en dans pour par sur sous avec sans que qu qui quoi dont ' +
    'ce cet cette ces c ça se s son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes ' +
    'il elle ils elles on nous vous je j tu lui y ne n pas plus est sont été être avoir ont ai as avons avez ' +
    'mais comme si t'
  ).split(' '),
);

/** Lowercased word tokens without stopwords, for topic and evidence overlap. */
export function contentTokens(s: string): Set<string> {
  const words = canonicalChars(s).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOPWORDS.has(w)));
}

/** Jaccard index; two empty sets count as identical so a stopword-only topic can still score 1 against itself. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const inter = sharedCount(a, b);
  return inter / (a.size + b.size - inter);
}
