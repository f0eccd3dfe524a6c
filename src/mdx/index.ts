/**
 * The components a release written in MDX may use. A `.mdx` release imports them
 * with `import { Citation, ChiffreCle, Figure } from '@composants';`
 * (alias declared in tsconfig.json), wherever the file lives.
 */
export { default as ChiffreCle } from './KeyFigure.astro';
export { default as Citation } from './Citation.astro';
export { default as Figure } from './Figure.astro';
