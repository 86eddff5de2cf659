import { describe, expect, it } from 'vitest';
import { article, eventsOf } from './helpers.js';

// A demanded act denied in the first person by the one it was asked of is a Refusal of the demand.
const refusals = (body: string) => eventsOf(article(body), 'Refusal').map((e) => [e.agent, e.target]);

describe('refusing a demand by denying the act asked for', () => {
  it('"Je ne démissionnerai pas" after a demand to resign is a refusal aimed at who asked', () => {
    expect(
      refusals("Le conseil municipal a appelé jeudi Jean Valet à démissionner. Le maire a quitté la séance. Il a ensuite déclaré : « Je ne démissionnerai pas ».",),
    ).toEqual([['person/jean-valet', 'organization/conseil-municipal']]);
  });

  it('"nous n\'allons pas retirer" answers a demand to withdraw', () => {
    expect(
      refusals("La CGT a demandé à Claire Dumas de retirer la réforme. « Nous n'allons pas retirer ce texte », a répondu la ministre Claire Dumas."),
    ).toEqual([['person/claire-dumas', 'organization/cgt']]);
  });

  it('a denial of some other act, or by someone nobody asked, refuses nothing', () => {
    expect(refusals("Le conseil municipal a appelé Jean Valet à démissionner. « Je ne partirai pas en vacances », a déclaré Jean Valet.")).toEqual([]);
    expect(refusals("Le conseil municipal a appelé Jean Valet à démissionner. « Je ne démissionnerai pas », a déclaré Paul Roux.")).toEqual([]);
  });
});
