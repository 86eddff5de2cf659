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

/**
 * Size of the symmetric difference of the two bigram multisets. One edit changes at most four
 * bigrams, so a quarter of it bounds the edit distance from below: unrelated texts are told
 * apart without filling the edit-distance table.
 */
export function bigramDistance(a: string, b: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const k = a.charCodeAt(i) * 0x10000 + a.charCodeAt(i + 1);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (let i = 0; i + 1 < b.length; i++) {
    const k = b.charCodeAt(i) * 0x10000 + b.charCodeAt(i + 1);
    counts.set(k, (counts.get(k) ?? 0) - 1);
  }
  let distance = 0;
  for (const c of counts.values()) distance += Math.abs(c);
  return distance;
}

/**
 * Levenshtein distance, two rows; with a `limit`, only the diagonal band of width 2·limit + 1 is
 * filled (a path leaving it costs more than the limit) and the result is `limit + 1` as soon as
 * the limit is exceeded.
 */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  const band = Number.isFinite(limit) ? limit : Math.max(n, m);
  const big = band + 1;
  let prev = new Int32Array(m + 2);
  let cur = new Int32Array(m + 2);
  for (let j = 0; j <= m; j++) prev[j] = j <= band ? j : big;
  prev[m + 1] = big;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    cur[0] = i <= band ? i : big;
    cur[lo - 1] = lo === 1 ? cur[0] : big;
    let rowMin = cur[lo - 1];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const up = prev[j] + 1;
      const left = cur[j - 1] + 1;
      if (up < v) v = up;
      if (left < v) v = left;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = big;
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], big);
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
  if (limit < longer && Math.ceil(bigramDistance(x, y) / 4) > limit) return 0;
  const d = levenshtein(x, y, limit);
  return d > limit ? 0 : 1 - d / longer;
}
