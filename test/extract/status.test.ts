import { describe, expect, it } from 'vitest';
import { buildGraph, serializeGraph } from '../../src/graph/index.js';
import { listEvents, loadGraphText, runNamedQuery } from '../../src/query/index.js';
import { eventsOf, extract } from './helpers.js';

// Factuality: a negated act is reported but not asserted, a planned one is marked planned, and a
// meeting only asked for or offered is the request, not a meeting.
const statusOf = (text: string, type: Parameters<typeof eventsOf>[1]) => eventsOf(extract(text), type).map((e) => e.status ?? 'asserted');

describe('event status', () => {
  it('an act stated in the past is asserted', () => {
    expect(statusOf('Le président kényan William Ruto a rencontré Emmanuel Macron à Nairobi.', 'Meeting')).toEqual(['asserted']);
  });

  it('"n\'a pas rencontré" and "n\'a jamais accusé" are negated', () => {
    expect(statusOf("Le président kényan William Ruto n'a pas rencontré Emmanuel Macron à Nairobi.", 'Meeting')).toEqual(['negated']);
    expect(statusOf("Le Kenya n'a jamais accusé la Tanzanie de fraude électorale.", 'Accusation')).toEqual(['negated']);
  });

  it('a simple tense closed by "pas" after the verb is negated', () => {
    expect(statusOf("Le Kenya n'accuse pas la Tanzanie de fraude électorale.", 'Accusation')).toEqual(['negated']);
  });

  it('a future or "doit" + infinitive is planned', () => {
    expect(statusOf('Le président kényan William Ruto rencontrera Emmanuel Macron à Nairobi.', 'Meeting')).toEqual(['planned']);
    expect(statusOf('Le président kényan William Ruto doit rencontrer Emmanuel Macron à Nairobi.', 'Meeting')).toEqual(['planned']);
  });

  it('a meeting noun followed by "est prévue" is planned', () => {
    expect(statusOf('Une rencontre entre William Ruto et Emmanuel Macron est prévue à Nairobi.', 'Meeting')).toEqual(['planned']);
  });

  it('a meeting that is only offered is a Proposal, not a Meeting', () => {
    const x = extract("William Ruto s'est dit prêt à rencontrer Emmanuel Macron à Nairobi.");
    expect(eventsOf(x, 'Meeting')).toEqual([]);
  });

  it('a meeting asked of an addressee named between the verb and "à" is no Meeting', () => {
    const x = extract('Le Kenya a appelé lundi les pays voisins à rencontrer la Tanzanie à Arusha.');
    expect(eventsOf(x, 'Meeting')).toEqual([]);
  });

  it('the graph states it and the public events JSON carries it', async () => {
    const x = extract("Le président kényan William Ruto n'a pas rencontré Emmanuel Macron à Nairobi.");
    const ttl = await serializeGraph(buildGraph([x]), 'turtle');
    expect(ttl).toMatch(/nkg:status nkg:Negated/);
    const store = loadGraphText(ttl, 'turtle');
    expect(listEvents(store).map((e) => [e.type, e.status])).toEqual([['Meeting', 'negated']]);
    // Named queries leave negated acts out.
    expect(runNamedQuery(store, 'meetings').rows).toEqual([]);
  });
});
