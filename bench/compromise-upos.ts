// fr-compromise's tags mapped to coarse UPOS, for the baseline row of bench/ud-eval.ts.
// Most specific first: "elle" is both Noun and Pronoun, "Paris" both Noun and ProperNoun.
const ORDER: Array<[string, string]> = [
  ['Pronoun', 'PRON'],
  ['QuestionWord', 'PRON'],
  ['ProperNoun', 'PROPN'],
  ['Person', 'PROPN'],
  ['Place', 'PROPN'],
  ['Organization', 'PROPN'],
  ['Auxiliary', 'AUX'],
  ['Copula', 'AUX'],
  ['Verb', 'VERB'],
  ['Value', 'NUM'],
  ['Noun', 'NOUN'],
  ['Date', 'NOUN'],
  ['Adjective', 'ADJ'],
  ['Adverb', 'ADV'],
  ['Negative', 'ADV'],
  ['Determiner', 'DET'],
  ['Preposition', 'ADP'],
  ['Conjunction', 'CCONJ'],
  ['Expression', 'INTJ'],
];

/** One UPOS per token; tokens compromise has no term for get PUNCT if they are punctuation. */
export function compromiseUpos(words: string[], tags: Set<string>[]): string[] {
  return words.map((w, i) => {
    for (const [tag, upos] of ORDER) if (tags[i].has(tag)) return upos;
    return /^[^\p{L}\p{N}]+$/u.test(w) ? 'PUNCT' : 'X';
  });
}
