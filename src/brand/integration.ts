import type { AstroIntegration } from 'astro';
import { site } from '@/content/site';
import { brandCss } from './css';
import { brandLogos, type LogoFile } from './logo';

const CSS_ID = 'virtual:brand.css';
const LOGOS_ID = 'virtual:brand-logos';

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

/**
 * The brand settings made files: `virtual:brand.css` (the palette derived from the
 * accent, and the font choice), imported by the layout after the global stylesheet,
 * and `virtual:brand-logos` (the logos' URLs and sizes). Fails the build, in French,
 * on a logo that is missing or unreadable; colours are checked with the settings.
 */
export function brand(): AstroIntegration {
  return {
    name: 'salle-de-presse-brand',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const logos = brandLogos(site.brand);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'salle-de-presse-brand',
                resolveId(id) {
                  if (id === CSS_ID || id === LOGOS_ID) return `\0${id}`;
                  return undefined;
                },
                load(id) {
                  if (id === `\0${CSS_ID}`) return brandCss(site.brand);
                  if (id === `\0${LOGOS_ID}`) return logosModule(logos);
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
