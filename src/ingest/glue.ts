// Repairs of text that a scraper glued together when it dropped markup.
// Every pattern starts with a literal or a plain character class and checks
// its context with bounded look-arounds: linear on a multi-megabyte line, and
// fast (V8 scans ahead for a leading class, not for a leading look-behind or
// \p{…} class, which made these passes ten times slower on 50 MB of text).

/** Words that open a French sentence; glued after a lowercase word they mark a lost sentence break. */
const SENTENCE_STARTERS = [
  'Le', 'La', 'Les', 'Il', 'Ils', 'Elle', 'Elles', 'Ce', 'Cet', 'Cette', 'Ces', 'Cela', 'Un', 'Une', 'Des', 'En',
  'Au', 'Aux', 'Dans', 'Pour', 'Selon', 'Après', 'Avant', 'Mais', 'Depuis', 'Lors', 'Alors', 'Ainsi', 'Nous', 'On',
];

// "l'UkraineLe Kremlin": two lowercase letters (so "McDonald" stays) directly followed by a starter and a space.
const STARTERS = SENTENCE_STARTERS.join('|');
const GLUED_STARTER = new RegExp(`(?:${STARTERS})(?=\\s)(?<=\\p{Ll}{2}(?:${STARTERS}))`, 'gu');
// "représailles.« Nous", "fermement.Après": a sentence end with no space before the next sentence.
// Two lowercase letters before the stop keep "M.Dupont", "U.S.A" and "3.5" as they are.
const GLUED_STOP = /[.…!?](?<=(?:\p{Ll}{2}|[»”)])[.…!?])(?=[«“]|\p{Lu}\p{Ll})/gu;
// "l' OTAN": elided article followed by a stray space.
const ELISION_SPACE = /(?<![\p{L}\p{N}])([lLdD]['’]) +(?=\p{L})/gu;

export function repairGlue(text: string): string {
  return text
    .replace(ELISION_SPACE, '$1')
    .replace(GLUED_STOP, '$& ')
    .replace(GLUED_STARTER, '. $&');
}

/** Small words skipped when reading an acronym off its expansion. */
const ACRONYM_SKIP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'pour', 'et', 'en', 'à', 'au', 'aux', 'sur', 'of', 'the', 'for', 'and']);

// An uppercase run (acronym + first letter of the expansion) followed by lowercase: "OTANOr…".
const UPPER_RUN = /[A-ZÀ-ÖØ-ÞŒŠŽŸ]{3,11}(?=[a-zà-öø-ÿœšž])/gu;
const UPPER = /\p{Lu}/u;
const WORD = /[ \t]*([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)/uy;

function initial(word: string): string {
  return word.normalize('NFD')[0].toUpperCase();
}

/**
 * End (exclusive) of the expansion of `acronym` starting at `from`, or -1 when
 * the next words' initials do not spell it ("Organisation du traité de
 * l'Atlantique Nord" spells OTAN once du/de/l' are skipped).
 */
function expansionEnd(text: string, from: number, acronym: string): number {
  let matched = 0;
  let pos = from;
  for (let words = 0; words < acronym.length * 3 + 2; words++) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m) return -1;
    pos = WORD.lastIndex;
    const word = m[1].replace(/^[lLdD]['’]/, '');
    if (words > 0 && ACRONYM_SKIP.has(word.toLowerCase())) continue;
    if (initial(word) !== acronym[matched]) return -1;
    if (++matched === acronym.length) return pos;
  }
  return -1;
}

/**
 * Tooltip glue: "OTANOrganisation du traité de l'Atlantique Nord vers" came
 * from a hover text scraped inline. The acronym stays, the expansion goes.
 */
export function removeAcronymTooltips(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(UPPER_RUN)) {
    // A match inside a longer capitalised run is not an acronym.
    if (m.index > 0 && UPPER.test(text[m.index - 1])) continue;
    const acronym = m[0].slice(0, -1);
    const start = m.index + acronym.length;
    if (start < last) continue;
    const end = expansionEnd(text, start, acronym);
    if (end < 0) continue;
    out.push(text.slice(last, start));
    last = end;
  }
  out.push(text.slice(last));
  return out.join('');
}
