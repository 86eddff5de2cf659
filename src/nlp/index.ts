export { splitSentences } from './sentences.js';
export { tokenize } from './tokens.js';
export { tagSentence } from './tagger.js';
export { verbLemma, isVerbForm, formsOf } from './verbs.js';
export { fold, foldKey, isUpperInitial, isAllCaps } from './normalize.js';
