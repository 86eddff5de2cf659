import { describe, expect, it } from 'vitest';
import { article, only } from './helpers.js';

describe('plural demonstrative subjects of a meeting', () => {
  it('"X, accompagné de Y et de Z. Ceux-ci se sont entretenus avec le président du parlement": all three met', () => {
    const x = article("La mission était menée par l'ancien président sénégalais Macky Sall, accompagné du ministre togolais Robert Dussey et du diplomate ghanéen Kwame Mensah. Ceux-ci se sont entretenus avec le président du parlement.");
    expect(only(x, 'Meeting').participants.sort()).toEqual(['person/kwame-mensah', 'person/macky-sall', 'person/robert-dussey']);
  });
});

describe('adverbs inside the verb group', () => {
  it('"Celui-ci s\'est tout d\'abord entretenu avec Y": the adverb does not cut the verb from its subject', () => {
    const x = article("Le ministre togolais Robert Dussey est arrivé lundi à Accra. Celui-ci s'est tout d'abord entretenu avec le président ghanéen Nana Akufo-Addo.");
    expect(only(x, 'Meeting').participants.sort()).toEqual(['person/nana-akufo-addo', 'person/robert-dussey']);
  });
});
