/**
 * The components a release written in MDX may use. A `.mdx` release imports them
 * with `import { Citation, Figure, KeyFigure } from '@/mdx';` (the tsconfig.json
 * alias), wherever the file lives.
 */
export { default as Citation } from './Citation.astro';
export { default as Figure } from './Figure.astro';
export { default as KeyFigure } from './KeyFigure.astro';
