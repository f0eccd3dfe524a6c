/**
 * Writes a test newsroom with enough releases to paginate every kind of list:
 * `node scripts/make-fixture.ts <folder> [count]`. The content is deterministic
 * (no clock, no randomness) so that tests can count on it.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const [folder = 'tests/fixtures/newsroom', countArg = '25'] = process.argv.slice(2);
const count = Number(countArg);

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
`,
);
writeFileSync(
  join(folder, 'tags.yaml'),
  'Exportation:\n  description: Étiquette portée par tous les communiqués.\n',
);

// Fictional press contacts, on reserved values only (example.org, 555 numbers).
mkdirSync(join(folder, 'contacts'), { recursive: true });
const contacts: Record<string, string> = {
  'relations-medias': `name: Dominique Exemple
role: Relations avec les médias
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
// Alpha has a logo beside its file.
await sharp({ create: { width: 240, height: 120, channels: 3, background: '#1f7a3c' } })
  .png()
  .toFile(join(folder, 'members', 'alpha.png'));
for (const [id, name, kind, town, region] of members) {
  const logo = id === 'alpha' ? 'logo: ./alpha.png\n' : '';
  writeFileSync(
    join(folder, 'members', `${id}.md`),
    `---\nname: ${name}\nkind: ${kind}\ntown: ${town}\nregion: ${region}\n${logo}---\n\nDescription fictive de ${name}.\n`,
  );
}

function release(index: number, extra = ''): { path: string; text: string } {
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
    text: `---
title: Communiqué d’essai numéro ${index + 1}
date: ${moment}
city: Gaspé
summary: Résumé du communiqué d’essai numéro ${index + 1}.
tags: [Exportation, ${JSON.stringify(variant)}]
members: [${memberId}]
${contacts}${extra}---

Paragraphe d’ouverture du communiqué d’essai numéro ${index + 1}.
`,
  };
}

const files = Array.from({ length: count }, (_, index) => release(index));
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
// carries GPS, camera and software, which its published original must not.
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
console.log(
  `${files.length} communiqués écrits dans ${folder} (dont un en MDX, un brouillon, un sous embargo, un avis aux médias et une déclaration)`,
);
