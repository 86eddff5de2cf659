import { describe, expect, it } from 'vitest';
import { article, eventsOf, only } from './helpers.js';

// Demands, warnings, refusals and proposals: one test per general mechanism, on sentences
// written for these tests.

const pairs = (x: ReturnType<typeof article>, type: Parameters<typeof eventsOf>[1]) => eventsOf(x, type).map((e) => [e.agent, e.target]);

describe('who acts: coordination, spokespeople, groups', () => {
  it('"X a salué A, qui …, et encouragé Y à …": the participle after the relative incise shares X\'s auxiliary and subject', () => {
    const x = article("Les Pays-Bas ont salué l'accord de paix, qui prévoit que les deux armées se retirent, et encouragé le Soudan et le Tchad à poursuivre le dialogue.");
    expect(pairs(x, 'Demand')).toEqual([
      ['country/pays-bas', 'country/soudan'],
      ['country/pays-bas', 'country/tchad'],
    ]);
  });

  it('an unnamed spokesperson of an organization speaks for it', () => {
    const x = article("La grève des contrôleurs a paralysé le trafic. Une porte-parole d'Air France s'est refusée à tout commentaire.");
    expect(only(x, 'Refusal').agent).toBe('organization/air-france');
  });

  it('"appelle le monde à …": the world is the addressee', () => {
    const x = article('Le Kenya a appelé le monde à ne pas fermer les yeux sur la famine.');
    expect(pairs(x, 'Demand')).toEqual([['country/kenya', 'organization/monde']]);
  });
});

describe('bare descriptions', () => {
  it('"la compagnie" is the company the article is about, not one named once in passing', () => {
    const x = article("Air France a annoncé des pertes. Les pilotes d'Air France menacent de faire grève. Ils craignent que des vols passent chez Lufthansa. Une porte-parole de la compagnie s'est refusée à tout commentaire.");
    expect(only(x, 'Refusal').agent).toBe('organization/air-france');
  });
});

describe('an obligation in words attributed to a speaker is a demand', () => {
  it('"les forces X doivent …, a déclaré Y": one demand per obliged party, a demonym naming its country', () => {
    const x = article('Les forces kényanes doivent quitter la zone tampon, les forces tanzaniennes doivent regagner leurs casernes, a déclaré Paul Martin.');
    expect(pairs(x, 'Demand')).toEqual([
      ['person/paul-martin', 'country/kenya'],
      ['person/paul-martin', 'country/tanzanie'],
    ]);
  });

  it('"« Il faut que X … »" in a quotation: X must act', () => {
    const x = article('« Il faut que le ministre Jean Dupont démissionne », a déclaré Paul Martin.');
    expect(pairs(x, 'Demand')).toEqual([['person/paul-martin', 'person/jean-dupont']]);
  });

  it('an obligation told by the narrator, a plan, or the speaker\'s own duty is no demand', () => {
    const x = article(
      "La Grèce doit rembourser le FMI le 30 juin. « Le président kényan doit se rendre à Moscou demain et nous devons agir vite », a déclaré Paul Martin. Il a affirmé que la Russie doit cesser les combats.",
    );
    expect(pairs(x, 'Demand')).toEqual([['person/paul-martin', 'country/russie']]);
  });
});

describe('proposals', () => {
  it('"s\'est dit prêt « à … »": an offer even when its words are quoted', () => {
    const x = article('Le ministre kényan Paul Martin a rejeté le plan tanzanien. Il s\'est toutefois dit prêt « à discuter des frontières », sans plus de détails.');
    expect(pairs(x, 'Proposal')).toEqual([['person/paul-martin', null]]);
  });

  it('"présenter un plan", "soumettre des propositions" propose; the clitic "lui" is the party just named', () => {
    const x = article("Les syndicats d'enseignants ont rencontré le ministre Jean Dupont et lui ont soumis trois propositions. Le Kenya présente un plan de sortie de crise.");
    expect(pairs(x, 'Proposal')).toEqual([
      ['organization/syndicats-d-enseignants', 'person/jean-dupont'],
      ['country/kenya', null],
    ]);
  });

  it('"la direction leur a proposé …": the clitic names the group that opens the sentence, not a dateline agency', () => {
    const x = article("Les pilotes d'Air France menacent de faire grève. PARIS (Reuters) - Les syndicats de pilotes ont annoncé que la direction leur avait proposé une nouvelle réunion.");
    expect(pairs(x, 'Proposal')).toEqual([['organization/air-france', 'organization/syndicats-de-pilotes']]);
  });
});

describe('refusals and nouns read as verbs', () => {
  it('a bare participle with its "par" agent refuses: "des accusations …, mais démenties par X" answers the accuser', () => {
    const x = article("Nairobi accuse son voisin de soutenir les rebelles. Des accusations appuyées par plusieurs rapports de l'ONU, mais démenties par la Tanzanie.");
    expect(pairs(x, 'Refusal')).toEqual([['country/tanzanie', 'country/kenya']]);
  });

  it('a passive refusal of someone\'s proposal answers its author', () => {
    const x = article('La proposition du Kenya a été rejetée par la Tanzanie.');
    expect(pairs(x, 'Refusal')).toEqual([['country/tanzanie', 'country/kenya']]);
  });

  it('"les 13 demandes de X" after a number is a noun, not the verb "demander"', () => {
    const x = article('Le Kenya aurait accepté les 13 demandes de ses voisins pour une reprise des relations.');
    expect(eventsOf(x, 'Demand').filter((e) => e.agent === 'country/kenya')).toEqual([]);
  });
});

describe('a definite noun points back to its first mention', () => {
  it('"exige l\'abandon du projet" after "un projet kényan": the project\'s author is the addressee, and the evidence starts with the demand', () => {
    const x = article("Un projet kényan de barrage sur le Nil inquiète la région, et le président ougandais Paul Martin exige l'abandon du projet.");
    const e = only(x, 'Demand');
    expect([e.agent, e.target]).toEqual(['person/paul-martin', 'country/kenya']);
    expect(x.article.text.slice(e.start, e.end)).not.toContain('barrage');
  });
});

describe('evidence', () => {
  it('a demand\'s evidence runs past a closing quotation mark to the end of its clause', () => {
    const x = article('Le syndicat des pilotes appelle la direction à « changer de cap » sur la stratégie de sa filiale, a-t-il dit.');
    const e = eventsOf(x, 'Demand')[0];
    expect(x.article.text.slice(e.start, e.end)).toContain('sur la stratégie de sa filiale');
  });
});

describe('coordinated acts in a quotation', () => {
  it('"Nous rejetons ce texte et appelons les partis à …": two acts, each with its own object; the demonstrative points at the offer just made', () => {
    const x = article("Le président Paul Biya a proposé un dialogue national. « Nous rejetons ce simulacre et appelons les partis à nous rejoindre », a déclaré Maurice Kamto.");
    expect(pairs(x, 'Refusal')).toEqual([['person/maurice-kamto', 'person/paul-biya']]);
    expect(pairs(x, 'Demand')).toEqual([['person/maurice-kamto', 'organization/partis']]);
  });
});

