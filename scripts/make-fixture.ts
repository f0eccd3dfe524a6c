/**
 * Writes a test newsroom with enough releases to paginate every kind of list:
 * `node scripts/make-fixture.ts <folder> [count]`. The content is deterministic
 * (no clock, no randomness) so that tests can count on it.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  source:
    - organization: Organisme d’essai
  information:
    - name: Personne Fictive
      phone: 418 555-0100
      email: presse@essai.example
`,
);
writeFileSync(
  join(folder, 'tags.yaml'),
  'Exportation:\n  description: Étiquette portée par tous les communiqués.\n',
);

const members = [
  ['alpha', 'Alpha inc.', 'company', 'Gaspé', 'Gaspésie'],
  ['beta', 'Bêta ltée', 'company', 'Cap-aux-Meules', 'Îles-de-la-Madeleine'],
  ['ville-de-gamma', 'Ville de Gamma', 'municipality', 'Gamma', 'Gaspésie'],
  ['sans-communique', 'Organisme sans communiqué', 'organisation', 'Delta', 'Gaspésie'],
] as const;
for (const [id, name, kind, town, region] of members) {
  writeFileSync(
    join(folder, 'members', `${id}.md`),
    `---\nname: ${name}\nkind: ${kind}\ntown: ${town}\nregion: ${region}\n---\n\nDescription fictive de ${name}.\n`,
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
  return {
    path: join(folder, 'releases', String(year), `${date}-communique-${index + 1}.md`),
    text: `---
title: Communiqué d’essai numéro ${index + 1}
date: ${date}
city: Gaspé
summary: Résumé du communiqué d’essai numéro ${index + 1}.
tags: [Exportation, ${JSON.stringify(variant)}]
members: [${memberId}]
${extra}---

Paragraphe d’ouverture du communiqué d’essai numéro ${index + 1}.
`,
  };
}

const files = Array.from({ length: count }, (_, index) => release(index));
// The draft and the embargoed release have a cover: its original must not be published either.
const hiddenCover = 'image:\n  src: ./couverture.jpg\n  alt: Des collines vertes.\n';
files.push({
  ...release(count, `draft: true\n${hiddenCover}`),
  path: join(folder, 'releases', 'brouillon.md'),
});
files.push({
  path: join(folder, 'releases', '2099', '2099-01-01-sous-embargo.md'),
  text: release(0, hiddenCover)
    .text.replace(/date: .*/, 'date: 2099-01-01')
    .replace(/numéro 1\b/g, 'sous embargo'),
});

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
// --- Media (issue 5): a release with a cover image, and an MDX release using the
// components of src/mdx/. Dated 2023, without tags or members, so that
// the numbered releases keep their lists, tags, neighbours and related releases.
const MEDIA_YEAR = join(folder, 'releases', '2023');
mkdirSync(MEDIA_YEAR, { recursive: true });
// A committed JPEG (1600 × 1067), copied beside each release that shows it.
copyFileSync('tests/fixtures/assets/couverture.jpg', join(MEDIA_YEAR, 'couverture.jpg'));
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

import { Citation, Figure, KeyFigure } from '@/mdx';
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
for (const file of files) {
  mkdirSync(join(file.path, '..'), { recursive: true });
  writeFileSync(file.path, file.text);
}
for (const hidden of ['', '2099']) {
  copyFileSync(
    'tests/fixtures/assets/couverture.jpg',
    join(folder, 'releases', hidden, 'couverture.jpg'),
  );
}
console.log(
  `${files.length} communiqués écrits dans ${folder} (dont un en MDX, un brouillon et un sous embargo)`,
);
