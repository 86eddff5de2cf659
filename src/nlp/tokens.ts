import type { Sentence, Token } from '../types.js';

// Elided French clitics are split off their host word ("l'OTAN" → "l'" + "OTAN"), so that a
// name keeps its own span; hyphenated words stay whole ("a-t-il", "Maison-Blanche"), as do
// numbers written with thin or non-breaking group separators ("100 000").
const TOKEN =
  /(?:[lLdDjJmMnNsStTcC]|[qQ]u|[lL]orsqu|[pP]uisqu|[jJ]usqu|[qQ]uoiqu)['’](?=\p{L})|\d+(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** Tokens of one sentence; offsets are in the article text. */
export function tokenize(sentence: Sentence): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(sentence.text)) !== null) {
    let t = m[0];
    // A trailing period belongs to the word only for abbreviations and initials ("M.", "J.").
    if (t.length > 1 && t.endsWith('.') && !isAbbrev(t)) t = t.slice(0, -1);
    const start = sentence.start + m.index;
    out.push({ text: t, start, end: start + t.length, sentence: sentence.index });
    if (t.length < m[0].length) {
      const s2 = start + t.length;
      out.push({ text: '.', start: s2, end: s2 + 1, sentence: sentence.index });
    }
  }
  return out;
}

const ABBREV_TOKENS = new Set(['M.', 'Mme.', 'Dr.', 'Mgr.', 'St.', 'Me.', 'Pr.', 'MM.']);

function isAbbrev(t: string): boolean {
  return ABBREV_TOKENS.has(t) || /^\p{Lu}\.$/u.test(t);
}
