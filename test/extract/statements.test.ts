import { describe, expect, it } from 'vitest';
import { evidence, eventsOf, extract, only } from './helpers.js';

describe('Statement', () => {
  it('a quotation followed by "a déclaré X"', () => {
    const text = '« Le dialogue avec les syndicats reste possible », a déclaré Ousmane Sonko devant les députés.';
    const x = extract(text);
    const e = only(x, 'Statement');
    expect(e).toMatchObject({
      agent: 'person/ousmane-sonko',
      quote: 'Le dialogue avec les syndicats reste possible',
      topic: 'Le dialogue avec les syndicats reste possible',
      trigger: 'déclaré',
      sentence: 0,
    });
    expect(evidence(x, e)).toBe('« Le dialogue avec les syndicats reste possible », a déclaré Ousmane Sonko');
    expect(e.start).toBe(text.indexOf('«'));
  });

  it('a quotation followed by "a déclaré le président sénégalais X"', () => {
    const x = extract('« Nous ne céderons pas au chantage », a déclaré le président sénégalais Bassirou Diomaye Faye.');
    expect(only(x, 'Statement')).toMatchObject({ agent: 'person/bassirou-diomaye-faye', quote: 'Nous ne céderons pas au chantage' });
  });

  it('"X a déclaré : « … »" with the quote after a colon', () => {
    const x = extract('Le président sénégalais Bassirou Diomaye Faye a déclaré : « Nous ne céderons pas au chantage. »');
    expect(only(x, 'Statement')).toMatchObject({ agent: 'person/bassirou-diomaye-faye', quote: 'Nous ne céderons pas au chantage.' });
  });

  it('"a-t-il indiqué" is resolved to the previous speaker', () => {
    const text =
      '« Le dialogue reste possible », a déclaré Ousmane Sonko. Le gouvernement a reçu les syndicats. ' +
      "« Nous n'irons pas plus loin », a-t-il indiqué.";
    const x = extract(text);
    const st = eventsOf(x, 'Statement');
    expect(st.map((e) => [e.sentence, e.agent, e.trigger])).toEqual([
      [0, 'person/ousmane-sonko', 'déclaré'],
      [2, 'person/ousmane-sonko', 'indiqué'],
    ]);
    expect(st[1].quote).toBe("Nous n'irons pas plus loin");
    expect(st[1].start).toBe(text.indexOf("« Nous n'irons"));
  });

  it('"a-t-il indiqué" after a sentence naming the speaker but holding no quote', () => {
    const text = 'Le patron de TotalEnergies Patrick Pouyanné a présenté les résultats. « Nous investirons davantage en Afrique », a-t-il indiqué.';
    const x = extract(text);
    expect(only(x, 'Statement')).toMatchObject({ agent: 'person/patrick-pouyanne', sentence: 1, quote: 'Nous investirons davantage en Afrique' });
  });

  it('"selon X, …"', () => {
    const text = "Selon l'Organisation mondiale de la santé, l'épidémie de choléra progresse au Malawi.";
    const x = extract(text);
    const e = only(x, 'Statement');
    expect(e).toMatchObject({ agent: 'organization/oms', trigger: 'Selon', quote: null, topic: "l'épidémie de choléra progresse au Malawi" });
    expect(e.start).toBe(0);
  });

  it('"selon la juge X, …"', () => {
    const x = extract('Selon la juge Marie Dupontel, le dossier est complet.');
    expect(only(x, 'Statement')).toMatchObject({ agent: 'person/marie-dupontel', topic: 'le dossier est complet' });
  });

  it('"X a affirmé que …" is reported speech', () => {
    const text = 'Le Premier ministre éthiopien Abiy Ahmed a affirmé que le barrage ne menaçait personne.';
    const x = extract(text);
    const e = only(x, 'Statement');
    expect(e).toMatchObject({ agent: 'person/abiy-ahmed', trigger: 'affirmé', quote: null, topic: 'le barrage ne menaçait personne' });
    expect(evidence(x, e)).toContain('a affirmé que le barrage ne menaçait personne');
  });

  it('a performative verb inside a quote ("Nous demandons à la Chine de …") is a Demand by the speaker', () => {
    const text = "« Nous demandons à la Chine de cesser ses manœuvres autour de l'île », a déclaré Joseph Wu.";
    const x = extract(text);
    expect(only(x, 'Statement').agent).toBe('person/joseph-wu');
    const d = only(x, 'Demand');
    expect(d).toMatchObject({ agent: 'person/joseph-wu', target: 'country/chine', trigger: 'demandons', topic: "cesser ses manœuvres autour de l'île" });
    expect(evidence(x, d)).toBe("Nous demandons à la Chine de cesser ses manœuvres autour de l'île");
  });

  it('"Nous exigeons que X …" inside a quote targets X', () => {
    const x = extract('« Nous exigeons que la Russie libère les otages », a déclaré Annalena Baerbock.');
    expect(only(x, 'Demand')).toMatchObject({ agent: 'person/annalena-baerbock', target: 'country/russie', trigger: 'exigeons' });
  });

  it('a verb inside a quote whose subject is not the speaker is no act of the speaker', () => {
    const x = extract("« Pékin demande l'impossible », a déclaré Joseph Wu.");
    expect(x.events.map((e) => e.type)).toEqual(['Statement']);
  });
});
