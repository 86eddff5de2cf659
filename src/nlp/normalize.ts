// Folding used for every lexicon look-up, so that "Etat"/"État", "l’Otan"/"l'OTAN" and
// non-breaking spaces in scraped text compare equal.
const APOSTROPHES = /[’‘ʼ`´]/g;
const SPACES = /[\u00a0\u202f\u2009\u2007\s]+/g;

// Printable ASCII but the backtick: nothing to decompose, unify or trim, only to lower-case.
const PLAIN = /^[\x21-\x5f\x61-\x7e]*$/;
// Folded words, remembered: the same few thousand words are folded again and again.
const memo = new Map<string, string>();
const MEMO_WORD_CHARS = 40;
const MEMO_SIZE = 100_000;

export function fold(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  if (s.length > MEMO_WORD_CHARS) return foldText(s);
  let f = memo.get(s);
  if (f === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    f = foldText(s);
    memo.set(s, f);
  }
  return f;
}

function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .toLowerCase()
    .trim();
}

/** fold() plus hyphens as spaces: "Maison-Blanche" = "Maison Blanche". */
export function foldKey(s: string): string {
  return fold(s).replace(/-/g, ' ').replace(/ +/g, ' ');
}

export function isUpperInitial(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return /^[A-ZÀ-ÖØ-Þ]{2,}$/.test(word);
}
