// Text comparison for the resolve stage: folding, content words with a light French stemmer,
// token overlap, and normalized edit similarity. Self-contained (resolve imports no later stage).

const SPECIAL_FOLDS: Record<string, string> = {
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
};

/** Lowercase, accent-free form: "Sergueï" → "serguei", "Œuvre" → "oeuvre". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøđðþłıħ]/g, (c) => SPECIAL_FOLDS[c] ?? c);
}

/** Folded words: letters and digits only, elided articles ("l'", "d'", "qu'") split off. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

// French function words and a few reporting fillers: they say nothing about what an event is about.
const STOPWORDS = new Set(
  (
    'a au aux avec ce ces cette cet dans de des du elle elles en et eux il ils je la le les leur leurs lui ' +
    'ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te ' +
    'tes toi ton tu un une vos votre vous y d l s n c j m t ainsi aussi alors comme contre entre selon ' +
    'sans sous vers chez tout tous toute toutes tres plus moins deja encore ete etre avoir fait faire ' +
    'est sont sera seront etait etaient ont avait avaient'
  ).split(' '),
);

/**
 * Light French stemming, enough for "accusations"/"accusation", "russes"/"russe",
 * "ignorer"/"ignore": plural endings, then one derivational or verbal ending, never leaving
 * fewer than four letters.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && /(?:s|x)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['issement', 'ements', 'ement', 'ations', 'ation', 'ition', 'ments', 'ment', 'ions', 'ion', 'euse', 'eux', 'ees', 'ee', 'er', 'ir', 'es', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Stemmed content words of a text: folded, function words and one- or two-letter words dropped. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Quote text compared for identity: folded, every run of non-letters/digits one space. */
export function normalizeQuote(text: string): string {
  return words(text).join(' ');
}

/** Levenshtein distance, two rows; stops early (returns limit + 1) once `limit` is exceeded. */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * 1 − distance / longer length, on normalized quote text; 1 for identical texts. Below `atLeast`
 * the exact value does not matter: the edit distance is bounded and 0 is returned.
 */
export function textSimilarity(a: string, b: string, atLeast = 0): number {
  return normalizedSimilarity(normalizeQuote(a), normalizeQuote(b), atLeast);
}

/** textSimilarity on texts already passed through normalizeQuote. */
export function normalizedSimilarity(x: string, y: string, atLeast = 0): number {
  if (x === y) return 1;
  const longer = Math.max(x.length, y.length);
  const limit = Math.floor(longer * (1 - atLeast) + 1e-9);
  const d = levenshtein(x, y, limit);
  return d > limit ? 0 : 1 - d / longer;
}
