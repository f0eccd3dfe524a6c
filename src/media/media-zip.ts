import { strToU8, zipSync, type Zippable } from 'fflate';
import { parseCalendarDate } from '@/core/dates';
import { formatFileSize } from '@/core/file-size';
import { t } from '@/i18n/fr';
import { publishedCopy } from './covers';
import { mediaFacts, type ReleaseMedia } from './release-media';

/** The text file that goes with the images, named for journalists. */
export const MEDIA_NOTES_FILE = 'legendes-credits-droits.txt';

/**
 * « Tout télécharger »: a release's published originals and a text file of their
 * captions, credits and rights, in one ZIP. Byte-reproducible: entries in page order,
 * every timestamp the release's date (ZIP keeps local wall time, so the date is built
 * from local parts and no time zone shifts it), images stored as they are (they are
 * compressed already), the text deflated.
 */
export async function mediaZip(
  media: readonly ReleaseMedia[],
  release: { title: string; url: string; date: string },
): Promise<Uint8Array> {
  const day = parseCalendarDate(release.date);
  const mtime = new Date(day?.year ?? 1980, (day?.month ?? 1) - 1, day?.day ?? 1);
  const files: Zippable = {};
  const notes: string[] = [release.title, release.url, ''];
  for (const item of media) {
    const [bytes, facts] = await Promise.all([publishedCopy(item.file), mediaFacts(item)]);
    files[item.name] = [bytes, { level: 0, mtime }];
    notes.push(
      item.name,
      ...[
        t.media.notes.dimensions(
          facts.width,
          facts.height,
          item.format,
          formatFileSize(facts.length),
        ),
        item.alt && t.media.notes.alt(item.alt),
        item.caption && t.media.notes.caption(item.caption),
        item.credit && t.media.notes.credit(item.credit),
        t.media.notes.rights(item.rights),
      ].filter((line): line is string => Boolean(line)),
      '',
    );
  }
  files[MEDIA_NOTES_FILE] = [strToU8(`${notes.join('\n').trimEnd()}\n`), { level: 9, mtime }];
  return zipSync(files);
}
