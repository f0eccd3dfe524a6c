import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/text-version/html-to-text';
import { bodyText } from '@/text-version/release-text';

const PAGE = 'https://salle.example/communiques/2013/10/21/mission-tic-france/';
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('the text of a release body', () => {
  it('separates paragraphs by a blank line and never wraps them', () => {
    const long = 'Huit membres du Technocentre ont pris part à une mission. '.repeat(6).trim();
    expect(htmlToText(`<p>${long}</p>\n<p>Deuxième\n   paragraphe.</p>`)).toBe(
      `${long}\n\nDeuxième paragraphe.`,
    );
  });

  it('puts each heading on its own line', () => {
    expect(htmlToText('<p>Avant.</p><h2>Des retombées tangibles</h2><p>Après.</p>')).toBe(
      'Avant.\n\nDes retombées tangibles\n\nAprès.',
    );
  });

  it('writes lists as « – » items, one a line, numbered lists as 1., 2., nested ones indented', () => {
    const html =
      '<p>Au programme :</p><ul><li>Paris</li><li>Lille<ul><li>EuraTechnologies</li></ul></li>' +
      '<li>Strasbourg</li></ul><ol><li><p>Atelier</p><p>à la Délégation</p></li><li>Salon</li></ol>' +
      '<p>Fin.</p>';
    expect(htmlToText(html)).toBe(
      [
        'Au programme :',
        '',
        '– Paris',
        '– Lille',
        '  – EuraTechnologies',
        '– Strasbourg',
        '',
        '1. Atelier',
        '   à la Délégation',
        '2. Salon',
        '',
        'Fin.',
      ].join('\n'),
    );
  });

  it('follows a link’s words with its absolute URL, once', () => {
    const html =
      '<p>Voir <a href="/membres/jolifish/">Jolifish</a>, <a href="https://gimxport.example/">gimxport.example</a>, ' +
      '<a href="mailto:presse@example.org">presse@example.org</a>, <a href="mailto:presse@example.org">écrivez-nous</a> ' +
      'et <a href="#note">la note</a>.</p>';
    expect(bodyText(html, PAGE)).toBe(
      'Voir Jolifish (https://salle.example/membres/jolifish/), gimxport.example, ' +
        'presse@example.org, écrivez-nous (presse@example.org) et la note.',
    );
  });

  it('keeps French typography: « » and no-break spaces, narrow ones, apostrophes', () => {
    const text = bodyText(
      `<p>«${NBSP}Un modèle des plus intéressants pour notre Technocentre${NNBSP}!${NBSP}», se réjouit-il. L’an prochain${NBSP}: 12${NBSP}000${NBSP}$ &amp; plus.</p>`,
      PAGE,
    );
    expect(text).toBe(
      `«${NBSP}Un modèle des plus intéressants pour notre Technocentre${NNBSP}!${NBSP}», se réjouit-il. L’an prochain${NBSP}: 12${NBSP}000${NBSP}$ & plus.`,
    );
  });

  it('reads a quotation (Citation) as its words, then who said them', () => {
    // As src/mdx/Citation.astro renders it.
    const html =
      '<figure class="not-prose my-8"><blockquote class="font-serif"><p>« Plusieurs ont établi des liens. »</p>' +
      '<p>« Les contacts sont à entretenir. »</p></blockquote>' +
      '<figcaption class="mt-3">— Carol Cotton, directeur général du Technocentre des TIC</figcaption></figure>';
    expect(bodyText(html, PAGE)).toBe(
      '« Plusieurs ont établi des liens. »\n\n« Les contacts sont à entretenir. »\n\n' +
        '— Carol Cotton, directeur général du Technocentre des TIC',
    );
  });

  it('keeps an image’s caption and credit (Figure), not the image', () => {
    // As src/mdx/Figure.astro renders it: a <picture>, then the caption.
    const html =
      '<figure class="not-prose my-8"><picture><source srcset="/_astro/collines.avif 360w" type="image/avif">' +
      '<img src="/_astro/collines.jpg" alt="Des collines vertes." width="1600" height="1067"></picture>' +
      '<figcaption class="mt-2">Les collines de Gaspé. <span class="text-slate-600">Crédit : Photographe</span></figcaption></figure>' +
      '<p><img src="/_astro/seule.webp" alt="Une image seule."></p>';
    expect(bodyText(html, PAGE)).toBe('Les collines de Gaspé. Crédit : Photographe');
  });

  it('reads an image within a sentence as its text alternative', () => {
    expect(
      bodyText('<p>Voir <img src="/logo.png" alt="le logo\n de Jolifish"> ci-contre.</p>', PAGE),
    ).toBe('Voir le logo de Jolifish ci-contre.');
  });

  it('reads a key figure (KeyFigure) as words apart', () => {
    // As src/mdx/KeyFigure.astro renders it: blocks on screen, spaces between them.
    const html =
      '<div class="not-prose my-8"><p><span class="sr-only">Chiffre clé :</span> ' +
      '<strong class="block">12 000</strong> <span class="block">visiteurs en 2013</span></p></div>';
    expect(bodyText(html, PAGE)).toBe('Chiffre clé : 12 000 visiteurs en 2013');
  });

  it('leaves out scripts and styles, and decodes every character reference', () => {
    const html =
      '<p>Texte&nbsp;sûr &lt;b&gt; &#8211; fin</p><script>alert(1)</script><style>p{}</style>';
    expect(bodyText(html, PAGE)).toBe(`Texte${NBSP}sûr <b> – fin`);
  });

  it('runs the dateline into the first paragraph', () => {
    expect(
      htmlToText('<p>Huit membres…</p><p>Suite.</p>', {
        leadIn: `Chandler, le 21 octobre 2013${NBSP}–`,
      }),
    ).toBe(`Chandler, le 21 octobre 2013${NBSP}– Huit membres…\n\nSuite.`);
  });

  it('gives the dateline its own line when the body opens with a heading or a quotation', () => {
    const leadIn = `Gaspé, le 1er juin 2023${NBSP}–`;
    expect(htmlToText('<h2>Titre</h2><p>Texte.</p>', { leadIn })).toBe(
      `${leadIn}\n\nTitre\n\nTexte.`,
    );
    expect(htmlToText('<blockquote><p>« Citation. »</p></blockquote>', { leadIn })).toBe(
      `${leadIn}\n\n« Citation. »`,
    );
    expect(htmlToText('', { leadIn })).toBe(leadIn);
  });

  it('keeps line breaks and preformatted text, and writes table rows as lines of cells', () => {
    expect(htmlToText('<p>GIMXPORT<br>Gaspé</p><pre>  ligne 1\n  ligne 2</pre>')).toBe(
      'GIMXPORT\nGaspé\n\n  ligne 1\n  ligne 2',
    );
    expect(
      htmlToText(
        '<table><tr><th>Ville</th><th>Dates</th></tr><tr><td>Paris</td><td>5 au 7</td></tr></table>',
      ),
    ).toBe('Ville\tDates\nParis\t5 au 7');
  });
});
