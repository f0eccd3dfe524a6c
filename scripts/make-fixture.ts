/**
 * Writes a test newsroom with enough releases to paginate every kind of list:
 * `node scripts/make-fixture.ts <folder> [count] [--french-only]`. The content is
 * deterministic (no clock, no randomness) so that tests can count on it.
 *
 * The newsroom is bilingual (issue 17): English settings, English translations
 * (`<name>.en.md`) of part of the releases, English labels for part of the tags,
 * members, contacts and library images, so that both the English texts and the French
 * fallbacks show. `--french-only` writes the same French newsroom without English
 * settings and without any translation; the English labels stay, and must not show.
 * It also has the organisation's own font (Noto Mono, under the SIL Open Font License,
 * from node_modules), where the other keeps Source Sans 3.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const args = process.argv.slice(2);
const frenchOnly = args.includes('--french-only');
const [folder = 'tests/fixtures/newsroom', countArg = '25'] = args.filter(
  (arg) => !arg.startsWith('--'),
);
const count = Number(countArg);

interface FixtureFile {
  path: string;
  text: string;
}

/**
 * E-mail alerts through a fictional provider (issue 20): the French-only newsroom has
 * none, and no WebSub hub either, so that it shows a site without them.
 */
const ALERTS = `alerts:
  action: https://example.org/alertes/inscription
  emailField: courriel
  hidden:
    - name: liste
      value: salle-de-presse-essai
  topics:
    - all: true
      field: sujet
      value: tous
    - tag: Exportation
      field: sujet
      value: exportation
    - tag: Économie numérique
      field: sujet
      value: economie-numerique
    - member: alpha
      field: sujet
      value: alpha
  provider: Service d’envoi fictif
  location: au Canada
  providerPrivacy: https://example.org/confidentialite
  address: 123, rue de l’Exemple, Gaspé (Québec)  G4X 0A0
  privacyOfficer: Direction générale
  privacyEmail: confidentialite@example.org
  en:
    location: in Canada
    privacyOfficer: Executive Director
`;

/** English settings: no aboutTitle (nor name, shortName), which show in French on English pages. */
const SITE_EN = `languages: [fr, en]
en:
  title: Test newsroom
  description: Fictional news releases for the tests.
  about: Fictional organization used for the tests.
`;

/** The fixture's accent: a purple, so that a test can tell the brand's palette from the default teal. */
const FIXTURE_ACCENT = '#7a2e8c';

/**
 * The French-only newsroom's own font: a face nothing else uses, regular only (the
 * browser and the cards draw its bold), so that a test can tell it from Source Sans 3.
 */
const FIXTURE_FONT = `  font:
    name: Noto Mono
    regular: polices/noto-mono.woff2
`;

rmSync(folder, { recursive: true, force: true });
mkdirSync(join(folder, 'members'), { recursive: true });

writeFileSync(
  join(folder, 'site.yaml'),
  `name: Organisme d’essai
shortName: Essai
title: Salle de presse d’essai
description: Communiqués fictifs pour les tests.
url: https://essai.example
locale: fr-CA
timeZone: America/Toronto
pageSize: 10
aboutTitle: À propos de l’organisme d’essai
about: Organisme fictif servant aux tests.
contacts:
  source: [relations-medias]
  information: [relations-medias, direction]
brand:
  logo: images/logo-essai.svg
  logoDark: images/logo-essai-sombre.svg
  accent: '${FIXTURE_ACCENT}'
${frenchOnly ? FIXTURE_FONT : ''}${frenchOnly ? 'hub: false\n' : ALERTS}${frenchOnly ? '' : SITE_EN}`,
);

// A fictional logo and its light variant for the dark theme (src/brand/), with an accent
// other than the real site's, whose dark-theme shade is derived (no accentDark).
mkdirSync(join(folder, 'images'), { recursive: true });
for (const [name, ink] of [
  ['logo-essai.svg', FIXTURE_ACCENT],
  ['logo-essai-sombre.svg', '#f1e4f5'],
] as const) {
  writeFileSync(
    join(folder, 'images', name),
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><title>Essai</title>` +
      `<rect x="2" y="4" width="32" height="32" rx="8" fill="${ink}"/>` +
      `<path d="M10 28 18 12 26 28z" fill="${ink === FIXTURE_ACCENT ? '#ffffff' : '#3d1746'}"/>` +
      `<text x="42" y="29" font-family="sans-serif" font-size="22" font-weight="700" fill="${ink}">Essai</text></svg>\n`,
  );
}
if (frenchOnly) {
  mkdirSync(join(folder, 'polices'), { recursive: true });
  copyFileSync(
    'node_modules/@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
    join(folder, 'polices', 'noto-mono.woff2'),
  );
}
// Exportation has English texts; Économie numérique has none, so its French label
// shows on English pages.
writeFileSync(
  join(folder, 'tags.yaml'),
  `Exportation:
  description: Étiquette portée par tous les communiqués.
  en:
    label: Exports
    description: Tag carried by every release.
`,
);

// Fictional press contacts, on reserved values only (example.org, 555 numbers). The
// media relations contact has an English role; the others show their French one.
mkdirSync(join(folder, 'contacts'), { recursive: true });
const contacts: Record<string, string> = {
  'relations-medias': `name: Dominique Exemple
role: Relations avec les médias
en:
  role: Media relations
email: presse@example.org
phone: 418 555-0100, poste 2
mobile: 581 555-0199
languages: [fr, en]
photo: portrait-dominique-exemple
`,
  direction: `name: Claude Fictif
role: directeur général
email: direction@example.org
phone: 418 555-0101
`,
  'alpha-porte-parole': `name: Camille Essai
role: porte-parole
organization: alpha
email: camille@example.org
phone: 418 555-0142
languages: [fr]
`,
};
for (const [id, text] of Object.entries(contacts)) {
  writeFileSync(join(folder, 'contacts', `${id}.yaml`), text);
}

const members = [
  ['alpha', 'Alpha inc.', 'company', 'Gaspé', 'Gaspésie'],
  ['beta', 'Bêta ltée', 'company', 'Cap-aux-Meules', 'Îles-de-la-Madeleine'],
  ['ville-de-gamma', 'Ville de Gamma', 'municipality', 'Gamma', 'Gaspésie'],
  ['sans-communique', 'Organisme sans communiqué', 'organisation', 'Delta', 'Gaspésie'],
] as const;
/** Members' English texts: Gamma has an English name too; Bêta and the last have none. */
const MEMBERS_EN: Partial<Record<(typeof members)[number][0], string>> = {
  alpha: 'en:\n  about: Fictional description of Alpha inc.\n',
  'ville-de-gamma':
    'en:\n  name: Town of Gamma\n  about: Fictional description of the Town of Gamma.\n',
};
// Alpha has a logo beside its file.
await sharp({ create: { width: 240, height: 120, channels: 3, background: '#1f7a3c' } })
  .png()
  .toFile(join(folder, 'members', 'alpha.png'));
for (const [id, name, kind, town, region] of members) {
  const logo = id === 'alpha' ? 'logo: ./alpha.png\n' : '';
  const en = MEMBERS_EN[id] ?? '';
  // « d’Alpha inc. », « d’Organisme… »: the elision French writes, and one final period.
  const about = `Description fictive ${/^[AEIOUÉ]/.test(name) ? 'd’' : 'de '}${name}`;
  writeFileSync(
    join(folder, 'members', `${id}.md`),
    `---\nname: ${name}\nkind: ${kind}\ntown: ${town}\nregion: ${region}\n${logo}${en}---\n\n${about.replace(/\.?$/, '.')}\n`,
  );
}

/** A numbered release's file and the front-matter lines its translation may repeat. */
function numbered(index: number): { path: string; shared: string } {
  // Two releases a month, from January 2024 on.
  const year = 2024 + Math.floor(index / 24);
  const month = String(Math.floor((index % 24) / 2) + 1).padStart(2, '0');
  const day = index % 2 === 0 ? '05' : '20';
  const date = `${year}-${month}-${day}`;
  const memberId = members[index % 3]?.[0] ?? 'alpha';
  // Two spellings of one tag: they must give one tag page.
  const variant = index % 2 === 0 ? 'Économie numérique' : 'economie  numerique';
  // The oldest goes out at a given minute: feeds, JSON-LD and the sitemap carry it.
  const moment = index === 0 ? `${date} 09:30` : date;
  // Alpha's releases name Alpha's spokesperson for information.
  const contacts = memberId === 'alpha' ? 'contacts:\n  information: [alpha-porte-parole]\n' : '';
  return {
    path: join(folder, 'releases', String(year), `${date}-communique-${index + 1}.md`),
    shared: `date: ${moment}
tags: [Exportation, ${JSON.stringify(variant)}]
members: [${memberId}]
${contacts}`,
  };
}

/**
 * Recent numbered releases with a cover (issue 19), so that the home page's list shows
 * thumbnails beside date tiles: the committed photo, its hue turned so each differs.
 * Number 21 has an English translation, which shares the cover with an alt of its own.
 */
const NUMBERED_COVERS = new Map([
  [23, { hue: 0, alt: 'Des collines vertes sous un ciel bleu, en gros plan.' }],
  [20, { hue: 150, alt: 'Des collines bleues sous un ciel orangé.' }],
]);
const coverName = (index: number) => `communique-${index + 1}-couverture.jpg`;

function release(index: number): FixtureFile {
  const { path, shared } = numbered(index);
  const [date, ...rest] = shared.split('\n');
  const cover = NUMBERED_COVERS.get(index);
  const image = cover ? `image:\n  src: ./${coverName(index)}\n  alt: ${cover.alt}\n` : '';
  return {
    path,
    text: `---
title: Communiqué d’essai numéro ${index + 1}
${date}
city: Gaspé
summary: Résumé du communiqué d’essai numéro ${index + 1}.
${image}${rest.join('\n')}---

Paragraphe d’ouverture du communiqué d’essai numéro ${index + 1}.
`,
  };
}

const files: FixtureFile[] = Array.from({ length: count }, (_, index) => release(index));
// --- Unpublished (issue 15): a draft and a release under embargo until a given minute,
// each with images of its own (pixels and names no published release has): none of
// their bytes, names or words may reach the build. The embargoed one is a media
// advisory (issue 16): its event must not reach a calendar file either.
files.push({
  path: join(folder, 'releases', 'brouillon.mdx'),
  text: `---
title: Communiqué d’essai brouillon confidentiel
date: 2024-06-10
city: Gaspé
summary: Un brouillon qui ne doit jamais paraître.
draft: true
image:
  src: ./brouillon-couverture.jpg
  alt: La couverture du brouillon.
---

import figure from './brouillon-figure.jpg';

Paragraphe d’ouverture du brouillon confidentiel.

<Figure src={figure} alt="La figure du brouillon." caption="Figure confidentielle." />
`,
});
files.push({
  path: join(folder, 'releases', '2099', '2099-01-01-sous-embargo.md'),
  text: `---
type: avis aux médias
title: Communiqué d’essai sous embargo
date: 2099-01-01 06:00
city: Gaspé
summary: Un communiqué sous embargo jusqu’au 1er janvier 2099 à 6 h.
tags: [Exportation]
members: [alpha]
event:
  start: 2099-01-05 10:00
  place: Salle sous embargo
  address: 1, rue Confidentielle, Gaspé (Québec)
image:
  src: ./studio-secret.jpg
  alt: Le studio secret.
---

Paragraphe d’ouverture du communiqué sous embargo.

![Le plan secret.](./plan-secret.png)
`,
});
/** The unpublished releases' images: solid colours no published image has. */
const SECRET_IMAGES: [string, string, 'jpeg' | 'png'][] = [
  ['brouillon-couverture.jpg', '#7a1f5c', 'jpeg'],
  ['brouillon-figure.jpg', '#1f7a3c', 'jpeg'],
  ['2099/studio-secret.jpg', '#5c3a1f', 'jpeg'],
  ['2099/plan-secret.png', '#1f3a7a', 'png'],
];

// The newest release is MDX: a component, an optimised image beside it and
// site-relative links, which feeds must render and make absolute.
const newest = files[count - 1];
if (newest) {
  newest.path = newest.path.replace(/\.md$/, '.mdx');
  newest.text += `
import Encadre from '../../components/Encadre.astro';

<Encadre titre="Chiffres clés">Vingt-cinq communiqués d’essai.</Encadre>

Voir la page du [membre Alpha](/membres/alpha/) et ![le logo d’essai](./logo.png).
`;
  mkdirSync(join(newest.path, '..'), { recursive: true });
  copyFileSync('public/feed-icon.png', join(newest.path, '..', 'logo.png'));
  mkdirSync(join(folder, 'components'), { recursive: true });
  writeFileSync(
    join(folder, 'components', 'Encadre.astro'),
    `---
const { titre } = Astro.props;
---

<aside class="encadre" onclick="alert('clic')"><strong>{titre}</strong> <slot /></aside>
<script is:inline>console.log('encadre');</script>
`,
  );
}
/**
 * A photo as a camera writes it, from the committed JPEG (1600 × 1067): with the place it
 * was taken (GPS), the camera and the software, which a published original must not
 * carry, and the artist and copyright, which it keeps.
 */
function cameraPhoto(target: string): Promise<unknown> {
  return sharp('tests/fixtures/assets/couverture.jpg')
    .withExif({
      IFD0: {
        Artist: 'Photographe fictif',
        Copyright: 'Organisme d’essai',
        Make: 'Appareil fictif',
        Software: 'Logiciel fictif',
      },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 50/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '64/1 29/1 0/1',
      },
    })
    .jpeg({ quality: 90 })
    .toFile(target);
}

// --- Media library: a logo and a photo, each described beside its file. The photo
// carries GPS, camera and software, which its published original must not. The logo
// has an English title and text alternative, the photo its caption too; the portrait
// has no English texts, so it shows its French ones on English pages.
const LIBRARY = join(folder, 'mediatheque');
mkdirSync(LIBRARY, { recursive: true });
await sharp({ create: { width: 600, height: 300, channels: 3, background: '#0b5cad' } })
  .png()
  .toFile(join(LIBRARY, 'logo-organisme.png'));
writeFileSync(
  join(LIBRARY, 'logo-organisme.yaml'),
  `src: ./logo-organisme.png
title: Logo de l’organisme d’essai
alt: Le logo bleu de l’organisme d’essai.
en:
  title: Logo of the test organization
  alt: The blue logo of the test organization.
kind: logo
rights: Reproduction libre pour parler de l’organisme, sans modification
`,
);
await sharp({ create: { width: 400, height: 400, channels: 3, background: '#a0522d' } })
  .jpeg({ quality: 80 })
  .toFile(join(LIBRARY, 'portrait-dominique-exemple.jpg'));
writeFileSync(
  join(LIBRARY, 'portrait-dominique-exemple.yaml'),
  `src: ./portrait-dominique-exemple.jpg
title: Dominique Exemple, relations avec les médias
alt: Portrait de Dominique Exemple.
kind: portrait
credit: Photographe fictif
rights: Usage éditorial libre, avec mention du crédit
album: Portraits
`,
);
await cameraPhoto(join(LIBRARY, 'collines-equipe.jpg'));
writeFileSync(
  join(LIBRARY, 'collines-equipe.yaml'),
  `src: ./collines-equipe.jpg
title: Les collines d’essai
alt: Des collines vertes sous un ciel bleu.
caption: Le paysage autour des bureaux de l’organisme d’essai.
en:
  title: The test hills
  alt: Green hills under a blue sky.
  caption: The landscape around the test organization’s offices.
credit: Photographe fictif
rights: CC BY 4.0, avec mention du crédit
album: Vie de l’organisme
`,
);
// --- Media (issue 5): a release with a cover image, and an MDX release using the
// components of src/mdx/. Dated 2023, without tags or members, so that
// the numbered releases keep their lists, tags, neighbours and related releases.
const MEDIA_YEAR = join(folder, 'releases', '2023');
mkdirSync(MEDIA_YEAR, { recursive: true });
// The camera's photo, beside each release that shows it.
await cameraPhoto(join(MEDIA_YEAR, 'couverture.jpg'));
files.push({
  path: join(MEDIA_YEAR, '2023-06-01-communique-avec-image.md'),
  text: `---
title: Communiqué d’essai avec image
date: 2023-06-01
city: Gaspé
summary: Un communiqué dont l’image de couverture est optimisée.
image:
  src: ./couverture.jpg
  alt: Des collines vertes sous un ciel bleu.
  credit: Photographe fictif
  rights: Usage éditorial libre, avec mention du crédit
---

Paragraphe d’ouverture du communiqué avec image.

![Les mêmes collines, dans le texte.](./couverture.jpg)
`,
});
files.push({
  path: join(MEDIA_YEAR, '2023-06-15-communique-mdx.mdx'),
  text: `---
title: Communiqué d’essai en MDX
date: 2023-06-15
city: Gaspé
summary: Un communiqué qui utilise les composants Citation, Figure et ChiffreCle.
---

import collines from './couverture.jpg';

Paragraphe d’ouverture du communiqué en MDX.

<Citation name="Personne Fictive" role="porte-parole de l’organisme d’essai">
  « Une citation d’essai, rapportée telle quelle. »
</Citation>

<KeyFigure value="12 000" label="visiteurs d’essai en 2023" />

<Figure src={collines} alt="Des collines vertes sous un ciel bleu." caption="Les collines d’essai." credit="Photographe fictif" />
`,
});
// --- End of media.
// --- Publication types (issue 16): a media advisory and a statement, without tags or
// members, so that the numbered releases keep their lists. The advisory's event falls
// on the night summer time ends in Toronto (3 November 2024): announced in EDT (UTC−4),
// held in EST (UTC−5), so the calendar file must say 15:30 UTC.
files.push({
  path: join(folder, 'releases', '2024', '2024-10-28-inauguration-du-laboratoire.md'),
  text: `---
type: avis aux médias
title: Inauguration du laboratoire d’essai
date: 2024-10-28 09:00
city: Gaspé
summary: Les médias sont invités à l’inauguration du laboratoire d’essai, le 3 novembre.
event:
  start: 2024-11-03 10:30
  end: 12:00
  place: Salle d’essai du Centre fictif
  address: 123, rue Exemple, Gaspé (Québec)  G4X 0A0
  description: Visite du laboratoire d’essai, allocutions et période de questions.
  accreditation: relations-medias
---

Paragraphe d’ouverture de l’avis aux médias d’essai : l’organisme d’essai invite les médias.
`,
});
files.push({
  path: join(folder, 'releases', '2024', '2024-09-12-position-sur-la-saison.md'),
  text: `---
type: déclaration
title: Déclaration de l’organisme d’essai sur la saison fictive
date: 2024-09-12
city: Gaspé
summary: L’organisme d’essai prend position sur la saison fictive.
---

Paragraphe d’ouverture de la déclaration d’essai.
`,
});
// --- End of publication types.
// --- English (issue 17): translations beside their originals (`<name>.en.md`), holding
// only what is translated; date, type, tags, members, contacts and the cover's file
// come from the French. Every numbered release of even index is translated (numbers 1,
// 3, 5…, so the newest, in MDX, when the count is odd); among them, number 3 has an
// English address of its own, number 5 is an unofficial translation and number 7 repeats
// its shared fields unchanged. So are the release with a cover, the MDX one, the media
// advisory (its event in English) and the embargoed one, which must not reach the build
// in English either. The statement, the draft and the even numbers stay French only.
const translations: FixtureFile[] = [];
/** A French release file's translation: `x.md` → `x.en.md`. */
const translationOf = (file: string) => file.replace(/(\.mdx?)$/, '.en$1');
for (let index = 0; index < count; index += 2) {
  const original = files[index];
  if (!original) continue;
  const own =
    index === 2
      ? 'slug: test-release-3\n'
      : index === 4
        ? 'unofficialTranslation: true\n'
        : index === 6
          ? numbered(index).shared
          : index === 20
            ? 'image:\n  alt: Blue hills under an orange sky.\n'
            : '';
  let text = `---
title: Test release number ${index + 1}
city: Gaspé, Que.
summary: Summary of test release number ${index + 1}.
${own}---

Opening paragraph of test release number ${index + 1}.
`;
  if (original === newest) {
    text += `
import Encadre from '../../components/Encadre.astro';

<Encadre titre="Key figures">Twenty-five test releases.</Encadre>

See the page of [member Alpha](/en/members/alpha/) and ![the test logo](./logo.png).
`;
  }
  translations.push({ path: translationOf(original.path), text });
}
translations.push({
  path: join(MEDIA_YEAR, '2023-06-01-communique-avec-image.en.md'),
  text: `---
title: Test release with an image
city: Gaspé, Que.
summary: A release whose cover image is optimized.
image:
  alt: Green hills under a blue sky.
  credit: Fictional photographer
  rights: Free editorial use, with credit
---

Opening paragraph of the release with an image.

![The same hills, in the text.](./couverture.jpg)
`,
});
translations.push({
  path: join(MEDIA_YEAR, '2023-06-15-communique-mdx.en.mdx'),
  text: `---
title: Test release in MDX
city: Gaspé, Que.
summary: A release that uses the Citation, Figure and ChiffreCle components.
---

import collines from './couverture.jpg';

Opening paragraph of the release in MDX.

<Citation name="Personne Fictive" role="spokesperson for the test organization">
  “A test quotation, reported as is.”
</Citation>

<KeyFigure value="12,000" label="test visitors in 2023" />

<Figure src={collines} alt="Green hills under a blue sky." caption="The test hills." credit="Fictional photographer" />
`,
});
// The event block repeats its start and end unchanged, which a translation may do.
translations.push({
  path: join(folder, 'releases', '2024', '2024-10-28-inauguration-du-laboratoire.en.md'),
  text: `---
title: Opening of the test laboratory
city: Gaspé, Que.
summary: Media are invited to the opening of the test laboratory on Nov. 3.
event:
  start: 2024-11-03 10:30
  end: 12:00
  place: Test room of the Fictional Centre
  address: 123, rue Exemple, Gaspé (Québec)  G4X 0A0
  description: Tour of the test laboratory, speeches and question period.
  accreditation: relations-medias
---

Opening paragraph of the test media advisory: the test organization invites the media.
`,
});
translations.push({
  path: join(folder, 'releases', '2099', '2099-01-01-sous-embargo.en.md'),
  text: `---
title: Embargoed test release
city: Gaspé, Que.
summary: A release under embargo until 6 a.m. on Jan. 1, 2099.
event:
  start: 2099-01-05 10:00
  place: Embargoed room
  address: 1, rue Confidentielle, Gaspé (Québec)
image:
  alt: The secret studio.
---

Opening paragraph of the embargoed release, confidential.

![The secret plan.](./plan-secret.png)
`,
});
// --- End of English.
if (!frenchOnly) files.push(...translations);
for (const file of files) {
  mkdirSync(join(file.path, '..'), { recursive: true });
  writeFileSync(file.path, file.text);
}
for (const [name, background, format] of SECRET_IMAGES) {
  const image = sharp({ create: { width: 1400, height: 800, channels: 3, background } });
  await (format === 'png' ? image.png() : image.jpeg({ quality: 80 })).toFile(
    join(folder, 'releases', name),
  );
}
for (const [index, { hue }] of NUMBERED_COVERS) {
  if (index >= count) continue;
  const target = join(numbered(index).path, '..', coverName(index));
  await sharp('tests/fixtures/assets/couverture.jpg')
    .resize(1200, 800, { fit: 'cover', position: index % 2 ? 'left' : 'right' })
    .modulate({ hue })
    .jpeg({ quality: 80 })
    .toFile(target);
}
const english = frenchOnly ? 0 : translations.length;
console.log(
  `${files.length - english} communiqués écrits dans ${folder} (dont un en MDX, un brouillon, un sous embargo, un avis aux médias et une déclaration)${frenchOnly ? ', en français seulement' : `, et ${english} traductions anglaises`}`,
);
