import { z } from 'astro/zod';
import { accentChecks, accentDarkChecks, contrastMessage, failing, isHexColour } from './colour';

/** The accent of the real site: the teal it always had. */
export const DEFAULT_ACCENT = '#0b5f73';

/** The fonts the site bundles: Source Sans 3 (self-hosted), or the reader's system font. */
export const FONTS = ['source-sans-3', 'systeme'] as const;
export type BundledFont = (typeof FONTS)[number];

/** The files of an organisation's own font, by the face they draw. */
export const FONT_FACES = ['regular', 'bold', 'italic'] as const;
export type FontFaceKey = (typeof FONT_FACES)[number];

/** The formats a font file may have, by extension: what browsers and the cards read. */
export const FONT_EXTENSIONS = ['woff2', 'woff', 'ttf', 'otf'] as const;

/** A `#rrggbb` colour; YAML reads an unquoted `#` as a comment, hence the hint. */
const colour = (what: string) =>
  z
    .string({
      error: `${what} : une couleur est attendue, entre apostrophes, par exemple '#0b5f73' (sans apostrophes, le # commence un commentaire)`,
    })
    .refine(isHexColour, {
      error: (issue) =>
        `${what} : « ${String(issue.input)} » n’est pas une couleur : écrivez-la en hexadécimal, par exemple '#0b5f73'`,
    })
    .transform((hex) => hex.toLowerCase());

/**
 * A file of `content/`, by its path from there: never absolute, never climbing out with
 * `..`, and of one of `extensions` (`kind` names them to the editor).
 */
const contentFile = (what: string, extensions: readonly string[], kind: string, example: string) =>
  z
    .string({ error: `${what} : un chemin de fichier est attendu, par exemple ${example}` })
    .trim()
    .regex(
      new RegExp(
        `^(?![/\\\\])(?!.*(?:^|[/\\\\])\\.\\.(?:[/\\\\]|$)).+\\.(?:${extensions.join('|')})$`,
        'i',
      ),
      {
        error: (issue) =>
          `${what} : « ${String(issue.input)} » n’est pas ${kind} de content/ : écrivez son chemin depuis content/, par exemple ${example}`,
      },
    );

/** An SVG or PNG file, relative to `content/`. */
const logoFile = (what: string) =>
  contentFile(what, ['svg', 'png'], 'un fichier SVG ou PNG', 'images/logo.svg');

/** A font file, relative to `content/`. */
const fontFile = (what: string) =>
  contentFile(
    what,
    ['woff2', 'woff', 'ttf', 'otf'],
    'un fichier de police WOFF2, WOFF, TTF ou OTF',
    'polices/marque.woff2',
  );

/**
 * The organisation's own font: its family name and its files. Quotes, backslashes and
 * the characters that end a CSS declaration are refused in the name, which the
 * stylesheet quotes.
 */
export const customFontSchema = z
  .strictObject({
    /** The family name, as CSS and the cards name it. */
    name: z
      .string({ error: 'font.name : le nom de la police est attendu, par exemple Marque Sans' })
      .trim()
      .regex(/^[^'"\\;{}<>]+$/, {
        error: (issue) =>
          `font.name : « ${String(issue.input)} » n’est pas un nom de police : écrivez-le sans guillemets, apostrophes droites, barres obliques inverses, point-virgule ni accolades, par exemple Marque Sans`,
      })
      .meta({
        title: 'Nom de la police',
        description: 'Le nom de la famille, par exemple Marque Sans.',
      }),
    /** Upright, normal weight; a variable font covers every weight. */
    regular: fontFile('font.regular').meta({
      title: 'Fichier normal',
      description:
        'Le fichier de la police droite, de préférence WOFF2, chemin depuis content/, par exemple polices/marque.woff2. Une police variable couvre toutes les graisses.',
    }),
    /** Bold; without it, the regular file draws bold (its own weights if variable). */
    bold: fontFile('font.bold').optional().meta({
      title: 'Fichier gras',
      description:
        'Facultatif : le fichier du gras. Sans lui, le fichier normal sert aussi au gras (une police variable a ses propres graisses).',
    }),
    /** Italic; fetched only by pages that set italics. */
    italic: fontFile('font.italic').optional().meta({
      title: 'Fichier italique',
      description:
        'Facultatif : le fichier de l’italique, téléchargé seulement par les pages qui en ont.',
    }),
  })
  .meta({
    title: 'Police de l’organisme',
    description:
      'La police propre à l’organisme : son nom et ses fichiers, chemins depuis content/ (voir « Logo, couleur et police » dans le guide).',
  });

/** An organisation's own font, as the settings give it. */
export type CustomFont = z.output<typeof customFontSchema>;

/** The font setting: a bundled font's name, or an organisation's own font. */
export type BrandFont = BundledFont | CustomFont;

/** Whether the settings give the organisation's own font rather than a bundled one. */
export const isCustomFont = (font: BrandFont): font is CustomFont => typeof font === 'object';

/**
 * The brand (`brand:` of `content/site.yaml`): logo, accent colour, font. The accent's
 * contrast is checked against both themes' backgrounds (WCAG AA).
 */
export const brandSchema = z
  .strictObject({
    /** The logo, SVG or PNG, relative to `content/`; without it the header sets the short name. */
    logo: logoFile('logo').optional().meta({
      title: 'Logo',
      description:
        'Un fichier SVG (de préférence) ou PNG, chemin depuis content/, par exemple images/logo.svg. Sans logo, l’en-tête affiche le nom court.',
    }),
    /** The logo on the dark theme (light lines on a dark ground); the logo itself when absent. */
    logoDark: logoFile('logoDark').optional().meta({
      title: 'Logo (thème sombre)',
      description: 'Une variante claire du logo pour le thème sombre ; facultative.',
    }),
    /** Accent colour of the light theme: links, buttons, header; 4.5:1 against white. */
    accent: colour('accent').default(DEFAULT_ACCENT).meta({
      title: 'Couleur d’accent',
      description:
        'La couleur des liens et de l’en-tête sur fond blanc, par exemple #0b5f73 ; elle doit contraster au moins 4,5:1 avec le blanc.',
    }),
    /** Accent of the dark theme; derived from `accent` (lightened until it passes) when absent. */
    accentDark: colour('accentDark').optional().meta({
      title: 'Couleur d’accent (thème sombre)',
      description:
        'Facultative : une couleur claire pour le thème sombre. Sans elle, la couleur d’accent est éclaircie jusqu’à contraster assez.',
    }),
    /**
     * The typeface: Source Sans 3 (default, self-hosted), the reader's system font, or
     * the organisation's own font files.
     */
    font: z
      .union([z.enum(FONTS), customFontSchema], {
        error: (issue) =>
          issue.input === null || issue.input === undefined
            ? 'font : une police est attendue : source-sans-3, systeme, ou la police de l’organisme (name et regular)'
            : typeof issue.input === 'object'
              ? 'font : la police de l’organisme demande au moins name (son nom) et regular (son fichier), par exemple name: Marque Sans et regular: polices/marque.woff2'
              : `font : « ${String(issue.input)} » n’est pas une police connue : écrivez source-sans-3, systeme, ou donnez la police de l’organisme (name et regular)`,
      })
      .default('source-sans-3')
      .meta({
        title: 'Police',
        description:
          'source-sans-3 (par défaut, servie par le site) ou systeme (la police de l’appareil du lecteur, rien à télécharger). La police propre à l’organisme (name, regular, bold, italic) se donne dans content/site.yaml.',
        labels: { 'source-sans-3': 'Source Sans 3', systeme: 'Police du système' },
      }),
  })
  .superRefine((brand, context) => {
    if (brand.logoDark && !brand.logo) {
      context.addIssue({
        code: 'custom',
        path: ['logoDark'],
        input: brand.logoDark,
        message:
          'logoDark : donnez aussi logo, le logo du thème clair, dont celui-ci est la variante',
      });
    }
    // One message per colour: the first background it fails, the page's before the others.
    const checks = [
      failing(accentChecks(brand.accent))[0],
      brand.accentDark ? failing(accentDarkChecks(brand.accentDark))[0] : undefined,
    ];
    for (const check of checks) {
      if (!check) continue;
      context.addIssue({
        code: 'custom',
        path: [check.field],
        input: check.colour,
        message: `${check.field} : ${contrastMessage(check)}`,
      });
    }
  });

/** The brand settings once read. */
export type Brand = z.output<typeof brandSchema>;
