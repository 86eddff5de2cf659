import { describe, expect, it } from 'vitest';
import { article, eventsOf, only } from './helpers.js';

// Ultimatums are warnings whatever verb carries them: a consequence still to come, tied to a
// condition the other side must meet. Sentences written for these tests.

const warnings = (x: ReturnType<typeof article>) => eventsOf(x, 'Warning').map((e) => [e.agent, e.target]);

describe('ultimatums', () => {
  it('"tant que X ne … pas, …" in a quotation: a warning by the speaker to X', () => {
    const x = article('« Tant que Renault ne reviendra pas sur ce plan, la grève continuera », a affirmé le syndicat Sud Industrie.');
    expect(warnings(x)).toEqual([['organization/sud-industrie', 'organization/renault']]);
  });

  it('"en cas de …, nous riposterons": a warning where the speaker is the one who will act', () => {
    const x = article("« En cas d'agression de l'Azerbaïdjan, nous riposterons », a déclaré le Premier ministre arménien Nikol Pachinian.");
    expect(warnings(x)).toEqual([['person/nikol-pachinian', 'country/azerbaidjan']]);
  });

  it('"en cas de …" with a consequence that is nobody\'s act is no warning', () => {
    const x = article("« En cas de pluie, le match sera reporté », a expliqué l'entraîneur Paul Martin.");
    expect(warnings(x)).toEqual([]);
  });

  it('"exige …, sans quoi il portera plainte": a warning by the one who demands, and the threatened act is not asserted', () => {
    const x = article('Le maire Jean Roux a exigé des excuses du préfet Marc Blanc, sans quoi il porterait plainte.');
    expect(only(x, 'Warning').agent).toBe('person/jean-roux');
    expect(eventsOf(x, 'Accusation')).toEqual([]);
  });

  it('"X ne pourra pas … tant que … ne … pas" in reported speech: the warning falls on X', () => {
    const x = article("Le Kremlin estime que le gouvernement ukrainien ne pourra pas négocier tant que les sanctions ne seront pas levées.");
    expect(warnings(x)).toEqual([['country/russie', 'country/ukraine']]);
  });

  it('a condition that is not the other side\'s refusal, or a question, is no ultimatum', () => {
    const x = article("« Si nous gagnons dimanche, nous serons champions », a déclaré Paul Martin. « Pourquoi le rencontrer s'il ne veut rien céder ? », a demandé Jean Roux.");
    expect(warnings(x)).toEqual([]);
  });

  it('a warning read from a verb is not read again from its ultimatum', () => {
    const x = article('Paul Martin a menacé Renault de porter plainte si la direction ne retirait pas son plan.');
    expect(only(x, 'Warning').agent).toBe('person/paul-martin');
  });
});
