import { describe, expect, it } from 'vitest';
import { eventsOf, extract } from './helpers.js';

// Who speaks: the mechanisms that find a quotation's or a report's speaker.
const statements = (text: string) => eventsOf(extract(text), 'Statement').map((e) => [e.agent, e.topic]);

describe('Statement speakers', () => {
  it('"il" after an opening participle clause is not the person named inside its complement', () => {
    const text =
      '« Nous voulons la paix », a déclaré le général Amadou Diallo. ' +
      'Parlant de ses liens avec le président guinéen Alpha Condé, il a dit ne pas avoir « de contacts directs » avec lui.';
    expect(statements(text)).toEqual([
      ['person/amadou-diallo', 'Nous voulons la paix'],
      ['person/amadou-diallo', 'de contacts directs'],
    ]);
  });

  it('"estime-t-il" goes back to the last speaker across sentences that name no person', () => {
    const text =
      '« La grève sera suivie », affirme Paul Martin, président du syndicat. ' +
      'Le préavis court du 3 au 9 mars. Les grévistes doivent se déclarer deux jours avant. ' +
      "La loi l'impose depuis des années. La direction de la compagnie Air France publiera les chiffres samedi. " +
      '« Nous attendons encore une vraie négociation », estime-t-il.';
    expect(statements(text)).toEqual([
      ['person/paul-martin', 'La grève sera suivie'],
      ['person/paul-martin', 'Nous attendons encore une vraie négociation'],
    ]);
  });

  it('a short quotation joined by "mais" to an attributed one has the same speaker', () => {
    const text =
      '« Nous voulons la paix », a déclaré le ministre Amadou Diallo. ' +
      '« Au début nous avons beaucoup parlé avec eux, nous espérions un accord », mais « tout est fini ».';
    expect(statements(text)).toEqual([
      ['person/amadou-diallo', 'Nous voulons la paix'],
      ['person/amadou-diallo', 'Au début nous avons beaucoup parlé avec eux'],
      ['person/amadou-diallo', 'tout est fini'],
    ]);
  });
});
