import { describe, expect, it } from 'vitest';
import { fold, foldKey, isAllCaps, isUpperInitial } from '../../src/nlp/normalize.js';

describe('normalize', () => {
  it('fold removes accents and case and unifies apostrophes and spaces', () => {
    expect(fold('l’Otan')).toBe(fold("l'OTAN"));
    expect(fold('État hébreu')).toBe('etat hebreu');
    expect(fold(' Côte\u00a0d’Ivoire ')).toBe("cote d'ivoire");
  });

  it('foldKey also treats hyphens as spaces', () => {
    expect(foldKey('Maison-Blanche')).toBe(foldKey('Maison Blanche'));
    expect(foldKey('Guinée-Bissau')).toBe('guinee bissau');
    expect(fold('Guinée-Bissau')).toBe('guinee-bissau');
  });

  it('isUpperInitial and isAllCaps', () => {
    expect(isUpperInitial('Élysée')).toBe(true);
    expect(isUpperInitial('élysée')).toBe(false);
    expect(isUpperInitial('«')).toBe(false);
    expect(isAllCaps('OTAN')).toBe(true);
    expect(isAllCaps('Otan')).toBe(false);
    expect(isAllCaps('A')).toBe(false);
  });
});
