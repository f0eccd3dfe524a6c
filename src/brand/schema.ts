import { z } from 'astro/zod';
import { accentChecks, accentDarkChecks, contrastMessage, failing, isHexColour } from './colour';

/** The accent of the real site: the teal it always had. */
export const DEFAULT_ACCENT = '#0b5f73';

/** The fonts the site bundles: Source Sans 3 (self-hosted), or the reader's system font. */
export const FONTS = ['source-sans-3', 'systeme'] as const;
export type BrandFont = (typeof FONTS)[number];

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

/** An SVG or PNG file, relative to `content/`. */
const logoFile = (what: string) =>
  z
    .string({ error: `${what} : un chemin de fichier est attendu, par exemple images/logo.svg` })
    .trim()
    .regex(/^(?![/\\])(?!.*(?:^|[/\\])\.\.(?:[/\\]|$)).+\.(?:svg|png)$/i, {
      error: (issue) =>
        `${what} : « ${String(issue.input)} » n’est pas un fichier SVG ou PNG de content/ : écrivez son chemin depuis content/, par exemple images/logo.svg`,
    });

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
    /** The typeface: Source Sans 3 (default, self-hosted) or the reader's system font. */
    font: z
      .enum(FONTS, { error: 'font : source-sans-3 ou systeme est attendu' })
      .default('source-sans-3')
      .meta({
        title: 'Police',
        description:
          'source-sans-3 (par défaut, servie par le site) ou systeme (la police de l’appareil du lecteur, rien à télécharger).',
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
