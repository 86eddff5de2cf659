// Folding used for every lexicon look-up, so that "Etat"/"État", "l’Otan"/"l'OTAN" and
// non-breaking spaces in scraped text compare equal.
const APOSTROPHES = /[’‘ʼ`´]/g;
const SPACES = /[\u00a0\u202f\u2009\u2007\s]+/g;

export function fold(s: string): string {
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
