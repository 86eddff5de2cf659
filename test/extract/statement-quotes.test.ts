import { describe, expect, it } from 'vitest';
import { article, evidence, eventsOf } from './helpers.js';

// Quotations read as statements: quoted terms, several quotations under one attribution, the voice
// of participles, infinitives and relative clauses.
describe('Statement from quotations', () => {
  it('a quoted term the verb takes as its object is a statement; one set deep in a complement names something', () => {
    const x = article('Le Rwanda a aussitôt rejeté les « accusations mensongères » de Jean Dupont.');
    const st = eventsOf(x, 'Statement');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ agent: 'country/rwanda', quote: 'accusations mensongères' });
    const y = article("La France a appelé la Russie à reprendre les pourparlers avec l'Ukraine au sein du « cadre élargi ».");
    expect(eventsOf(y, 'Statement')).toHaveLength(0);
    // Two terms of one clause are one statement, and "quant à X, il …" is X's.
    const z = article('« Le budget est juste », a déclaré le député Pierre Martin. Quant au PLR, il a fustigé le « système Martin » fondé sur « le copinage ».');
    const terms = eventsOf(z, 'Statement').filter((e) => e.sentence === 2);
    expect(terms).toHaveLength(1);
    expect(terms[0].agent).toBe('organization/plr');
  });

  it('a participle after the attribution speaks with its voice, in a statement of its own', () => {
    const x = article('Jean Dupont a quitté la salle. « Le texte est injuste », a déclaré Marie Durand, évoquant de possibles « recours ».');
    const st = eventsOf(x, 'Statement');
    expect(st.map((e) => [e.agent, e.quote])).toEqual([
      ['person/marie-durand', 'Le texte est injuste'],
      ['person/marie-durand', 'recours'],
    ]);
  });

  it('quotations nothing attributes before a closing incise are one statement with it', () => {
    const x = article('Les parties doivent « cesser les combats », les troupes « regagner leurs casernes sans délai », a déclaré Jean Dupont.');
    const st = eventsOf(x, 'Statement');
    expect(st).toHaveLength(1);
    expect(st[0].agent).toBe('person/jean-dupont');
    expect(st[0].topic).toBe('cesser les combats');
    expect(evidence(x, st[0])).toMatch(/^« cesser les combats ».*a déclaré Jean Dupont$/);
  });

  it('"a affirmé, lors de …, que …" is reported speech past the incise, and a participle after it quotes on its own', () => {
    const x = article(
      "Jean Dupont a affirmé, lors d'une conférence de presse, qu'il allait accélérer les discussions, soulignant que « le pays a toute sa place dans l'union ».",
    );
    const st = eventsOf(x, 'Statement');
    expect(st).toHaveLength(2);
    expect(st[0].topic).toMatch(/^il allait accélérer les discussions/);
    expect(st[1].quote).toBe("le pays a toute sa place dans l'union");
    expect(st.every((e) => e.agent === 'person/jean-dupont')).toBe(true);
  });

  it('a relative clause and its infinitive speak with the antecedent\'s voice', () => {
    const x = article('Le Japon a annoncé des sanctions contre la Chine, qui a promis de répliquer en lançant « une riposte sans précédent ».');
    const quoted = eventsOf(x, 'Statement').find((e) => e.quote === 'une riposte sans précédent');
    expect(quoted?.agent).toBe('country/chine');
  });
});

describe('Statement attributions', () => {
  it('"a-t-il également expliqué": an adverb between the inverted pronoun and the participle', () => {
    const x = article('Jean Dupont a parlé aux journalistes. « Nous ne voyons aucune issue proche », a-t-il également expliqué.');
    expect(eventsOf(x, 'Statement').map((e) => [e.agent, e.quote])).toEqual([['person/jean-dupont', 'Nous ne voyons aucune issue proche']]);
  });

  it('"Et de déplorer …" goes on in the last speaker\'s voice', () => {
    const x = article('« Le budget est juste », a déclaré Jean Dupont. Et de déplorer le manque de moyens des communes.');
    const st = eventsOf(x, 'Statement');
    expect(st).toHaveLength(2);
    expect(st[1]).toMatchObject({ agent: 'person/jean-dupont', topic: 'le manque de moyens des communes' });
  });

  it('a quotation inside a sentence closed by an incise of saying is that incise\'s statement', () => {
    const x = article("Ce vote constitue une « victoire d'étape » pour les salariés, a relevé le député socialiste Jean Dupont.");
    const st = eventsOf(x, 'Statement');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ agent: 'person/jean-dupont', topic: "victoire d'étape" });
    expect(evidence(x, st[0])).toMatch(/^Ce vote constitue/);
  });

  it('"…, a annoncé dimanche le ministère": a date between the verb and its subject', () => {
    const x = article('La loi sera votée en juin, a annoncé dimanche le ministère de la Justice.');
    expect(eventsOf(x, 'Statement').map((e) => e.agent)).toEqual(['organization/ministere-de-la-justice']);
  });
});

describe('Statement by "pour X"', () => {
  it('"Pour X de l\'organisation Y, …": the affiliation stands between the source and the comma', () => {
    const x = article('Pour Jean Dupont de la CGT, le seul interlocuteur possible est désormais le président.');
    expect(eventsOf(x, 'Statement').map((e) => [e.agent, e.topic])).toEqual([['person/jean-dupont', 'le seul interlocuteur possible est désormais le président']]);
  });
});
