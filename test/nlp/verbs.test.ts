import { describe, expect, it } from 'vitest';
import { formsOf, isVerbForm, verbLemma } from '../../src/nlp/verbs.js';

describe('verbLemma', () => {
  it('maps the forms of "accuser" to its infinitive, the imperfect included', () => {
    for (const f of ['accuse', 'accusent', 'accusait', 'accusaient', 'accusé', 'accusée', 'accusés', 'accuser']) {
      expect(verbLemma(f), f).toBe('accuser');
    }
  });

  it('maps dément, exige, rajouté and other trigger forms', () => {
    expect(verbLemma('dément')).toBe('démentir');
    expect(verbLemma('démenti')).toBe('démentir');
    expect(verbLemma('exige')).toBe('exiger');
    expect(verbLemma('exigeons')).toBe('exiger');
    expect(verbLemma('rajouté')).toBe('rajouter');
    expect(verbLemma('ajouté')).toBe('ajouter');
    expect(verbLemma('avertit')).toBe('avertir');
    expect(verbLemma('entretenu')).toBe('entretenir');
  });

  it('returns null for unknown words and expects lowercase input', () => {
    expect(verbLemma('otan')).toBeNull();
    expect(verbLemma('Accusait')).toBeNull();
    expect(isVerbForm('accusait')).toBe(true);
    expect(isVerbForm('cédéao')).toBe(false);
  });

  it('formsOf lists the inflections of the given infinitives only', () => {
    const forms = formsOf(['menacer']);
    expect(forms.get('menaçait')).toBe('menacer');
    expect(forms.get('menacent')).toBe('menacer');
    expect(forms.get('menacer')).toBe('menacer');
    expect(forms.has('accusait')).toBe(false);
  });
});
