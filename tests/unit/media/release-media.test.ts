import { describe, expect, it } from 'vitest';
import { imagesOf } from '@/media/release-media';

describe('the images of a release, as the editor wrote them', () => {
  it('finds the cover, Markdown images and <Figure>s with their imports, in reading order', () => {
    const found = imagesOf(
      { image: { src: './gare.jpg', alt: 'La gare.', credit: 'J. T.', rights: 'CC BY 4.0' } },
      [
        "import collines from './collines.png';",
        '',
        'Texte ![Le port.](./port.webp) et un lien [pas une image](./doc.pdf).',
        '',
        '<Figure src={collines} alt="Des collines." caption="Les collines." credit="P. F." rights="Usage éditorial" />',
        '<Figure src={inconnue} alt="Sans import." />',
      ].join('\n'),
    );
    expect(found).toEqual([
      { src: './gare.jpg', alt: 'La gare.', credit: 'J. T.', rights: 'CC BY 4.0' },
      { src: './port.webp', alt: 'Le port.' },
      {
        src: './collines.png',
        alt: 'Des collines.',
        caption: 'Les collines.',
        credit: 'P. F.',
        rights: 'Usage éditorial',
      },
    ]);
  });

  it('finds nothing in a release without images', () => {
    expect(imagesOf({ title: 'Sans image' }, 'Un paragraphe.')).toEqual([]);
  });
});
