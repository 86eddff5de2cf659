import { describe, expect, it } from 'vitest';
import { contentTokens, jaccard, nameForms, normalizeName } from '../../src/eval/normalize.js';

describe('normalizeName', () => {
  it('treats typographic and straight apostrophes alike', () => {
    expect(normalizeName('l’Ukraine')).toBe(normalizeName("l'Ukraine"));
    expect(normalizeName('Département d’État')).toBe(normalizeName("Département d'État"));
  });

  it('drops a leading elided article, whatever its apostrophe or case', () => {
    expect(normalizeName("l'OTAN")).toBe('otan');
    expect(normalizeName('L’OTAN')).toBe('otan');
    expect(normalizeName("l' OTAN")).toBe('otan');
    expect(normalizeName('OTAN')).toBe('otan');
  });

  it('turns non-breaking spaces into spaces and collapses runs', () => {
    expect(normalizeName('Sergueï\u00a0Lavrov')).toBe('sergueï lavrov');
    expect(normalizeName('Sergueï\u202fLavrov')).toBe('sergueï lavrov');
    expect(normalizeName('  Antony \t  Blinken ')).toBe('antony blinken');
  });

  it('strips determiners and titles, also stacked', () => {
    expect(normalizeName('les Occidentaux')).toBe('occidentaux');
    expect(normalizeName('Le Kremlin')).toBe('kremlin');
    expect(normalizeName('une réunion')).toBe('réunion');
    expect(normalizeName('des Européens')).toBe('européens');
    expect(normalizeName('M. Lavrov')).toBe('lavrov');
    expect(normalizeName('Mme Merkel')).toBe('merkel');
    expect(normalizeName('la Mme Merkel')).toBe('merkel');
  });

  it('only strips whole leading words', () => {
    expect(normalizeName('Lesotho')).toBe('lesotho');
    expect(normalizeName('Union européenne')).toBe('union européenne');
    expect(normalizeName('Laos')).toBe('laos');
    expect(normalizeName('Mmes')).toBe('mmes');
    expect(normalizeName('le secrétaire d’État')).toBe("secrétaire d'état");
  });

  it('composes decomposed accents (NFC) but keeps accents', () => {
    expect(normalizeName('Gene\u0300ve')).toBe(normalizeName('Genève'));
    expect(normalizeName('Etats-Unis')).not.toBe(normalizeName('États-Unis'));
  });
});

describe('nameForms', () => {
  it('deduplicates variants and drops names that normalize to nothing', () => {
    expect([...nameForms(['OTAN', "l'OTAN", 'Otan', "l'", ' \u00a0', ''])]).toEqual(['otan']);
  });
});

describe('topic tokens', () => {
  it('ignores case, stopwords and elided clitics', () => {
    expect([...contentTokens("la responsabilité des tensions sur l'OTAN")].sort()).toEqual(['otan', 'responsabilité', 'tensions']);
  });

  it('jaccard is 1 on equal sets, 0 on disjoint ones, in between otherwise', () => {
    const a = contentTokens('ignorer les intérêts russes');
    expect(jaccard(a, contentTokens('Ignorer les intérêts russes'))).toBe(1);
    expect(jaccard(a, contentTokens('fournir un soutien militaire'))).toBe(0);
    expect(jaccard(a, contentTokens('intérêts russes fondamentaux'))).toBeCloseTo(2 / 4, 12);
  });
});
