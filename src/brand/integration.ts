import type { AstroIntegration } from 'astro';
import { site } from '@/content/site';
import { brandCss, fontPreload, type FontPreload } from './css';
import { brandFontFiles } from './font';
import { brandLogos, type LogoFile } from './logo';

const CSS_ID = 'virtual:brand.css';
const LOGOS_ID = 'virtual:brand-logos';
const FONT_ID = 'virtual:brand-font';

/** The module giving the header its logos: URL (an emitted file, never inlined) and size. */
function logosModule(logos: Partial<Record<'logo' | 'logoDark', LogoFile>>): string {
  const lines: string[] = [];
  for (const key of ['logo', 'logoDark'] as const) {
    const logo = logos[key];
    if (!logo) {
      lines.push(`export const ${key} = undefined;`);
      continue;
    }
    lines.push(
      `import ${key}Src from ${JSON.stringify(`${logo.path}?url&no-inline`)};`,
      `export const ${key} = { src: ${key}Src, width: ${logo.width}, height: ${logo.height} };`,
    );
  }
  return lines.join('\n');
}

/** The module giving the layout the font file to preload: URL (the stylesheet's file) and type. */
function fontModule(preload: FontPreload | undefined): string {
  if (!preload) return 'export const preload = undefined;';
  return [
    `import href from ${JSON.stringify(`${preload.url}?url`)};`,
    `export const preload = { href, type: ${JSON.stringify(preload.type)} };`,
  ].join('\n');
}

/**
 * The brand settings made files: `virtual:brand.css` (the palette derived from the
 * accent, and the typeface's `@font-face` rules), imported by the layout after the
 * global stylesheet, `virtual:brand-logos` (the logos' URLs and sizes) and
 * `virtual:brand-font` (the font file to preload). Fails the build, in French, on a
 * logo or font file that is missing or unreadable; colours are checked with the settings.
 */
export function brand(): AstroIntegration {
  return {
    name: 'salle-de-presse-brand',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const logos = brandLogos(site.brand);
        const font = brandFontFiles(site.brand);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'salle-de-presse-brand',
                resolveId(id) {
                  if (id === CSS_ID || id === LOGOS_ID || id === FONT_ID) return `\0${id}`;
                  return undefined;
                },
                load(id) {
                  if (id === `\0${CSS_ID}`) return brandCss(site.brand, font);
                  if (id === `\0${LOGOS_ID}`) return logosModule(logos);
                  if (id === `\0${FONT_ID}`) return fontModule(fontPreload(site.brand, font));
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
