import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { MEDIA_NOTES_FILE, mediaZip } from '@/media/media-zip';
import type { ReleaseMedia } from '@/media/release-media';

const photo: ReleaseMedia = {
  file: 'tests/fixtures/assets/couverture.jpg',
  name: 'couverture.jpg',
  path: '/communiques/2023/06/01/essai/medias/couverture.jpg',
  extension: 'jpg',
  type: 'image/jpeg',
  format: 'JPEG',
  alt: 'Des collines vertes sous un ciel bleu.',
  caption: 'Les collines d’essai.',
  credit: 'Photographe fictif',
};
const release = {
  title: 'Essai',
  url: 'https://example.org/communiques/2023/06/01/essai/',
  date: '2023-06-01',
};

describe('« Tout télécharger »', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it('is the same ZIP, byte for byte, whatever the build machine’s time zone', async () => {
    process.env['TZ'] = 'Pacific/Kiritimati';
    const east = await mediaZip([photo], release);
    process.env['TZ'] = 'Pacific/Pago_Pago';
    const west = await mediaZip([photo], release);
    expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
  });

  it('holds the image and a text of its caption, credit and rights, in French', async () => {
    const files = unzipSync(await mediaZip([photo], release));
    expect(Object.keys(files)).toEqual(['couverture.jpg', MEDIA_NOTES_FILE]);
    const notes = strFromU8(files[MEDIA_NOTES_FILE] ?? new Uint8Array());
    expect(notes).toBe(
      [
        'Essai',
        'https://example.org/communiques/2023/06/01/essai/',
        '',
        'couverture.jpg',
        `Dimensions\u00a0: 1600 × 1067 px, JPEG, ${notes.match(/JPEG, ([^\n]+)/)?.[1]}`,
        'Description\u00a0: Des collines vertes sous un ciel bleu.',
        'Légende\u00a0: Les collines d’essai.',
        'Crédit\u00a0: Photographe fictif',
        'Droits d’utilisation\u00a0: non précisés\u202f; renseignez-vous auprès du contact de presse',
        '',
      ].join('\n'),
    );
  });
});
