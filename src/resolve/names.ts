// Person names across articles: "Sergey Lavrov", "Sergueï Lavrov" and "Sergei Lavrov" are one
// person; "Lavrov" alone is whoever the build knows by that surname, if only one.
import { fold, levenshtein } from './text.js';

export interface PersonName {
  /** Skeleton of the given name; null for a surname alone. */
  first: string | null;
  /** True when the given name is only an initial ("S. Lavrov"): `first` is then one letter. */
  initial: boolean;
  /** Skeleton of the surname (particles included: "von der Leyen" → "vonderleien"). */
  surname: string;
}

const HONORIFIC = /^(?:m|mme|mmes|mlle|mm|dr|me|pr|mgr|sir)\.?$/i;
const PARTICLE = /^(?:von|van|de|du|der|den|des|al|el|ben|bin|ibn|da|di|dos|del|le|la)$/i;

/**
 * Spelling skeleton for transliterated names: folded, letters only, then x→ks, kh→h, ph→f,
 * gu before e/i→g, ou→u, w→v, y→i, and doubled letters once. "Sergueï", "Sergey" and "Sergei"
 * all give "sergei"; "Dmitriy" and "Dmitri" give "dmitri"; "Iouri" and "Yuri" give "iuri".
 */
export function skeleton(name: string): string {
  return fold(name)
    .replace(/[^a-z]/g, '')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Given name and surname of a person label; null when it has no letters. */
export function parsePersonName(label: string): PersonName | null {
  const tokens = label.trim().split(/\s+/).filter((t) => t !== '');
  while (tokens.length > 1 && HONORIFIC.test(tokens[0])) tokens.shift();
  if (tokens.length === 0) return null;
  // "Le Pen", "Von der Leyen": a particle first means the whole label is a surname.
  if (tokens.length === 1 || PARTICLE.test(tokens[0])) {
    const surname = skeleton(tokens.join(''));
    return surname === '' ? null : { first: null, initial: false, surname };
  }
  const particle = tokens.findIndex((t, i) => i > 0 && PARTICLE.test(t));
  const surnameTokens = tokens.slice(particle > 0 ? particle : tokens.length - 1);
  const surname = skeleton(surnameTokens.join(''));
  if (surname === '') return null;
  const given = tokens[0];
  // "S.", "J.-M.": an initial (or initials) only.
  if (/^(?:\p{L}\.-?)+$/u.test(given) || /^\p{L}$/u.test(given)) {
    const letter = skeleton(given).slice(0, 1);
    return letter === '' ? { first: null, initial: false, surname } : { first: letter, initial: true, surname };
  }
  const first = skeleton(given);
  return first === '' ? { first: null, initial: false, surname } : { first, initial: false, surname };
}

/**
 * Two spelled-out given names are transliteration variants: same initial, and equal skeletons or
 * skeletons one edit apart when both have at least five letters ("Mikhaïl"/"Michail"). "Marine"
 * and "Marion" (two edits) stay apart, as do short names one letter apart ("Jean"/"Joan").
 */
export function givenNamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  return Math.min(a.length, b.length) >= 5 && levenshtein(a, b, 1) <= 1;
}
