import Citation from './Citation.astro';
import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';

/**
 * The components every MDX release may use without an `import` line: the site
 * hands them to each release's body (src/components/ReleaseArticle.astro, and
 * src/content/release-body.ts for feeds). An older release that imports them from
 * `@/mdx` keeps working.
 */
export const releaseComponents = { Citation, Figure, KeyFigure };

export { Citation, Figure, KeyFigure };
