import { alertTopicProblems } from '@/alerts/check';
import { fontFileProblems } from '@/brand/font-checks';
import { logoFileProblems } from '@/brand/logo-checks';
import { posix } from 'node:path';
import type { core } from 'astro/zod';
import { entryIdOf, isFields } from '@/content/frontmatter';
import {
  EVENT_KEYS,
  memberSchema,
  RELEASE_KEYS,
  releaseSchema,
  siteSchema,
  tagInfoSchema,
  type ReleaseData,
} from '@/content/schemas';
import type { TagInfo } from '@/content/tags';
import { langOfEntry, mergeTranslation, originalIdOf } from '@/content/translations';
import { formatLongDate, formatTime, instantsOf, momentOf } from '@/core/dates';
import { accreditationProblems, eventProblems } from '@/events/checks';
import type { PublishedAddresses } from '@/publishing/published';
import { crossChecks, type CheckedRelease } from './cross-checks';
import { checkContactFiles, contactReferenceProblems } from './contact-checks';
import { checkLibraryFiles } from './library-checks';
import { checkMdx } from './mdx-check';
import type { Problem, SourceFile } from './problems';
import {
  frenchOnlyProblems,
  mismatchProblems,
  missingOriginalProblem,
  siteTranslationProblems,
  unpublishedTranslationsProblem,
  untranslatedProblems,
  withLine,
} from './translation-checks';
import { readFrontmatter, readYamlFile, schemaProblems } from './yaml-problems';

export { formatProblems, type Problem, type SourceFile } from './problems';

/**
 * Everything `npm run check` says about the editors' files, collected in one pass
 * so that an editor sees every problem at once rather than one per build. Pure:
 * files come in as text, problems go out as data; `scripts/check-content.ts` and the
 * build (src/editor/integration.ts) do the reading and printing.
 */

/** The content layer's entry id of a file: its path under its collection's folder, without extension. */
const idOf = ({ id, file }: SourceFile): string =>
  id ?? entryIdOf(file.replace(/^(?:.*\/)?(?:releases|members)\//, ''));

/** Problems of the member files, and the members releases may reference. */
function checkMembers(
  files: readonly SourceFile[],
  exists: ((file: string) => boolean) | undefined,
): {
  problems: Problem[];
  members: { id: string; name: string }[];
} {
  const problems: Problem[] = [];
  const members: { id: string; name: string }[] = [];
  const keys = Object.keys(memberSchema.shape);
  for (const member of files) {
    const read = readFrontmatter(member);
    if ('severity' in read) {
      problems.push(read);
      continue;
    }
    const result = memberSchema.safeParse(read.data);
    if (!result.success) {
      problems.push(...schemaProblems(member.file, read.data, result.error.issues, keys));
    }
    const logo = result.success ? result.data.logo : undefined;
    const logoFile = logo && posix.join(posix.dirname(member.file), logo);
    if (logoFile && exists && !exists(logoFile)) {
      problems.push({
        severity: 'error',
        file: member.file,
        field: 'logo',
        found: logo,
        message: `l’image ${logoFile} n’existe pas : placez le logo dans content/members/, à côté de ce fichier, et vérifiez l’orthographe de son nom (majuscules, extension)`,
      });
    }
    // Even an invalid member file exists: releases may reference it.
    members.push({ id: idOf(member), name: result.success ? result.data.name : idOf(member) });
  }
  return { problems, members };
}

/**
 * An embargo time that clocks in the site's time zone skip (the hour lost when summer
 * time starts) is an error; one they show twice (the hour repeated when it ends) is
 * published at its first occurrence, which the editor is told.
 */
function embargoTimeProblems(
  file: string,
  data: Pick<ReleaseData, 'date' | 'time'>,
  timeZone: string,
): Problem[] {
  if (!data.time) return [];
  const found = momentOf(data.date, data.time);
  const when = `le ${formatLongDate(data.date)} à ${formatTime(data.time)}`;
  const instants = instantsOf(found, timeZone);
  if (instants.length === 1) return [];
  const message =
    instants.length === 0
      ? `${when} n’existe pas dans le fuseau du site (${timeZone}) : cette nuit-là, les horloges avancent d’une heure (heure d’été) ; choisissez une heure après le changement`
      : `${when} revient deux fois dans le fuseau du site (${timeZone}) : cette nuit-là, les horloges reculent d’une heure (retour à l’heure normale) ; le communiqué sera publié à la première des deux, choisissez une autre heure pour éviter le doute`;
  return [
    { severity: instants.length === 0 ? 'error' : 'warning', file, field: 'date', found, message },
  ];
}

/** Problems of a valid release's cover: a file that is missing, or of a format not published. */
function coverProblems(
  file: string,
  cover: ReleaseData['image'],
  exists: ((file: string) => boolean) | undefined,
): Problem[] {
  if (!cover || typeof cover.src !== 'string') return [];
  const imageFile = posix.join(posix.dirname(file), cover.src);
  if (exists && !exists(imageFile)) {
    return [
      {
        severity: 'error',
        file,
        field: 'image.src',
        found: cover.src,
        message: `l’image ${imageFile} n’existe pas : placez le fichier dans le même dossier que le communiqué et vérifiez l’orthographe de son nom (majuscules, extension)`,
      },
    ];
  }
  return [];
}

/** A translation's French original, as its check needs it: its file, and its fields once read. */
interface OriginalOf {
  file: string;
  /** Its front matter; undefined when it cannot be read (its own check says why). */
  data: Record<string, unknown> | undefined;
}

/** Problems of a release's text: empty, or MDX that would not render. */
function bodyProblems(release: SourceFile, body: string): Problem[] {
  const { file } = release;
  const problems: Problem[] = [];
  if (body.trim() === '') {
    problems.push({
      severity: 'error',
      file,
      field: 'texte',
      message:
        'le texte du communiqué est vide : écrivez-le sous la deuxième ligne ---, en commençant par le paragraphe principal',
    });
  }
  if (file.endsWith('.mdx')) {
    for (const finding of checkMdx(release.source)) {
      problems.push({
        severity: 'error',
        file,
        field: `${finding.component}, ligne ${finding.line}`,
        ...(finding.found ? { found: finding.found } : {}),
        message: finding.message,
      });
    }
  }
  return problems;
}

/**
 * A translation's schema issues about what it writes itself. The rest comes from its
 * original, whose own check reports it: a translation is not told to repeat a field
 * that belongs to the original.
 */
function ownIssues(issues: readonly core.$ZodIssue[], own: Record<string, unknown>) {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      const keys = issue.keys.filter((key) => key in own);
      return keys.length > 0 ? [{ ...issue, keys }] : [];
    }
    return String(issue.path[0] ?? '') in own ? [issue] : [];
  });
}

/**
 * Problems of one release file; the release when its front matter is valid. A
 * translation (`original` given, `null` when there is none) is checked on its front
 * matter completed from its original's, as the build reads it, and its problems are
 * located in its own file; what it takes from the original is checked there.
 */
function checkRelease(
  release: SourceFile,
  exists: ((file: string) => boolean) | undefined,
  timeZone: string,
  original?: OriginalOf | null,
  frenchFiles: readonly string[] = [],
): { problems: Problem[]; checked?: CheckedRelease } {
  const { file } = release;
  const read = readFrontmatter(release);
  if ('severity' in read) return { problems: [read] };
  const own = read.data;
  const problems: Problem[] = bodyProblems(release, read.body);
  let fields = own;
  if (original === null) {
    return { problems: [...problems, missingOriginalProblem(file, frenchFiles)] };
  }
  if (original) {
    // An original that cannot be read reports itself; its translation waits for it.
    if (!original.data) return { problems };
    problems.push(
      ...mismatchProblems(release, own, { file: original.file, data: original.data }),
      ...untranslatedProblems(release, own, read.body, original.file),
    );
    fields = mergeTranslation(original.data, own);
  } else {
    problems.push(...frenchOnlyProblems(release, own));
  }
  const result = releaseSchema.safeParse(fields);
  if (!result.success) {
    // A value taken from the original is checked in the original's file, not twice.
    const issues = original ? ownIssues(result.error.issues, own) : result.error.issues;
    const located = schemaProblems(file, fields, issues, {
      '': RELEASE_KEYS,
      event: EVENT_KEYS,
    });
    problems.push(...(original ? located.map((p) => withLine(p, release.source)) : located));
    return { problems };
  }
  const { data } = result;
  if (!original) {
    const prefix = /^(\d{4}-\d{2}-\d{2})-/.exec(file.split('/').pop() ?? '')?.[1];
    if (prefix && prefix !== data.date) {
      problems.push({
        severity: 'warning',
        file,
        field: 'date',
        found: data.date,
        message: `le nom du fichier commence par ${prefix} mais la date de publication est ${data.date} ; l’adresse suit la date (date:), renommez le fichier pour éviter la confusion`,
      });
    }
    problems.push(...embargoTimeProblems(file, data, timeZone));
  }
  // A translation's type, event times and cover file are its original's, checked there;
  // its own event block (a place or description in English) is checked here.
  if (!original || 'event' in own) problems.push(...eventProblems(file, data, timeZone));
  const cover = own['image'];
  if (!original || (isFields(cover) && !isFields(original.data?.['image']))) {
    problems.push(...coverProblems(file, data.image, exists));
  }
  return {
    problems,
    checked: {
      id: idOf(release),
      filePath: file,
      data,
      body: read.body,
      ...(original ? { translation: { originalFile: original.file, own } } : {}),
    },
  };
}

/**
 * Problems of `content/site.yaml`; its logo files too when `exists` is given, its font
 * files when `read` is.
 */
export function checkSiteSettings(
  site: SourceFile,
  exists?: ((file: string) => boolean) | undefined,
  read?: ((file: string) => Uint8Array | undefined) | undefined,
): Problem[] {
  const data = readYamlFile(site);
  if ('severity' in data) return [data as Problem];
  const result = siteSchema.safeParse(data);
  const problems = result.success
    ? [
        ...(exists ? logoFileProblems(site.file, result.data.brand, exists) : []),
        ...(read ? fontFileProblems(site.file, result.data.brand, read) : []),
      ]
    : schemaProblems(site.file, data, result.error.issues, Object.keys(siteSchema.shape));
  const reported = new Set(problems.map((problem) => problem.field));
  return [...problems, ...siteTranslationProblems(site, data, reported)];
}

/** Problems of `content/tags.yaml`, and the tags' details when they can be read. */
function checkTags(tags: SourceFile | undefined): {
  problems: Problem[];
  info: Record<string, TagInfo>;
} {
  if (!tags) return { problems: [], info: {} };
  const data = readYamlFile(tags);
  if ('severity' in data) return { problems: [data as Problem], info: {} };
  const problems: Problem[] = [];
  const info: Record<string, TagInfo> = {};
  const keys = Object.keys(tagInfoSchema.shape);
  for (const [label, entry] of Object.entries(data)) {
    const result = tagInfoSchema.safeParse(entry ?? {});
    if (result.success) info[label] = result.data;
    else problems.push(...schemaProblems(tags.file, entry, result.error.issues, keys, [label]));
  }
  return { problems, info };
}

/**
 * Checks every file of `content/` and the references between them. Returns every
 * problem found, errors and warnings, in file order.
 */
export function checkContent(input: {
  releases: readonly SourceFile[];
  members: readonly SourceFile[];
  /** `content/site.yaml`, when it should be checked too. */
  site?: SourceFile | undefined;
  /** `content/tags.yaml`, when there is one. */
  tags?: SourceFile | undefined;
  /** The files of `content/contacts/`; references to contacts are checked when given. */
  contacts?: readonly SourceFile[] | undefined;
  /** The descriptions of the media library's images (`content/mediatheque/*.yaml`). */
  library?: readonly SourceFile[] | undefined;
  /** Whether a file (path relative to the project root) exists; checks cover images when given. */
  exists?: ((file: string) => boolean) | undefined;
  /** A file's bytes (path relative to the project root), absent when it is not there; checks the brand's font files when given. */
  read?: ((file: string) => Uint8Array | undefined) | undefined;
  /** The site's time zone, in which embargo times are read. */
  timeZone?: string | undefined;
  /** The release addresses published last, to catch one that changed without an alias. */
  published?: PublishedAddresses | undefined;
}): Problem[] {
  const timeZone = input.timeZone ?? 'America/Toronto';
  const problems: Problem[] = input.site
    ? checkSiteSettings(input.site, input.exists, input.read)
    : [];
  const tags = checkTags(input.tags);
  problems.push(...tags.problems);
  const { problems: memberProblems, members } = checkMembers(input.members, input.exists);
  problems.push(...memberProblems);
  const releases: CheckedRelease[] = [];
  const french = new Map(
    input.releases
      .filter((file) => langOfEntry(idOf(file)) === 'fr')
      .map((file) => [idOf(file), file]),
  );
  const frenchFiles = [...french.values()].map((file) => file.file);
  const translations: string[] = [];
  for (const file of input.releases) {
    let original: OriginalOf | null | undefined;
    if (langOfEntry(idOf(file)) === 'en') {
      translations.push(file.file);
      const source = french.get(originalIdOf(idOf(file)));
      const read = source && readFrontmatter(source);
      original =
        source && read
          ? { file: source.file, data: 'severity' in read ? undefined : read.data }
          : null;
    }
    const { problems: own, checked } = checkRelease(
      file,
      input.exists,
      timeZone,
      original,
      frenchFiles,
    );
    problems.push(...own);
    if (checked) releases.push(checked);
  }
  const settings = input.site && readYamlFile(input.site);
  const readable = settings && !('severity' in settings) ? settings : undefined;
  if (input.site && readable) {
    // Read as written: settings invalid for another reason still say what is published.
    const languages = Array.isArray(readable['languages']) ? readable['languages'] : ['fr'];
    problems.push(
      ...unpublishedTranslationsProblem(input.site.file, languages.map(String), translations),
    );
  }
  const parsed = readable && siteSchema.safeParse(readable);
  problems.push(...checkLibraryFiles(input.library ?? [], input.exists));
  if (input.contacts) {
    const contacts = checkContactFiles(
      input.contacts,
      members.map((member) => member.id),
      (input.library ?? []).map((file) =>
        (file.file.split('/').pop() ?? '').replace(/\.ya?ml$/, ''),
      ),
    );
    problems.push(...contacts.problems);
    for (const release of releases) {
      // A translation's contacts are its original's, checked there; its own event
      // block may name another accreditation contact.
      const own = release.translation?.own;
      problems.push(
        ...(own
          ? []
          : contactReferenceProblems(release.filePath, release.data.contacts, contacts.ids)),
        ...(!own || (isFields(own['event']) && 'accreditation' in own['event'])
          ? accreditationProblems(release.filePath, release.data.event, contacts.ids)
          : []),
      );
    }
    if (input.site && parsed?.success) {
      problems.push(
        ...contactReferenceProblems(input.site.file, parsed.data.contacts, contacts.ids),
      );
    }
  }
  if (input.site && parsed?.success && parsed.data.alerts) {
    problems.push(
      ...alertTopicProblems(input.site.file, parsed.data.alerts.topics, {
        tags: releases.flatMap((release) => release.data.tags),
        members: members.map((member) => member.id),
      }),
    );
  }
  const between = crossChecks({ releases, members, tags: tags.info, published: input.published });
  return [...problems, ...between];
}
