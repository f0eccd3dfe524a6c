import { stat } from 'node:fs/promises';
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
  const zip = zipSync(files);
  lengths.set(await versionOf(media, release), zip.length);
  return zip;
}

/** Sizes of the ZIPs built, by release and version of its images. */
const lengths = new Map<string, number>();

/** A ZIP's identity: its release, and each image's path, modification time and size. */
async function versionOf(
  media: readonly ReleaseMedia[],
  release: { title: string; url: string; date: string },
): Promise<string> {
  const files = await Promise.all(
    media.map(async (item) => {
      const { mtimeMs, size } = await stat(item.file);
      return `${item.file}:${mtimeMs}:${size}`;
    }),
  );
  return JSON.stringify([release, files]);
}

/**
 * The size of a release's ZIP, told on its page before it is downloaded. The ZIP's
 * route, which Astro renders before the page (more specific routes first), has
 * usually built it already; otherwise it is built here, identical since it is
 * reproducible.
 */
export async function mediaZipLength(
  media: readonly ReleaseMedia[],
  release: { title: string; url: string; date: string },
): Promise<number> {
  return lengths.get(await versionOf(media, release)) ?? (await mediaZip(media, release)).length;
}
