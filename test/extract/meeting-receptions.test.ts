import { describe, expect, it } from 'vitest';
import { article, only } from './helpers.js';

describe('passive receptions', () => {
  it('"X a été reçu lundi au ministère … par Y": the "par" agent is who X met, the ministry only where', () => {
    const x = article("L'ambassadeur du Maroc, Ahmed Benali, a été reçu lundi au ministère des Affaires étrangères par le ministre Jean Dupont.");
    expect(only(x, 'Meeting').participants.sort()).toEqual(['person/ahmed-benali', 'person/jean-dupont']);
  });

  it('"les émissaires de X ont été reçus au ministère par les membres du Conseil": the council they met', () => {
    const x = article("Les émissaires de l'Union africaine ont été reçus au ministère de la Défense par les membres du Conseil national de transition.");
    expect(only(x, 'Meeting').participants).toContain('organization/conseil-national-de-transition');
    expect(only(x, 'Meeting').participants).not.toContain('organization/ministere-de-la-defense');
  });
});

describe('passive receptions: who the group singles out', () => {
  it('"reçus par les membres du Conseil, dont son chef, le général X": X took part too', () => {
    const x = article("Les émissaires de l'Union africaine ont été reçus au palais par les membres du Conseil national de transition, dont son chef, le général Mamadi Doumbouya.");
    expect(only(x, 'Meeting').participants).toContain('person/mamadi-doumbouya');
  });
});

describe('subjects with a bracketed aside', () => {
  it('"Les envoyés de la Communauté des Etats d\'Afrique de l\'Ouest (Cédéao) ont rencontré Y": the acronym in brackets is the subject', () => {
    const x = article("Les envoyés de la Communauté des Etats d'Afrique de l'Ouest (Cédéao) ont rencontré vendredi à Accra le président ghanéen Nana Akufo-Addo.");
    expect(only(x, 'Meeting').participants).toContain('organization/cedeao');
  });
});
