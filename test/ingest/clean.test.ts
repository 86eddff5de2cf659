import { describe, expect, it } from 'vitest';
import { clean } from '../../src/ingest/clean.js';

const BODY = 'Le ministre a reçu son homologue à Genève pour parler de sécurité.';

/** The text of an article whose body is framed by `noise` lines. */
function withNoise(...noise: string[]): string {
  return ['Titre de la dépêche', '', BODY, '', ...noise, '', 'Il a ensuite quitté la ville.'].join('\n');
}

describe('clean: boilerplate lines', () => {
  const widgets = [
    'Partager cet article',
    'Partager cet articleDiscussion',
    'Partager cet articleClose Button',
    "Copier/coller le lien embed de la vidéo de l'article :Copy to clipboardLien copié",
    'Copy to clipboard',
    'Lien copié',
    'Close Button',
    'PUBLICITÉ',
    'Publicité',
    'Vidéo suivante dans 5 secondes',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
    'Laisser un commentaire',
    'Votre adresse e-mail ne sera pas publiée.',
    'Nous utilisons des cookies pour améliorer votre expérience.',
    'En poursuivant votre navigation, vous acceptez l’utilisation de cookies.',
    'Tout accepter',
    'Inscrivez-vous à notre newsletter quotidienne',
    'Abonnez-vous pour lire la suite',
    'Lire aussi : Un autre article sans rapport',
    'Lire aussi\u00a0 Un autre titre - -',
    'À lire aussi Le titre d’un autre papier',
    'Voir aussi : une vidéo',
    '.',
    'Facebook',
  ];
  for (const widget of widgets) {
    it(`removes "${widget}"`, () => {
      const out = clean(withNoise(widget));
      expect(out.split('\n')).not.toContain(widget);
      expect(out).toBe(['Titre de la dépêche', '', BODY, '', 'Il a ensuite quitté la ville.'].join('\n'));
    });
  }

  it('keeps body sentences that merely mention the same words', () => {
    const body = [
      'Le ministre a lu aussi le rapport avant de partager cet avis avec la presse.',
      'La CNIL a sanctionné un site qui déposait des cookies sans consentement.',
      'Dans sa newsletter, le ministère annonce une réunion.',
      'Par Exemple Info avec AFP',
      'Tous droits réservés Jeanne Martin/AP',
    ].join('\n');
    expect(clean(body)).toBe(body);
  });
});

describe('clean: teaser lists', () => {
  it('drops a teaser list after a heading at the end of the page', () => {
    const out = clean(
      [BODY, '', 'À découvrir également', '', 'Un titre sans rapport', '', 'Un autre titre qui finit par un point.', '', '3 mars 2024 - site'].join('\n'),
    );
    expect(out).toBe(BODY);
  });

  it('drops "Autres vidéos" and the headlines after it', () => {
    expect(clean([BODY, 'Vidéo suivante dans 10 secondes', 'Autres vidéos', 'Match nul en coupe - Foot', '2 mai 2023 - sport'].join('\n'))).toBe(BODY);
  });

  it('drops comment-form widgets at the end', () => {
    expect(clean([BODY, '', '.', '', 'Leave a Reply', '', 'Recent News', '', "Editor's Pick"].join('\n'))).toBe(BODY);
  });

  it('stops a mid-article teaser list at the next body paragraph', () => {
    const later = Array(4).fill('Plus tard, le ministre a précisé sa pensée devant les journalistes réunis.').join(' ');
    const out = clean([BODY, '', 'Lire aussi', 'Un titre sans rapport', '', later, '', 'Suite et fin.'].join('\n'));
    expect(out).toBe([BODY, '', later, '', 'Suite et fin.'].join('\n'));
  });
});

describe('clean: glue repair', () => {
  it('separates a sentence end glued to the next sentence', () => {
    expect(clean('Il a promis des représailles.« Nous verrons », a-t-il dit.')).toBe('Il a promis des représailles. « Nous verrons », a-t-il dit.');
    expect(clean('La séance fut longue.Après deux heures, ils sont sortis.')).toBe('La séance fut longue. Après deux heures, ils sont sortis.');
  });

  it('leaves abbreviations, initials and numbers alone', () => {
    const text = 'M.Dupont et les U.S.A ont voté 3.5 fois. Voir le site exemple.fr pour plus.';
    expect(clean(text)).toBe(text);
  });

  it('splits a lowercase word glued to a capitalised sentence starter', () => {
    expect(clean('Il parle de la crise en UkraineLe Kremlin dément tout.')).toBe('Il parle de la crise en Ukraine. Le Kremlin dément tout.');
    // Capitals inside names stay.
    expect(clean('Le restaurant McDonald et la marque iPhone Les.')).toBe('Le restaurant McDonald et la marque iPhone Les.');
  });

  it('removes a "Voir aussi" teaser glued inside a paragraph and keeps the sentence glued after it', () => {
    const out = clean(
      'Il a parlé au ministre.Voir aussi : VIDÉO. Pourquoi la crise dure dans l’est du paysLe gouvernement dément toute ingérence. Il attend.',
    );
    expect(out).toBe('Il a parlé au ministre. Le gouvernement dément toute ingérence. Il attend.');
  });

  it('removes a glued teaser that runs to the end of the line', () => {
    expect(clean('Il a parlé au ministre. Lire aussi : Un autre sujet sans rapport\nSuite.')).toBe('Il a parlé au ministre.\nSuite.');
  });

  it('keeps an acronym and drops its glued tooltip expansion', () => {
    expect(clean("La progression de l' OTANOrganisation du traité de l'Atlantique Nord vers l'Est.")).toBe(
      "La progression de l'OTAN vers l'Est.",
    );
    expect(clean("La conférence de l' OSCEOrganisation pour la sécurité et la coopération en Europe , rare forum.")).toBe(
      "La conférence de l'OSCE , rare forum.",
    );
    expect(clean("Selon l'ONUOrganisation des Nations unies, la trêve tient.")).toBe("Selon l'ONU, la trêve tient.");
  });

  it('keeps capitals followed by words that do not spell the acronym', () => {
    expect(clean('Le PSGParis a gagné hier.')).toBe('Le PSGParis a gagné hier.');
    expect(clean('STOCKHOLMLe ministre parle.')).toBe('STOCKHOLMLe ministre parle.');
  });

  it('joins an elided article to its word', () => {
    expect(clean("Le rôle de l' OSCE et d' Antony Blinken.")).toBe("Le rôle de l'OSCE et d'Antony Blinken.");
  });

  it('removes invisible characters, keeps no-break spaces', () => {
    expect(clean('Lav\u00adrov\u200b parle\u00a0: oui.')).toBe('Lavrov parle\u00a0: oui.');
  });

  it('is deterministic and idempotent', () => {
    const noisy = withNoise('Partager cet article', 'Il a promis des représailles.« Nous verrons »');
    const once = clean(noisy);
    expect(clean(noisy)).toBe(once);
    expect(clean(once)).toBe(once);
  });
});
