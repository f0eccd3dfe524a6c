/**
 * For the deploy workflow's scheduled runs (every 10 minutes): has a release come due
 * that the live site does not show yet? Compares the releases published now (their
 * date and time reached in the site's time zone) with the live site's sitemap.
 * Prints `due=true` or `due=false` (for `$GITHUB_OUTPUT`) and says why, in French.
 *
 *   node --import ./scripts/register-ts.mjs scripts/due.ts
 */
import { readCatalogue } from '@/content/catalogue.ts';
import { selectReleases } from '@/content/releases.ts';
import { releaseSchema } from '@/content/schemas.ts';
import { site } from '@/content/site.ts';
import { isExampleUrl } from '@/core/urls.ts';
import { liveAddresses } from '@/publishing/published.ts';

const entries = readCatalogue('content').releases.flatMap((file) => {
  const parsed =
    file.frontmatter.kind === 'fields' ? releaseSchema.safeParse(file.frontmatter.data) : undefined;
  return parsed?.success ? [{ id: file.id, filePath: file.file, data: parsed.data }] : [];
});
const published = selectReleases(entries, { timeZone: site.timeZone });

function answer(due: boolean, why: string): void {
  console.log(`due=${due}`);
  console.error(`${due ? 'À publier' : 'Rien à publier'} : ${why}`);
}

if (isExampleUrl(site.url)) {
  answer(false, `l’adresse du site (url: dans content/site.yaml) est encore ${site.url}`);
} else {
  const live = await liveAddresses(site.url);
  if ('error' in live) {
    answer(
      true,
      `le plan du site en ligne n’a pas pu être lu (${live.error}) ; on publie par prudence`,
    );
  } else {
    const online = new Set(live.paths);
    const missing = published.filter((release) => !online.has(release.path));
    answer(
      missing.length > 0,
      missing.length > 0
        ? `${missing.map((release) => release.path).join(', ')} ${missing.length > 1 ? 'sont arrivés' : 'est arrivé'} à sa date de publication`
        : 'chaque communiqué publié est déjà en ligne',
    );
  }
}
