// Public surface of the scorer behind `newskg eval`.

export { loadGold, parseGold, GoldError } from './gold.js';
export { evaluate } from './evaluate.js';
export { formatReport } from './format.js';
export { normalizeName } from './normalize.js';
export type * from './types.js';
